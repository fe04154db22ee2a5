"""The business areas. Each package here has ``kpis.py`` (KPI registrations) and ``demo.py``
(a demo-data step). Adding an area is one line."""

AREA_PACKAGES: tuple[str, ...] = (
    "branchops.core.branch",
    "branchops.core.staff",
    "branchops.core.quality",
    "branchops.core.actions",
    "branchops.core.feedback",
)
