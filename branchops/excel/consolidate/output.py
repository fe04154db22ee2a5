"""The consolidated workbook: KPI per branch, ranking per KPI, totals, rejected and missing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from branchops.core.kpi_unit import Unit
from branchops.excel.consolidate.verify import Accepted, Verified
from branchops.excel.datasheet.payload import HMAC_SHA256, KpiValue
from branchops.excel.kpi_kinds import UNIT_KINDS
from branchops.excel.sheetmodel import Column, Field, Fields, Kind, Note, SheetModel, Table, Title
from branchops.i18n import translate

SUMMABLE = frozenset({Unit.COUNT, Unit.HOURS, Unit.MONEY, Unit.NUMBER})


@dataclass(frozen=True)
class KpiColumn:
    key: str
    title: str
    unit: Unit | None
    higher_is_better: bool

    @property
    def kind(self) -> Kind:
        return UNIT_KINDS.get(self.unit, Kind.DECIMAL) if self.unit else Kind.DECIMAL


def kpi_columns(result: Verified) -> list[KpiColumn]:
    """Every KPI any accepted file reports, in the order the files list them (the registry's at
    the branch). A v2 file names each KPI and says its direction; only for KPIs that no file
    describes (v1 files) is the KPI registry loaded, and a key it does not know keeps its key."""
    described: dict[str, KpiValue] = {}
    for accepted in result.accepted:
        for item in accepted.sheet.payload.kpis:
            if item.key not in described or (item.label and not described[item.key].label):
                described[item.key] = item
    undescribed = [k for k, v in described.items() if not v.label or v.higher_is_better is None]
    registry = _registry_columns(undescribed) if undescribed else {}
    columns = []
    for key, item in described.items():
        if key in registry:
            columns.append(registry[key])
            continue
        unit = item.unit if item.unit in Unit.__members__.values() else None
        title = translate("Kpi", item.label) if item.label else key
        better = True if item.higher_is_better is None else item.higher_is_better
        columns.append(KpiColumn(key, title, Unit(unit) if unit else None, better))
    if registry:  # v1 files only: the registry's order, as before
        order = {key: index for index, key in enumerate(registry)}
        columns.sort(key=lambda c: order.get(c.key, len(order)))
    return columns


def _registry_columns(keys: list[str]) -> dict[str, KpiColumn]:
    """The registry's KPIs among ``keys``, in registry order (loads every area's KPIs)."""
    from branchops.core import kpi as kpi_registry  # heavy: only for files made before v2

    wanted = set(keys)
    return {
        k.key: KpiColumn(k.key, k.title, k.unit, k.higher_is_better)
        for k in kpi_registry.all_kpis()
        if k.key in wanted
    }


def ranked(values: list[tuple[str, str, float]], higher_is_better: bool) -> list[tuple]:
    """``(rank, code, name, value)`` with ties sharing a rank (1, 1, 3)."""
    ordered = sorted(values, key=lambda v: (-v[2] if higher_is_better else v[2], v[0]))
    out, rank, previous = [], 0, None
    for position, (code, name, value) in enumerate(ordered, start=1):
        if value != previous:
            rank, previous = position, value
        out.append((rank, code, name, value))
    return out


def build_sheets(result: Verified, generated_at: datetime) -> list[SheetModel]:
    columns = kpi_columns(result)
    return [
        _overview(result, generated_at),
        _by_branch(result, columns),
        _ranking(result, columns),
        _totals(result, columns),
        _files(result),
        _rejected(result),
        _missing(result),
    ]


def _title(result: Verified, name: str) -> Title:
    period = str(result.period) if result.period else "—"
    return Title(
        translate("Consolidation", "{sheet} — consolidated monthly reports · {period}").format(
            sheet=name, period=period
        )
    )


def _overview(result: Verified, generated_at: datetime) -> SheetModel:
    name = translate("Consolidation", "Overview")
    return SheetModel(
        name,
        [
            _title(result, name),
            Fields(
                [
                    Field(translate("Consolidation", "Period"), str(result.period or "")),
                    Field(translate("Consolidation", "Generated at"), generated_at, Kind.DATETIME),
                    Field(
                        translate("Consolidation", "Branches merged"),
                        len(result.accepted),
                        Kind.INT,
                    ),
                    Field(
                        translate("Consolidation", "Files rejected"), len(result.rejected), Kind.INT
                    ),
                    Field(
                        translate("Consolidation", "Branches missing"),
                        len(result.missing),
                        Kind.INT,
                    ),
                ]
            ),
        ],
    )


def _values(result: Verified, key: str) -> list[tuple[str, str, float]]:
    out = []
    for accepted in result.accepted:
        value = accepted.sheet.payload.kpi_values.get(key)
        if value is not None:
            out.append((accepted.code, accepted.sheet.payload.branch_name, value))
    return out


def _by_branch(result: Verified, columns: list[KpiColumn]) -> SheetModel:
    name = translate("Consolidation", "KPIs by branch")
    head = [
        Column(translate("Consolidation", "Branch code")),
        Column(translate("Consolidation", "Branch name")),
        Column(translate("Consolidation", "Region")),
        Column(translate("Consolidation", "Revision"), Kind.INT),
    ]
    rows = []
    for accepted in result.accepted:
        payload = accepted.sheet.payload
        values = payload.kpi_values
        rows.append(
            [accepted.code, payload.branch_name, payload.region, payload.revision]
            + [values.get(c.key) for c in columns]
        )
    table = Table(
        head + [Column(c.title, c.kind) for c in columns],
        rows,
        main=True,
        empty_text=translate("Consolidation", "No branch workbook could be merged."),
    )
    return SheetModel(name, [_title(result, name), table])


def _ranking(result: Verified, columns: list[KpiColumn]) -> SheetModel:
    name = translate("Consolidation", "Ranking")
    rows = []
    for column in columns:
        for rank, code, branch, value in ranked(
            _values(result, column.key), column.higher_is_better
        ):
            rows.append([column.title, rank, code, branch, value])
    table = Table(
        [
            Column(translate("Consolidation", "KPI")),
            Column(translate("Consolidation", "Rank"), Kind.INT),
            Column(translate("Consolidation", "Branch code")),
            Column(translate("Consolidation", "Branch name")),
            Column(translate("Consolidation", "Value"), Kind.DECIMAL),
        ],
        rows,
        main=True,
        empty_text=translate("Consolidation", "No values to rank."),
    )
    note = Note(translate("Consolidation", "Rank 1 is the best; filter the KPI column to see one."))
    return SheetModel(name, [_title(result, name), note, table])


def _totals(result: Verified, columns: list[KpiColumn]) -> SheetModel:
    name = translate("Consolidation", "Totals")
    rows = []
    for column in columns:
        values = _values(result, column.key)
        numbers = [v[2] for v in values]
        best = ranked(values, column.higher_is_better)[0] if values else None
        rows.append(
            [
                column.title,
                len(numbers),
                sum(numbers) if numbers and column.unit in SUMMABLE else None,
                sum(numbers) / len(numbers) if numbers else None,
                min(numbers) if numbers else None,
                max(numbers) if numbers else None,
                f"{best[1]} {best[2]}".strip() if best else "",
            ]
        )
    table = Table(
        [
            Column(translate("Consolidation", "KPI")),
            Column(translate("Consolidation", "Branches reporting"), Kind.INT),
            Column(translate("Consolidation", "Total"), Kind.DECIMAL),
            Column(translate("Consolidation", "Average"), Kind.DECIMAL),
            Column(translate("Consolidation", "Minimum"), Kind.DECIMAL),
            Column(translate("Consolidation", "Maximum"), Kind.DECIMAL),
            Column(translate("Consolidation", "Best branch")),
        ],
        rows,
        main=True,
    )
    return SheetModel(name, [_title(result, name), table])


def _files(result: Verified) -> SheetModel:
    name = translate("Consolidation", "Files merged")
    rows = [
        [
            a.path.name,
            a.code,
            a.sheet.payload.branch_name,
            a.sheet.payload.revision,
            a.sheet.payload.generated_at,
            "HMAC-SHA256" if a.sheet.algorithm == HMAC_SHA256 else "SHA-256",
            _verified(a),
            a.sheet.version,
            a.note,
        ]
        for a in result.accepted
    ]
    table = Table(
        [
            Column(translate("Consolidation", "File")),
            Column(translate("Consolidation", "Branch code")),
            Column(translate("Consolidation", "Branch name")),
            Column(translate("Consolidation", "Revision"), Kind.INT),
            Column(translate("Consolidation", "Generated at")),
            Column(translate("Consolidation", "Checksum")),
            Column(translate("Consolidation", "What was verified"), width=40),
            Column(translate("Consolidation", "Schema version"), Kind.INT),
            Column(translate("Consolidation", "Note")),
        ],
        rows,
        main=True,
    )
    return SheetModel(name, [_title(result, name), table])


def _verified(accepted: Accepted) -> str:
    figures = bool(accepted.sheet.payload.figures_sha256)
    if accepted.sheet.algorithm == HMAC_SHA256:
        if figures:
            return translate(
                "Consolidation", "Signed with the branch's key: data sheet and visible figures"
            )
        return translate("Consolidation", "Signed with the branch's key: data sheet only")
    if figures:
        return translate(
            "Consolidation",
            "Unsigned SHA-256: data sheet and visible figures, against accidental changes only",
        )
    return translate(
        "Consolidation", "Unsigned SHA-256: data sheet only, against accidental changes only"
    )


def _rejected(result: Verified) -> SheetModel:
    name = translate("Consolidation", "Rejected files")
    rows = [[r.path.name, r.branch_code, r.period, r.revision, r.reason] for r in result.rejected]
    table = Table(
        [
            Column(translate("Consolidation", "File")),
            Column(translate("Consolidation", "Branch code")),
            Column(translate("Consolidation", "Period")),
            Column(translate("Consolidation", "Revision"), Kind.INT),
            Column(translate("Consolidation", "Reason"), Kind.TEXT, width=70),
        ],
        rows,
        main=True,
        empty_text=translate("Consolidation", "No file was rejected."),
    )
    return SheetModel(name, [_title(result, name), table])


def _missing(result: Verified) -> SheetModel:
    name = translate("Consolidation", "Missing branches")
    table = Table(
        [
            Column(translate("Consolidation", "Branch code")),
            Column(translate("Consolidation", "Branch name")),
        ],
        [[b.code, b.name] for b in result.missing],
        main=True,
        empty_text=translate("Consolidation", "Every expected branch sent its workbook.")
        if result.expected_given
        else translate(
            "Consolidation",
            "No list of expected branches was given (--expected), so none can be missing.",
        ),
    )
    return SheetModel(name, [_title(result, name), table])
