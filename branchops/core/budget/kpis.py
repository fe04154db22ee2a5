"""Budget KPIs: the share of the year's budget used against the share of the year elapsed,
the month's spending against the month's budget, the forecast year-end variance (money and %)
and the number of categories over budget. All from ``variance.variance_report``, so the
dashboard, the HQ workbook and the budget page show the same figures.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.budget.facts import session_cache
from branchops.core.budget.fiscal import FiscalYear, start_month
from branchops.core.budget.variance import VarianceReport, variance_report
from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.period import Month
from branchops.i18n import QT_TRANSLATE_NOOP


def report_for(session: Session, month: Month) -> VarianceReport | None:
    """The month's variance report, or None for a future month or a year without figures."""
    if month.first_day > clock.today():
        return None
    cache = session_cache(session, "kpi_reports")
    if month not in cache:
        year = FiscalYear.of(month, start_month(session))
        report = variance_report(session, year, month)
        has_figures = report.version is not None or report.total.ytd_actual != 0
        cache[month] = report if has_figures else None
    return cache[month]


def _budgeted(session: Session, month: Month) -> VarianceReport | None:
    report = report_for(session, month)
    return report if report is not None and report.version is not None else None


def used_share(session: Session, month: Month) -> float | None:
    report = _budgeted(session, month)
    return None if report is None else report.total.used_share


def year_elapsed(session: Session, month: Month) -> float | None:
    report = _budgeted(session, month)
    return None if report is None else report.elapsed_share


def month_spend(session: Session, month: Month) -> float | None:
    report = report_for(session, month)
    return None if report is None else float(report.total.month_actual)


def month_vs_budget(session: Session, month: Month) -> float | None:
    report = _budgeted(session, month)
    if report is None or report.total.month_budget == 0:
        return None
    return float(report.total.month_actual / report.total.month_budget)


def forecast_variance(session: Session, month: Month) -> float | None:
    report = _budgeted(session, month)
    return None if report is None else float(report.total.forecast_variance)


def forecast_variance_pct(session: Session, month: Month) -> float | None:
    report = _budgeted(session, month)
    return None if report is None else report.total.forecast_variance_pct


def categories_over(session: Session, month: Month) -> float | None:
    report = _budgeted(session, month)
    return None if report is None else float(report.categories_over)


def _kpi(key, label, explanation, unit, monthly, target=None, aggregate=Aggregate.LAST):
    return register(
        KpiDef(
            key=key,
            label=label,
            area="budget",
            unit=unit,
            higher_is_better=False,
            default_target=target,
            monthly=monthly,
            aggregate=aggregate,
            explanation=explanation,
            page="budget",
        )
    )


_kpi(
    "budget.used",
    QT_TRANSLATE_NOOP("Kpi", "Budget used"),
    QT_TRANSLATE_NOOP(
        "Kpi", "Spent from the fiscal year's start to the month's end ÷ the year's budget."
    ),
    Unit.PERCENT,
    used_share,
)
_kpi(
    "budget.year_elapsed",
    QT_TRANSLATE_NOOP("Kpi", "Share of the fiscal year elapsed"),
    QT_TRANSLATE_NOOP(
        "Kpi", "Days of the fiscal year to the month's end (today for this month) ÷ its days."
    ),
    Unit.PERCENT,
    year_elapsed,
)
_kpi(
    "budget.month_spend",
    QT_TRANSLATE_NOOP("Kpi", "Spending in the month"),
    QT_TRANSLATE_NOOP("Kpi", "Confirmed expenses dated in the month."),
    Unit.MONEY,
    month_spend,
    aggregate=Aggregate.SUM,
)
_kpi(
    "budget.month_vs_budget",
    QT_TRANSLATE_NOOP("Kpi", "Month's spending against its budget"),
    QT_TRANSLATE_NOOP("Kpi", "Confirmed expenses of the month ÷ the month's budget."),
    Unit.PERCENT,
    month_vs_budget,
    1.0,
    Aggregate.MEAN,
)
_kpi(
    "budget.forecast_variance",
    QT_TRANSLATE_NOOP("Kpi", "Forecast year-end variance"),
    QT_TRANSLATE_NOOP(
        "Kpi", "Year-end forecast (the method chosen on the Budget page) − the year's budget."
    ),
    Unit.MONEY,
    forecast_variance,
    0.0,
)
_kpi(
    "budget.forecast_variance_pct",
    QT_TRANSLATE_NOOP("Kpi", "Forecast year-end variance %"),
    QT_TRANSLATE_NOOP("Kpi", "Forecast year-end variance ÷ the year's budget."),
    Unit.PERCENT,
    forecast_variance_pct,
    0.0,
)
_kpi(
    "budget.categories_over",
    QT_TRANSLATE_NOOP("Kpi", "Categories over budget"),
    QT_TRANSLATE_NOOP(
        "Kpi", "Cost categories that spent more than budgeted to date, or than the whole year's."
    ),
    Unit.COUNT,
    categories_over,
    0.0,
)
