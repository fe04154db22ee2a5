"""The steps of ``branchops roster``: solve and save, summarise the rule checks, write a file."""

from __future__ import annotations

import sys
from pathlib import Path

from branchops.commands.common import say
from branchops.core.errors import UserError
from branchops.core.period import Month
from branchops.core.staff import autoroster, roster_check
from branchops.core.staff.roster_sheet import roster_sheet
from branchops.core.staff.schedule_settings import load_settings
from branchops.core.users.permissions import SINGLE_USER, CurrentUser
from branchops.db.lifecycle import Database
from branchops.i18n import translate


def auto(
    db: Database,
    month: Month,
    time_limit: float | None,
    user: CurrentUser = SINGLE_USER,
    *,
    change_published: bool = False,
    reason: str = "",
) -> None:
    """Solve and save the month's draft. Published days stay exactly as they are unless
    ``change_published``; then every changed published cell is recorded with ``reason``."""
    with db.session() as session:
        limit = time_limit if time_limit is not None else load_settings(session).solver_time_limit_s
        autoroster.validate_time_limit(limit)
        built = autoroster.prepare(
            session, month.first_day, month.last_day, unlock_published=change_published
        )
    result = autoroster.run_auto_roster(built, limit)
    solution = result.solution
    if not solution.has_roster:
        for message in result.messages:
            print(message, file=sys.stderr)
        raise UserError(
            translate(
                "Cli", "No roster for {month} meets the hard rules; nothing was saved."
            ).format(month=month)
            if solution.status == "infeasible"
            else translate(
                "Cli", "No roster was found within {seconds:g} s; nothing was saved."
            ).format(seconds=limit)
        )
    with db.unit_of_work(user) as uow:
        changed = autoroster.accept(uow, user, result, reason=reason)
    say(
        translate(
            "Cli",
            "Auto-roster ({status}, score {score:.1f}, {seconds:.1f} s): {count} cells changed.",
        ).format(
            status=autoroster.status_label(solution.status),
            score=solution.objective or 0.0,
            seconds=solution.wall_time,
            count=changed,
        )
    )
    if result.locked_days:
        say(
            translate("Cli", "Published days kept as they are: {days}.").format(
                days=len(result.locked_days)
            )
        )


def summary(db: Database, month: Month) -> None:
    with db.session() as session:
        found = roster_check.check_period(session, month.first_day, month.last_day)
        sheet = roster_sheet(session, month.first_day, month.last_day)
    say(
        translate(
            "Cli", "Roster {month}, {branch}: {shifts} shifts for {people} staff; {status}."
        ).format(
            month=month,
            branch=sheet.branch_name or "-",
            shifts=sheet.shift_count,
            people=len(sheet.rows),
            status=sheet.status_label,
        )
    )
    if not found:
        say(translate("Cli", "Rule checks: no rule is broken."))
        return
    if len(found) == 1:
        say(translate("Cli", "Rule checks: 1 problem."))
    else:
        say(translate("Cli", "Rule checks: {count} problems.").format(count=len(found)))
    for rule, count in sorted(roster_check.summary(found).items(), key=lambda kv: kv[0].value):
        say(f"  {roster_check.rule_label(rule)}: {count}")
    for item in found:
        note = ""
        if item.override_reason:
            note = translate("Cli", " (accepted: {reason})").format(reason=item.override_reason)
        say(f"- {item.violation.message}{note}")


def write(db: Database, month: Month, target: Path) -> None:
    with db.session() as session:
        sheet = roster_sheet(session, month.first_day, month.last_day)
    if target.suffix.lower() == ".xlsx":
        from branchops.excel.roster import write_roster_xlsx

        write_roster_xlsx(sheet, target)
    else:
        from branchops.ui.staff.roster_print import write_roster_pdf  # Qt only for a PDF

        write_roster_pdf(sheet, target)
    say(translate("Cli", "Roster written to {path}.").format(path=target))
