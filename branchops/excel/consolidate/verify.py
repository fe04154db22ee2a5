"""Check each branch workbook before it is merged: readable, known schema, checksum or HMAC
valid, the right period, one file per branch (a later revision replaces an earlier one)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from branchops.core.period import Month
from branchops.excel.consolidate.inputs import ExpectedBranch, normal_code
from branchops.excel.datasheet import DataSheetError, ReadDataSheet, read_data_sheet
from branchops.excel.datasheet.figures import read_figures_digest
from branchops.excel.datasheet.payload import HMAC_SHA256, SHA256
from branchops.i18n import translate


@dataclass(frozen=True)
class Accepted:
    path: Path
    sheet: ReadDataSheet
    note: str = ""  # e.g. "replaces revision 1 (file …)"

    @cached_property  # asked for every KPI of a consolidation
    def code(self) -> str:
        return normal_code(self.sheet.payload.branch_code)


@dataclass(frozen=True)
class Rejected:
    path: Path
    reason: str
    branch_code: str = ""
    period: str = ""
    revision: int | None = None


@dataclass
class Verified:
    period: Month | None
    accepted: list[Accepted] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    missing: list[ExpectedBranch] = field(default_factory=list)
    expected_given: bool = False


Progress = Callable[[int, int, str], None]


def _rejected(path: Path, sheet: ReadDataSheet, reason: str) -> Rejected:
    p = sheet.payload
    return Rejected(path, reason, normal_code(p.branch_code), p.period, p.revision)


def check_signature(path: Path, sheet: ReadDataSheet, keys: dict[str, str]) -> Rejected | None:
    code = normal_code(sheet.payload.branch_code)
    key = keys.get(code, "")
    if sheet.algorithm == HMAC_SHA256 and not key:
        reason = translate(
            "Consolidation",
            "Signed with the HQ key of branch {code}, but no key for it was given; add it to "
            "the keys file (--keys).",
        ).format(code=code)
    elif sheet.algorithm == SHA256 and key:
        reason = translate(
            "Consolidation",
            "Not signed with the HQ key issued to branch {code}; ask the branch to enter the "
            "key and export again.",
        ).format(code=code)
    elif sheet.algorithm not in (SHA256, HMAC_SHA256):
        reason = translate("Consolidation", "Unknown checksum type {algorithm}.").format(
            algorithm=sheet.algorithm
        )
    elif not sheet.verifies(key):
        reason = translate(
            "Consolidation",
            "The data was changed after export (the checksum does not match); ask the branch "
            "for a new export.",
        )
    elif sheet.payload.figures_sha256 and read_figures_digest(path) != sheet.payload.figures_sha256:
        reason = translate(
            "Consolidation",
            "A figure on a visible sheet was changed after export (the sheets no longer match "
            "the data sheet's figures digest); ask the branch for a new export.",
        )
    else:
        return None
    return _rejected(path, sheet, reason)


def verify_files(
    paths: list[Path],
    keys: dict[str, str] | None = None,
    period: Month | None = None,
    expected: list[ExpectedBranch] | None = None,
    progress: Progress | None = None,
) -> Verified:
    keys = {normal_code(k): v for k, v in (keys or {}).items()}
    readable: list[tuple[Path, ReadDataSheet]] = []
    result = Verified(period)
    seen: set[Path] = set()
    for index, path in enumerate(paths):
        if progress is not None:
            progress(index, len(paths), path.name)
        resolved = path.resolve()
        if resolved in seen:
            reason = translate("Consolidation", "The same file was given twice.")
            result.rejected.append(Rejected(path, reason))
            continue
        seen.add(resolved)
        try:
            sheet = read_data_sheet(path)
        except DataSheetError as error:
            result.rejected.append(Rejected(path, error.reason))
            continue
        problem = check_signature(path, sheet, keys)
        if problem is not None:
            result.rejected.append(problem)
        else:
            readable.append((path, sheet))
    result.period = period or _most_common_period(readable)
    in_period = []
    for path, sheet in readable:
        if result.period is not None and sheet.payload.period != str(result.period):
            reason = translate(
                "Consolidation", "Wrong period: the file is for {found}, not {expected}."
            ).format(found=sheet.payload.period, expected=result.period)
            result.rejected.append(_rejected(path, sheet, reason))
        else:
            in_period.append((path, sheet))
    _one_per_branch(in_period, result)
    received = {a.code for a in result.accepted}
    result.expected_given = expected is not None
    result.missing = [b for b in expected or [] if b.code not in received]
    return result


def _most_common_period(readable: list[tuple[Path, ReadDataSheet]]) -> Month | None:
    counts = Counter(sheet.payload.period for _, sheet in readable)
    if not counts:
        return None
    best = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
    return Month.parse(best)


def _one_per_branch(files: list[tuple[Path, ReadDataSheet]], result: Verified) -> None:
    by_branch: dict[str, list[tuple[Path, ReadDataSheet]]] = defaultdict(list)
    order = {path: index for index, (path, _) in enumerate(files)}
    for path, sheet in files:
        by_branch[normal_code(sheet.payload.branch_code)].append((path, sheet))
    for candidates in by_branch.values():
        # the latest revision wins; among equals the later generated, then the first given
        candidates.sort(
            key=lambda c: (c[1].payload.revision, c[1].payload.generated_at, -order[c[0]])
        )
        win_path, winner = candidates[-1]
        replaced = []
        for path, sheet in candidates[:-1]:
            if sheet.digest == winner.digest:
                reason = translate(
                    "Consolidation", "A copy of {file}, which is used instead."
                ).format(file=win_path.name)
            elif sheet.payload.revision < winner.payload.revision:
                reason = translate("Consolidation", "Replaced by revision {rev} in {file}.").format(
                    rev=winner.payload.revision, file=win_path.name
                )
                replaced.append(f"{sheet.payload.revision} ({path.name})")
            else:
                reason = translate(
                    "Consolidation",
                    "Same revision {rev} as {file} but different figures; the one generated "
                    "later was used. Ask the branch which is right.",
                ).format(rev=sheet.payload.revision, file=win_path.name)
            result.rejected.append(_rejected(path, sheet, reason))
        note = ""
        if replaced:
            note = translate("Consolidation", "Replaces revision {revisions}.").format(
                revisions=", ".join(replaced)
            )
        result.accepted.append(Accepted(win_path, winner, note))
    result.accepted.sort(key=lambda a: a.code)
