"""The database server going away mid-session: the save is refused in words, the form keeps
what the user typed, and the same Save works once the server is back. A wrong database name at
start is one line and exit 1; a server database of a newer schema is refused.

The server is stopped and started again when ``BRANCHOPS_TEST_PG_SERVER`` names a script taking
``stop``/``start`` (``.ci/run`` writes one for its throwaway server); the link between the app
and the server is cut and restored in any case (``tests/pg_link.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import select, text

from branchops.config import AppSettings, DataPaths
from branchops.core.budget.models import BudgetCategory
from branchops.db import errors
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database
from branchops.ui.budget.category_dialog import CategoryDialog
from branchops.ui.context import AppContext
from tests.conftest import PG_URL, _pg_url
from tests.pg_link import ServerLink

pytestmark = pytest.mark.postgres
SERVER = os.environ.get("BRANCHOPS_TEST_PG_SERVER", "")


@pytest.fixture
def pg_db(request: pytest.FixtureRequest):
    if not PG_URL:
        pytest.skip("no PostgreSQL server configured (BRANCHOPS_TEST_PG_URL)")
    from tests.conftest import _postgres

    yield from _postgres(request.getfixturevalue("_pg_template"))


def test_server_gone_mid_session_keeps_the_form_and_saves_when_back(
    pg_db, qtbot, tmp_path, message_boxes
):
    link = ServerLink(_pg_url(pg_db.engine.url.database))
    db, _ = open_database(DatabaseTarget.parse(link.url), upgrade=False)
    ctx = AppContext(db=db, paths=DataPaths(tmp_path), settings=AppSettings())
    try:
        dialog = CategoryDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.name.setText("培训费")
        link.cut()
        dialog.save()
        assert dialog.result() == 0 and dialog.name.text() == "培训费"
        assert [m.text for m in message_boxes] == [
            str(errors.server_unreachable(DatabaseTarget.parse(link.url).display()))
        ]
        link.restore()
        dialog.save()
        assert dialog.result() == 1
        with db.session() as session:
            names = session.scalars(select(BudgetCategory.name)).all()
        assert "培训费" in names
    finally:
        link.cut()
        db.dispose()


@pytest.mark.alone  # every other test's PostgreSQL goes with the server
@pytest.mark.skipif(not SERVER, reason="no server script (BRANCHOPS_TEST_PG_SERVER, as .ci/run)")
def test_the_server_stopped_and_started_again(pg_db, qtbot, tmp_path, message_boxes):
    url = _pg_url(pg_db.engine.url.database)
    db, _ = open_database(DatabaseTarget.parse(url), upgrade=False)
    ctx = AppContext(db=db, paths=DataPaths(tmp_path), settings=AppSettings())
    try:
        dialog = CategoryDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.name.setText("培训费")
        subprocess.run([SERVER, "stop"], check=True, capture_output=True, timeout=120)
        try:
            dialog.save()
        finally:
            subprocess.run([SERVER, "start"], check=True, capture_output=True, timeout=120)
        assert dialog.result() == 0 and dialog.name.text() == "培训费"
        assert [m.text for m in message_boxes] == [
            str(errors.server_unreachable(DatabaseTarget.parse(url).display()))
        ]
        dialog.save()
        assert dialog.result() == 1
        with db.session() as session:
            assert "培训费" in session.scalars(select(BudgetCategory.name)).all()
    finally:
        db.dispose()


def test_a_wrong_database_name_at_start_is_one_line_and_exit_1(pg_db):
    url = _pg_url("no_such_branchops_database")
    done = subprocess.run(
        [sys.executable, "-m", "branchops", "check", "--db", url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert "no_such_branchops_database" in lines[0]


def test_a_server_database_of_a_newer_schema_is_refused(pg_db):
    with pg_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(errors.DatabaseOpenError) as refused:
        open_database(DatabaseTarget.parse(_pg_url(pg_db.engine.url.database)))
    assert "9999_future" in str(refused.value)
