"""The auto-roster on a demo database as a manager uses it, whole ``branchops roster`` processes.

    .venv/bin/python benchmarks/roster_months.py --db DEMO.db [--first 2026-12] [--months 13]
        [--published 2026-10 2026-12] [--time-limit SECONDS]

On a copy of DEMO.db, with the clock at ``BRANCHOPS_NOW`` (default 2026-12-01T09:00):

1. every month with published days named by ``--published`` is auto-rostered without a reason;
   every cell of its published days must stay exactly as it was;
2. ``--months`` months from ``--first`` are auto-rostered in sequence, each after the one before
   was saved; each must exit 0 with its published days (if any) unchanged, and with no rule
   broken unless the whole month is published (then it is kept as it is, problems included);
3. a week of the second planned month is published and that month is planned again: the week
   must stay exactly as it was.

Training certificates that grant a roster skill (the fire warden's) last a year, so without
renewals nobody holds the skill by the end of the year and the last months are rightly
infeasible (the diagnosis names each expired certificate). With ``--renew`` (the default) the
branch renews them as it would: every holder passes the course on the day the sequence starts
and again half a year on (``--no-renew`` shows the months without).

Prints one line per run (exit code, wall seconds, cells, rule check) and exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-12-01T09:00"


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        year, month = text.split("-")
        return cls(int(year), int(month))

    def shift(self, steps: int) -> Month:
        index = self.year * 12 + self.month - 1 + steps
        return Month(index // 12, index % 12 + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.shift(1).first_day - timedelta(days=1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def published_days(db: Path, month: Month) -> set[date]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT first_day, last_day FROM roster_publication"
            " WHERE last_day >= ? AND first_day <= ?",
            (month.first_day.isoformat(), month.last_day.isoformat()),
        ).fetchall()
    days: set[date] = set()
    for first, last in rows:
        day = max(date.fromisoformat(first), month.first_day)
        while day <= min(date.fromisoformat(last), month.last_day):
            days.add(day)
            day += timedelta(days=1)
    return days


def cells(db: Path, days: set[date]) -> set[tuple[int, str, int]]:
    """Every (person, day, shift type) stored on ``days``; a person off has no cell."""
    if not days:
        return set()
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT staff_id, day, shift_type_id FROM roster_assignment"
            " WHERE day >= ? AND day <= ?",
            (min(days).isoformat(), max(days).isoformat()),
        ).fetchall()
    wanted = {d.isoformat() for d in days}
    return {(s, d[:10], t) for s, d, t in rows if d[:10] in wanted}


def publish(db: Path, first: date, last: date) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO roster_publication (first_day, last_day, published_at, published_by)"
            " VALUES (?, ?, ?, ?)",
            (first.isoformat(), last.isoformat(), NOW.replace("T", " ") + ":00", "check"),
        )


def renew_skill_courses(db: Path, day: date) -> int:
    """Every active person who has passed a course granting a roster skill passes it again on
    ``day`` (in this process, with the clock at ``day``); returns the attendances recorded."""
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import select

    from branchops import clock
    from branchops.core.staff.models import Staff
    from branchops.core.training.models import (
        AttendanceStatus,
        TrainingAttendance,
        TrainingCourse,
        TrainingSession,
    )
    from branchops.core.training.sessions import AttendanceInput, SessionInput, save_session
    from branchops.core.users.permissions import SINGLE_USER
    from branchops.db.engine import DatabaseTarget
    from branchops.db.lifecycle import open_database

    recorded = 0
    with clock.frozen(day.isoformat() + "T09:00"):
        database, _ = open_database(DatabaseTarget.parse(db), db.parent / "backups")
        try:
            with database.session() as session:
                holders = {}
                for course in session.scalars(
                    select(TrainingCourse.id).where(TrainingCourse.grants_skill_id.is_not(None))
                ):
                    holders[course] = sorted(
                        set(
                            session.scalars(
                                select(TrainingAttendance.staff_id)
                                .join(TrainingSession)
                                .join(Staff, Staff.id == TrainingAttendance.staff_id)
                                .where(
                                    TrainingSession.course_id == course,
                                    TrainingAttendance.passed.is_(True),
                                    Staff.active.is_(True),
                                )
                            )
                        )
                    )
            for course, people in holders.items():
                if people:
                    lines = [AttendanceInput(p, AttendanceStatus.PRESENT, 95.0) for p in people]
                    with database.unit_of_work(SINGLE_USER) as uow:
                        save_session(uow, SINGLE_USER, SessionInput(course, day, attendances=lines))
                    recorded += len(lines)
        finally:
            database.dispose()
    print(f"renewal    {day}  {recorded} skill certificates renewed")
    return recorded


def run_month(db: Path, month: Month, time_limit: float | None, label: str) -> bool:
    published = published_days(db, month)
    before = cells(db, published)
    command = [sys.executable, "-m", "branchops", "--lang", "en", "roster", "--db", str(db)]
    command += ["--month", str(month), "--auto"]
    if time_limit is not None:
        command += ["--time-limit", f"{time_limit:g}"]
    env = {**os.environ, "BRANCHOPS_NOW": os.environ.get("BRANCHOPS_NOW", NOW)}
    started = perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = perf_counter() - started
    output = (done.stdout + done.stderr).strip().splitlines()
    kept = cells(db, published) == before
    rules = next((line for line in output if line.startswith("Rule checks")), "")
    clean = rules == "Rule checks: no rule is broken."
    whole = len(published) == (month.last_day - month.first_day).days + 1
    ok = done.returncode == 0 and kept and (clean or whole)  # a published month stays as it is
    print(
        f"{label:10} {month}  {'ok  ' if ok else 'FAIL'}  exit {done.returncode}  {seconds:6.1f} s"
        f"  published days {len(published):2} {'kept' if kept else 'CHANGED'}  {rules}"
    )
    if not ok:
        for line in output[:12]:
            print(f"           | {line}")
    sys.stdout.flush()
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a demo database (not changed)")
    parser.add_argument("--first", type=Month.parse, default=Month(2026, 12))
    parser.add_argument("--months", type=int, default=13)
    parser.add_argument("--published", type=Month.parse, nargs="*", default=[Month(2026, 10)])
    parser.add_argument("--time-limit", type=float, default=None, help="default: the setting")
    parser.add_argument("--renew", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "copy.db"
        today = date.fromisoformat(os.environ.get("BRANCHOPS_NOW", NOW)[:10])
        shutil.copyfile(args.db, db)
        for month in args.published:
            failed += not run_month(db, month, args.time_limit, "published")
        for step in range(args.months):
            if args.renew and step in (0, 6):
                renew_skill_courses(db, max(today, args.first.shift(step).first_day))
            failed += not run_month(db, args.first.shift(step), args.time_limit, "sequence")
        again = args.first.shift(1)
        monday = again.first_day + timedelta(days=(7 - again.first_day.weekday()) % 7)
        publish(db, monday, monday + timedelta(days=6))
        failed += not run_month(db, again, args.time_limit, "re-plan")
    total = len(args.published) + args.months + 1
    print(f"{total - failed} of {total} runs succeeded")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
