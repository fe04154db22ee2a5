"""HQ consolidation: verification of every file, the consolidated workbook, the database load."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from dataclasses import replace

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import create_engine, func, select, text

from branchops import i18n
from branchops.core.period import Month
from branchops.excel.consolidate import consolidate
from branchops.excel.consolidate.inputs import ExpectedBranch, read_expected, read_keys
from branchops.excel.consolidate.output import ranked
from branchops.excel.consolidate.store import kpi_values, submissions
from tests.excel.branch_files import FIXTURES, payload, write_branch, write_rows
from tests.excel.conftest import calamine_rows, formula_cells


def tr(text: str) -> str:
    return i18n.translate("Consolidation", text)


@pytest.fixture
def files(tmp_path):
    """Three good branches, a later revision, a copy, a tampered, a wrong-period and a v99."""
    d = tmp_path / "in"
    d.mkdir()
    made = {
        "a": write_branch(d / "a.xlsx", payload("BR01", **{"quality__average_score": 95.0})),
        "b1": write_branch(d / "b1.xlsx", payload("BR02", revision=1)),
        "b2": write_branch(d / "b2.xlsx", payload("BR02", revision=2, actions__overdue=0.0)),
        "c": write_branch(d / "c.xlsx", payload("BR03", **{"quality__average_score": 80.0})),
        "old": write_branch(d / "old.xlsx", payload("BR04", period="2026-09")),
        "v99": write_rows(d / "v99.xlsx", [["schema_version", 99]]),
        "tampered": write_branch(d / "t.xlsx", payload("BR05")),
    }
    wb = load_workbook(made["tampered"])
    ws = wb["data"]
    next(r for r in ws.iter_rows() if r[0].value == "actions.overdue")[1].value = 0
    wb.save(made["tampered"])
    made["copy"] = d / "a-copy.xlsx"
    made["copy"].write_bytes(made["a"].read_bytes())
    return made


def _run(files, tmp_path, **kwargs):
    return consolidate(list(files.values()), tmp_path / "hq.xlsx", **kwargs)


def test_valid_files_are_merged_and_bad_ones_listed_with_reasons(files, tmp_path):
    result = _run(files, tmp_path, expected=[ExpectedBranch("BR01"), ExpectedBranch("BR09", "九")])
    verified = result.verified
    assert verified.period == Month(2026, 10)
    assert [a.code for a in verified.accepted] == ["BR01", "BR02", "BR03"]
    assert next(a for a in verified.accepted if a.code == "BR02").path == files["b2"]
    reasons = {r.path.name: r.reason for r in verified.rejected}
    assert set(reasons) == {"b1.xlsx", "old.xlsx", "v99.xlsx", "t.xlsx", "a-copy.xlsx"}
    assert "2" in reasons["b1.xlsx"] and "b2.xlsx" in reasons["b1.xlsx"]
    assert "2026-09" in reasons["old.xlsx"]
    assert "99" in reasons["v99.xlsx"]
    assert reasons["t.xlsx"] == tr(
        "The data was changed after export (the checksum does not match); ask the branch "
        "for a new export."
    )
    assert [b.code for b in verified.missing] == ["BR09"]


def test_the_consolidated_workbook(files, tmp_path):
    out = _run(files, tmp_path, expected=[ExpectedBranch("BR09", "九")]).out
    assert formula_cells(out) == []
    by_branch = calamine_rows(out, tr("KPIs by branch"))
    header = by_branch[2]
    assert header[:4] == [tr("Branch code"), tr("Branch name"), tr("Region"), tr("Revision")]
    rows = {r[0]: r for r in by_branch[3:] if r[0]}
    assert set(rows) == {"BR01", "BR02", "BR03"}
    assert rows["BR02"][3] == 2
    ranking = [r for r in calamine_rows(out, tr("Ranking"))[4:] if r[0]]
    score = [r for r in ranking if r[2] in rows and r[4] in (95.0, 90.0, 80.0)]
    assert [(r[1], r[2]) for r in score[:3]] == [(1, "BR01"), (2, "BR02"), (3, "BR03")]
    rejected = calamine_rows(out, tr("Rejected files"))
    assert {r[0] for r in rejected[3:] if r[0]} >= {"t.xlsx", "v99.xlsx", "old.xlsx"}
    missing = calamine_rows(out, tr("Missing branches"))
    assert missing[3][:2] == ["BR09", "九"]
    totals = {r[0]: r for r in calamine_rows(out, tr("Totals"))[3:] if r[0]}
    overdue_title = next(t for t in totals if "verdue" in t or "逾期" in t)
    assert totals[overdue_title][1] == 3 and totals[overdue_title][2] == 4.0


def test_hmac_files_need_the_branch_key(tmp_path):
    signed = write_branch(tmp_path / "s.xlsx", payload("BR07"), key="k-07")
    plain = write_branch(tmp_path / "p.xlsx", payload("BR08"))
    ok = consolidate([signed, plain], tmp_path / "o.xlsx", keys={"br07": "k-07"}).verified
    assert [a.code for a in ok.accepted] == ["BR07", "BR08"]
    wrong = consolidate([signed], tmp_path / "o.xlsx", keys={"BR07": "other"}).verified
    assert not wrong.accepted and wrong.rejected
    no_key = consolidate([signed], tmp_path / "o.xlsx").verified
    assert "--keys" in no_key.rejected[0].reason
    stripped = consolidate([plain], tmp_path / "o.xlsx", keys={"BR08": "k-08"}).verified
    assert not stripped.accepted and "BR08" in stripped.rejected[0].reason


def test_ranking_shares_ranks_on_ties_and_respects_direction():
    values = [("A", "", 3.0), ("B", "", 5.0), ("C", "", 5.0), ("D", "", 1.0)]
    assert [(r, c) for r, c, _, _ in ranked(values, True)] == [
        (1, "B"),
        (1, "C"),
        (3, "A"),
        (4, "D"),
    ]
    assert ranked(values, False)[0][1] == "D"


def test_side_files(tmp_path):
    keys = tmp_path / "keys.csv"
    keys.write_text("branch_code,key\nBR01,abc\n br02 , def \n", encoding="utf-8")
    assert read_keys(keys) == {"BR01": "abc", "BR02": "def"}
    bad = tmp_path / "bad.csv"
    bad.write_text("BR01\nBR02,x\nBR02,y\n", encoding="utf-8")
    with pytest.raises(i18n_error()) as error:
        read_keys(bad)
    assert len(error.value.problems) == 2
    txt = tmp_path / "expected.txt"
    txt.write_text("BR01 \nＢＲ０２,城西\n\n", encoding="utf-8")
    assert [b.code for b in read_expected(txt)] == ["BR01", "BR02"]
    wb = Workbook()
    wb.active.append(["网点代码", "名称"])
    wb.active.append(["BR03", "城南"])
    wb.save(tmp_path / "expected.xlsx")
    assert read_expected(tmp_path / "expected.xlsx") == [ExpectedBranch("BR03", "城南")]


def i18n_error():
    from branchops.core.errors import ValidationError

    return ValidationError


def _counts(url: str) -> tuple[int, int, list]:
    engine = create_engine(url)
    with engine.connect() as conn:
        subs = conn.scalar(select(func.count()).select_from(submissions))
        values = conn.scalar(select(func.count()).select_from(kpi_values))
        revs = list(
            conn.execute(
                select(submissions.c.branch_code, submissions.c.revision).order_by(
                    submissions.c.branch_code
                )
            )
        )
    engine.dispose()
    return subs, values, [tuple(r) for r in revs]


def test_into_sqlite_twice_is_idempotent(files, tmp_path):
    target = tmp_path / "hq.sqlite3"
    first = _run(files, tmp_path, into=str(target)).loaded
    assert (first.loaded, first.unchanged) == (3, 0)
    before = _counts(f"sqlite:///{target}")
    second = _run(files, tmp_path, into=str(target)).loaded
    assert (second.loaded, second.unchanged) == (0, 3)
    assert (
        _counts(f"sqlite:///{target}") == before == (3, 12, [("BR01", 1), ("BR02", 2), ("BR03", 1)])
    )
    older = consolidate([files["b1"]], tmp_path / "o.xlsx", into=str(target)).loaded
    assert older.kept_newer == 1
    with sqlite3.connect(target) as conn:
        assert conn.execute(
            "SELECT value FROM hq_kpi_value WHERE branch_code='BR02' AND kpi='actions.overdue'"
        ).fetchone() == (0.0,)


@pytest.fixture
def pg_url():
    """A new, empty PostgreSQL database for HQ's tables, dropped afterwards."""
    url = os.environ.get("BRANCHOPS_TEST_PG_URL", "")
    if not url:
        pytest.skip("no PostgreSQL server configured (BRANCHOPS_TEST_PG_URL)")
    name = f"branchops_hq_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield url.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.postgres
