"""Each area's completeness checks: one module per area, one line here.

``(area package, checks module)``: the module is imported, and registers its checks, only when the
area package is listed in ``core/areas.py``.
"""

CHECK_MODULES: tuple[tuple[str, str], ...] = (
    ("branchops.core.branch", "branchops.core.reports.checks.branch"),
    ("branchops.core.quality", "branchops.core.reports.checks.quality"),
    ("branchops.core.staff", "branchops.core.reports.checks.staff"),
    ("branchops.core.feedback", "branchops.core.feedback.checks"),
)
