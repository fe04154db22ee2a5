"""A rotating log file in the data folder; what the crash dialog points to."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from branchops.config import LOG_BACKUP_COUNT, LOG_MAX_BYTES

LOG_NAME = "branchops.log"


def setup_logging(logs_dir: Path) -> Path | None:
    """Log to ``logs_dir``; returns the file, or None when the folder cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            logs_dir / LOG_NAME,
            maxBytes=LOG_MAX_BYTES,
            backupCount=LOG_BACKUP_COUNT,
            encoding="utf-8",
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    # Alembic narrates every plugin it loads; the upgrade itself is logged by db/lifecycle.py.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return logs_dir / LOG_NAME
