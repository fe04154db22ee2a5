"""One clock: code reads ``branchops.clock``, which tests and ``BRANCHOPS_NOW`` set."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from branchops import clock

PACKAGE = Path(__file__).resolve().parents[1] / "branchops"
READS_THE_SYSTEM_CLOCK = re.compile(
    r"date\.today\(\)|datetime\.now\(|datetime\.today\(|currentDate"
)


def test_no_module_reads_the_system_clock_but_the_clock():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "clock.py" and READS_THE_SYSTEM_CLOCK.search(path.read_text("utf-8"))
    ]
    assert offenders == []


def test_a_frozen_clock_starts_at_its_time_and_keeps_ticking():
    with clock.frozen("2028-02-29T23:59:59"):
        first = clock.now()
        assert clock.today() == date(2028, 2, 29)
        assert first >= datetime(2028, 2, 29, 23, 59, 59)
        assert clock.now() >= first
    assert clock.today() == date(2026, 6, 15)  # back to the suite's clock


def test_the_environment_sets_the_clock_of_a_new_process():
    code = "from branchops import clock; print(clock.today().isoformat())"
    env_time = "2027-01-01T00:00:05"
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**__import__("os").environ, clock.ENV_VAR: env_time},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "2027-01-01"
