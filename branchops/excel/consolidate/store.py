"""Load consolidated KPI rows into HQ's database (SQLite file or PostgreSQL URL), idempotently.

Its own small schema, created with SQLAlchemy Core in the target: one submission per branch and
period (the revision that was loaded) and one value per branch, period and KPI. Loading the same
files again changes nothing; a later revision replaces an earlier one; an earlier revision never
replaces a later one already loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    create_engine,
    delete,
    insert,
    select,
)
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from branchops import clock
from branchops.core.errors import UserError
from branchops.db.engine import DatabaseTarget
from branchops.excel.consolidate.verify import Accepted
from branchops.i18n import translate

metadata = MetaData()

submissions = Table(
    "hq_submission",
    metadata,
    Column("branch_code", String(32), primary_key=True),
    Column("period", String(7), primary_key=True),
    Column("branch_name", String(128), nullable=False),
    Column("region", String(128), nullable=False, default=""),
    Column("revision", Integer, nullable=False),
    Column("generated_at", String(40), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("checksum", String(64), nullable=False),
    Column("file_name", String(255), nullable=False),
    Column("loaded_at", DateTime, nullable=False),
)

kpi_values = Table(
    "hq_kpi_value",
    metadata,
    Column("branch_code", String(32), primary_key=True),
    Column("period", String(7), primary_key=True),
    Column("kpi", String(64), primary_key=True),
    Column("value", Float, nullable=True),
    Column("unit", String(16), nullable=False, default=""),
    Column("revision", Integer, nullable=False),
)


@dataclass(frozen=True)
class LoadResult:
    loaded: int  # submissions written (new or replacing an earlier revision)
    unchanged: int  # already there with the same revision and checksum
    kept_newer: int  # the database already had a later revision


def load_into(url: str, accepted: list[Accepted]) -> LoadResult:
    """Write every accepted submission in one transaction."""
    try:
        target = DatabaseTarget.parse(url)
        engine = create_engine(target.url)
    except (ArgumentError, ValueError, ImportError) as exc:
        raise UserError(
            translate("Consolidation", "Cannot use the database {url}: {reason}.").format(
                url=url, reason=exc
            )
        ) from exc
    loaded = unchanged = kept = 0
    try:
        with engine.begin() as connection:
            metadata.create_all(connection, checkfirst=True)
            now = clock.now().replace(microsecond=0)
            for item in accepted:
                outcome = _load_one(connection, item, now)
                loaded += outcome == "loaded"
                unchanged += outcome == "unchanged"
                kept += outcome == "kept"
    except SQLAlchemyError as exc:
        cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
        raise UserError(
            translate(
                "Consolidation", "Loading into {url} failed; nothing was changed there: {reason}"
            ).format(url=target.display(), reason=str(cause).splitlines()[0])
        ) from exc
    finally:
        engine.dispose()
    return LoadResult(loaded, unchanged, kept)


def _load_one(connection: Connection, item: Accepted, now: datetime) -> str:
    payload = item.sheet.payload
    key = and_(submissions.c.branch_code == item.code, submissions.c.period == payload.period)
    existing = connection.execute(
        select(submissions.c.revision, submissions.c.checksum).where(key)
    ).first()
    if existing is not None:
        if existing.revision > payload.revision:
            return "kept"
        if existing.revision == payload.revision and existing.checksum == item.sheet.digest:
            return "unchanged"
        connection.execute(delete(submissions).where(key))
    connection.execute(
        delete(kpi_values).where(
            kpi_values.c.branch_code == item.code, kpi_values.c.period == payload.period
        )
    )
    connection.execute(
        insert(submissions).values(
            branch_code=item.code,
            period=payload.period,
            branch_name=payload.branch_name,
            region=payload.region,
            revision=payload.revision,
            generated_at=payload.generated_at,
            schema_version=item.sheet.version,
            checksum=item.sheet.digest,
            file_name=item.path.name[:255],
            loaded_at=now,
        )
    )
    rows = [
        {
            "branch_code": item.code,
            "period": payload.period,
            "kpi": k.key,
            "value": k.value,
            "unit": k.unit,
            "revision": payload.revision,
        }
        for k in payload.kpis
    ]
    if rows:
        connection.execute(insert(kpi_values), rows)
    return "loaded"
