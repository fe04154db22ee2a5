"""What every benchmark shares: the large demo database, timing whole processes, and the figure
printed as median (min-max) of the runs next to its goal."""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / ".bench" / "large-demo.sqlite3"
MIN_RUNS = 5
RUN_TIMEOUT_S = 600  # one measured process; beyond it the process is killed (a failed run)


def large_db(path: Path | None = None) -> Path:
    """The ``--scale large`` demo database, made once and kept in .bench/."""
    path = path or DEFAULT_DB
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "branchops", "demo", "--db", str(path), "--scale", "large"],
            check=True,
            capture_output=True,
            env=child_env(),
        )
        print(f"large demo database generated in {time.perf_counter() - started:.1f} s")
    # brought to this code's schema before any timing; a database of a newer schema (made by a
    # newer branch) stops the benchmark here with the app's own message, not in a modal dialog
    migrated = subprocess.run(
        [sys.executable, "-m", "branchops", "--lang", "en", "migrate", "--db", str(path)],
        capture_output=True,
        text=True,
        env=child_env(),
    )
    if migrated.returncode != 0:
        raise SystemExit(f"{path}: {migrated.stderr.strip()}")
    return path


_compiled = False


def installed_bytecode() -> None:
    """Compiles branchops to bytecode once, as ``pip install`` does: with
    PYTHONDONTWRITEBYTECODE set (as in some shells) every process would compile each module
    from source, which an installed app never does, while PySide6 (the baseline) is compiled."""
    global _compiled
    if not _compiled:
        compileall.compile_dir(ROOT / "branchops", quiet=1)
        _compiled = True


def child_env(**extra: str) -> dict[str, str]:
    installed_bytecode()
    env = {**os.environ, **extra}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def whole_process(args: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds from launch to exit of one process (interpreter start included)."""
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env or child_env())
    return time.perf_counter() - started


@dataclass(frozen=True)
class Finished:
    """One whole process, with what the kernel counted for it."""

    stdout: str
    stderr: str
    returncode: int
    cpu_s: float  # user + system CPU seconds of the process (a shared machine's fair figure)
    peak_rss_mib: float


def run_counted(args: list[str], env: dict[str, str]) -> Finished:
    """Runs a process to its end and returns its output, CPU time and peak RSS (``wait4``)."""
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, env=env)
        assert process.stdout is not None
        watchdog = threading.Timer(RUN_TIMEOUT_S, process.kill)  # a child waiting on a dialog
        watchdog.start()
        try:
            out = process.stdout.read()  # to the end: the process has closed its output
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        errors = err.read()
    return Finished(
        stdout=out.decode(errors="replace"),
        stderr=errors.decode(errors="replace"),
        returncode=process.returncode,
        cpu_s=usage.ru_utime + usage.ru_stime,
        peak_rss_mib=usage.ru_maxrss / 1024,  # KiB on Linux
    )


def whole_process_cpu(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one whole process. On a shared machine
    the CPU time barely moves with the load while the wall time does."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = whole_process(args, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def figure(values: list[float], unit: str = "ms") -> str:
    """``median (min-max)`` of the runs, in ms or s."""
    scale = 1000 if unit == "ms" else 1
    fmt = "{:.0f}" if unit == "ms" else "{:.2f}"
    med, low, high = (fmt.format(v * scale) for v in stats(values))
    return f"{med} ({low}-{high}) {unit}"


def stats(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def verdict(value: float, goal: float) -> str:
    return "met" if value <= goal else f"NOT met by {value / goal:.2f}x"


def runs_arg(value: str) -> int:
    runs = int(value)
    if runs < MIN_RUNS:
        raise ValueError(f"at least {MIN_RUNS} runs")
    return runs