def test_into_postgresql_is_idempotent(files, tmp_path, pg_url):
    first = _run(files, tmp_path, into=pg_url).loaded
    before = _counts(pg_url)
    again = _run(files, tmp_path, into=pg_url).loaded
    assert first.loaded == 3 and again.unchanged == 3
    assert _counts(pg_url) == before
    assert before == (3, 12, [("BR01", 1), ("BR02", 2), ("BR03", 1)])


def test_v1_and_v2_files_consolidate_together(tmp_path):
    """A v1 monthly export (saved by the v1 writer, figures digest included) merges with v2
    files of the same month; the schema version of each is kept in the database."""
    d = tmp_path / "in"
    d.mkdir()
    old = d / "old.xlsx"
    old.write_bytes((FIXTURES / "v1_export_BR0123_2026-05.xlsx").read_bytes())
    new = write_branch(d / "new.xlsx", payload("BR0124", period="2026-05"))
    result = consolidate([old, new], tmp_path / "hq.xlsx", into=str(tmp_path / "hq.sqlite3"))
    assert [(a.code, a.sheet.version) for a in result.verified.accepted] == [
        ("BR0123", 1),
        ("BR0124", 2),
    ]
    assert not result.verified.rejected
    with sqlite3.connect(tmp_path / "hq.sqlite3") as conn:
        versions = dict(conn.execute("SELECT branch_code, schema_version FROM hq_submission"))
        training = conn.execute(
            "SELECT count(*) FROM hq_kpi_value "
            "WHERE branch_code = 'BR0123' AND kpi LIKE 'training.%'"
        ).fetchone()[0]
    assert versions == {"BR0123": 1, "BR0124": 2} and training > 0


