"""预算 Budget: by category, the month's and the year-to-date budget and spending, variance,
the share of the year's budget used and the year-end forecast (three methods side by side),
the burn-up by month with a native line chart, and the month's overrides of stop budgets."""

from __future__ import annotations

from branchops.core.budget.facts import CURRENT
from branchops.core.budget.fiscal import FiscalYear, start_month
from branchops.core.budget.forecast import Method
from branchops.core.budget.labels import method_label
from branchops.core.budget.queries import list_expenses
from branchops.core.budget.variance import VarianceReport, VarianceRow, variance_report
from branchops.core.listing import ListQuery
from branchops.excel.sheetmodel import (
    Chart,
    ChartKind,
    Column,
    Field,
    Fields,
    Kind,
    SheetModel,
    Table,
)
from branchops.excel.workbook.context import ReportContext
from branchops.excel.workbook.registry import SheetBuilder, register
from branchops.excel.workbook.sheets.common import sheet_title
from branchops.i18n import translate


def _version_text(report: VarianceReport) -> str:
    version = report.version
    if version is None:
        return translate("Report", "no budget")
    if version.original:
        return translate("Report", "original of {day}").format(day=version.revised_on.isoformat())
    return translate("Report", "revision {number} of {day}: {reason}").format(
        number=version.number - 1, day=version.revised_on.isoformat(), reason=version.reason
    )


def _forecast_text(row: VarianceRow) -> str:
    text = method_label(row.forecast.method)
    if row.forecast.fell_back:
        text = translate("Report", "{method} (run-rate: no prior year)").format(method=text)
    return text


def _figures(report: VarianceReport) -> Fields:
    total = report.total
    return Fields(
        [
            Field(translate("Report", "Fiscal year"), report.year.label),
            Field(translate("Report", "Budget version"), _version_text(report), Kind.USER_TEXT),
            Field(
                translate("Report", "Share of the year elapsed"), report.elapsed_share, Kind.PERCENT
            ),
            Field(translate("Report", "Budget used"), total.used_share, Kind.PERCENT),
            Field(translate("Report", "Year's budget"), total.annual_budget, Kind.MONEY),
            Field(translate("Report", "Year-end forecast"), total.forecast.value, Kind.MONEY),
            Field(translate("Report", "Forecast method"), _forecast_text(total)),
            Field(translate("Report", "Forecast variance"), total.forecast_variance, Kind.MONEY),
            Field(translate("Report", "Categories over budget"), report.categories_over, Kind.INT),
        ],
        title=translate("Report", "Key figures"),
    )


def _category_row(row: VarianceRow) -> list:
    return [
        row.category,
        row.month_budget,
        row.month_actual,
        row.month_variance,
        row.month_variance_pct,
        row.ytd_budget,
        row.ytd_actual,
        row.ytd_variance,
        row.ytd_variance_pct,
        row.annual_budget,
        row.used_share,
        row.forecast.value,
        row.forecast_variance,
    ]


def _categories(report: VarianceReport) -> Table:
    def money(title: str) -> Column:
        return Column(title, Kind.MONEY)

    columns = [
        Column(translate("Report", "Category")),
        money(translate("Report", "Month budget")),
        money(translate("Report", "Month actual")),
        money(translate("Report", "Month variance")),
        Column(translate("Report", "Month variance %"), Kind.PERCENT),
        money(translate("Report", "YTD budget")),
        money(translate("Report", "YTD actual")),
        money(translate("Report", "Variance (YTD)")),
        Column(translate("Report", "Variance %"), Kind.PERCENT),
        money(translate("Report", "Year's budget")),
        Column(translate("Report", "% of year's budget used"), Kind.PERCENT),
        money(translate("Report", "Year-end forecast")),
        money(translate("Report", "Forecast variance")),
    ]
    rows = [_category_row(r) for r in report.rows]
    if rows:
        rows.append(_category_row(report.total))
    return Table(
        columns,
        rows,
        title=translate("Report", "By category (variance = actual − budget; + is over budget)"),
        key="categories",
        main=True,
        empty_text=translate("Report", "No budget and no expenses for this fiscal year."),
    )


def _methods(report: VarianceReport) -> Table:
    rows = [
        [r.category, *(r.forecasts[m].value for m in Method), _forecast_text(r)]
        for r in [*report.rows, report.total]
    ]
    return Table(
        [
            Column(translate("Report", "Category")),
            *(Column(method_label(m), Kind.MONEY) for m in Method),
            Column(translate("Report", "Headline method")),
        ],
        rows if report.rows else [],
        title=translate("Report", "Year-end forecast by method"),
    )


def _burn(report: VarianceReport) -> Table:
    rows = [[str(p.month), p.plan, p.actual] for p in report.burn]
    return Table(
        [
            Column(translate("Report", "Month")),
            Column(translate("Report", "Plan (cumulative budget)"), Kind.MONEY),
            Column(translate("Report", "Actual (cumulative)"), Kind.MONEY),
        ],
        rows if report.rows else [],
        title=translate("Report", "Burn-up by month"),
        key="burn",
    )


def _overrides(ctx: ReportContext) -> Table:
    month = ctx.month
    query = ListQuery(
        limit=None, filters={"first": month.first_day, "last": month.last_day, "overridden": True}
    )
    rows = [
        [r.spent_on, r.category, r.amount, r.vendor, r.invoice_no, r.override_reason]
        for r in list_expenses(ctx.session, query)
    ]
    return Table(
        [
            Column(translate("Report", "Date"), Kind.DATE),
            Column(translate("Report", "Category")),
            Column(translate("Report", "Amount"), Kind.MONEY),
            Column(translate("Report", "Vendor"), Kind.USER_TEXT),
            Column(translate("Report", "Invoice no."), Kind.TEXT),
            Column(translate("Report", "Manager's reason"), Kind.USER_TEXT, width=50),
        ],
        rows,
        title=translate("Report", "Expenses let through a stop budget by the manager"),
        empty_text=translate("Report", "No stop budget was overridden this month."),
    )


def build(ctx: ReportContext) -> SheetModel:
    name = translate("Report", "Budget")
    year = FiscalYear.of(ctx.month, start_month(ctx.session))
    report = variance_report(
        ctx.session,
        year,
        ctx.month,
        CURRENT,
        ctx.generated_at.date(),
        translate("Report", "Total"),
    )
    chart = Chart(
        "burn",
        category_column=0,
        series_columns=(1, 2),
        title=translate("Report", "Budget burn-up: actual against plan"),
        kind=ChartKind.LINE,
        y_title=translate("Report", "CNY"),
    )
    return SheetModel(
        name,
        [
            sheet_title(ctx, name),
            _figures(report),
            _categories(report),
            _methods(report),
            _burn(report),
            chart,
            _overrides(ctx),
        ],
    )


register(SheetBuilder("budget", 40, build))
