"""Write a new Alembic revision from the difference between the models and the newest schema.

    .venv/bin/python tools/new_revision.py "add quality tables" --rev-id 0002_quality

Review the generated file before committing it: autogenerate misses renames and data moves.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from branchops.core.models import Base
from branchops.db.lifecycle import alembic_config


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("message")
    parser.add_argument("--rev-id", required=True)
    parser.add_argument("--head", default="heads", help="parent revision(s); default: all heads")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'scratch.sqlite3'}")
        with engine.begin() as connection:
            config = alembic_config(connection)
            command.upgrade(config, "heads")
            config.attributes["target_metadata"] = Base.metadata
            command.revision(
                config,
                message=args.message,
                autogenerate=True,
                rev_id=args.rev_id,
                head=args.head,
            )
        engine.dispose()


if __name__ == "__main__":
    main()