def test_a_file_from_a_newer_branchops_is_refused_and_the_rest_merged(tmp_path):
    newer = write_rows(
        tmp_path / "v3.xlsx", [["format", "branchops.monthly-hq"], ["schema_version", 3]]
    )
    good = write_branch(tmp_path / "good.xlsx", payload("BR01"))
    result = consolidate([newer, good], tmp_path / "hq.xlsx")
    assert [a.code for a in result.verified.accepted] == ["BR01"]
    (rejected,) = result.verified.rejected
    assert rejected.path == newer and "3" in rejected.reason and "1, 2" in rejected.reason


def test_v2_files_name_their_kpis_so_consolidation_loads_no_registry(tmp_path):
    """A v2 data sheet says each KPI's label and direction: the consolidate process imports
    neither the KPI registry nor SQLAlchemy, and the columns carry the translated labels."""
    data = payload("BR01")
    labelled = tuple(
        replace(k, label="Average inspection score", higher_is_better=True) for k in data.kpis[:1]
    ) + tuple(replace(k, label="Overdue corrective actions", higher_is_better=False)
              for k in data.kpis[2:3])  # fmt: skip
    path = write_branch(tmp_path / "a.xlsx", replace(data, kpis=labelled))
    script = (
        "import sys\nfrom pathlib import Path\n"
        "from branchops import i18n\ni18n.set_language('zh_CN')\n"
        "from branchops.excel.consolidate import consolidate\n"
        "from branchops.excel.consolidate.output import kpi_columns\n"
        f"r = consolidate([Path({str(path)!r})], Path({str(tmp_path / 'hq.xlsx')!r}))\n"
        "print([(c.title, c.higher_is_better) for c in kpi_columns(r.verified)])\n"
        "print(sorted(m for m in ('sqlalchemy', 'branchops.core.kpi') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=os.environ | {}
    )
    assert done.returncode == 0, done.stderr
    columns, heavy = done.stdout.strip().splitlines()
    with i18n.thread_language("zh_CN"):
        first = i18n.translate("Kpi", "Average inspection score")
    assert columns.startswith(f"[('{first}', True)") and "False)" in columns
    assert heavy == "[]"


def test_files_that_are_no_workbook_are_refused_in_the_users_words(tmp_path):
    """Each says what the file is in the chosen language, never the reader library's text."""
    d = tmp_path / "in"
    d.mkdir()
    good = write_branch(d / "good.xlsx", payload("BR01"))
    (d / "empty.xlsx").write_bytes(b"")
    (d / "notes.xlsx").write_text("code,value\nBR02,1\n", encoding="utf-8")
    (d / "cut.xlsx").write_bytes(good.read_bytes()[:2000])
    (d / "old.xlsx").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600)
    bad = ["empty.xlsx", "notes.xlsx", "cut.xlsx", "old.xlsx"]
    result = consolidate([good, *(d / name for name in bad)], tmp_path / "hq.xlsx")
    reasons = {r.path.name: r.reason for r in result.verified.rejected}
    assert set(reasons) == set(bad)
    assert "0" in reasons["empty.xlsx"] and "CSV" in reasons["notes.xlsx"]
    assert ".xls" in reasons["old.xlsx"]
    for reason in reasons.values():
        assert "Zip" not in reason and "EOCD" not in reason and "zip archive" not in reason
    assert [a.code for a in result.verified.accepted] == ["BR01"]
