"""Where BranchOps keeps its files, and the app-level settings (every default declared here once).

Branch-level settings (profile, targets, rules) live in the database; these are per PC and user.
``BRANCHOPS_DATA_DIR`` / ``BRANCHOPS_CONFIG_DIR`` override the folders (tests, portable installs).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

from branchops import APP_NAME

DB_FILENAME = "branchops.sqlite3"
BACKUPS_DIRNAME = "backups"
PHOTOS_DIRNAME = "photos"
LOGS_DIRNAME = "logs"
CHART_CACHE_DIRNAME = "chart-cache"
SETTINGS_FILENAME = "settings.json"

DEFAULT_BACKUP_KEEP = 30
LOG_MAX_BYTES = 1_000_000
LOG_BACKUP_COUNT = 5


def config_dir() -> Path:
    override = os.environ.get("BRANCHOPS_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def default_data_dir() -> Path:
    override = os.environ.get("BRANCHOPS_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


@dataclass
class AppSettings:
    """Settings of this PC: language, where data lives. Stored as JSON in the config folder."""

    language: str = ""  # empty: follow the system
    data_dir: str = ""  # empty: the platform's user data folder
    database: str = ""  # empty: the embedded SQLite file in the data folder
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> AppSettings:
        path = config_dir() / SETTINGS_FILENAME
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / (SETTINGS_FILENAME + ".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(folder / SETTINGS_FILENAME)

    def data_path(self) -> Path:
        return Path(self.data_dir) if self.data_dir else default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    """The folders that belong to one database."""

    root: Path

    @property
    def backups(self) -> Path:
        return self.root / BACKUPS_DIRNAME

    @property
    def photos(self) -> Path:
        return self.root / PHOTOS_DIRNAME

    @property
    def logs(self) -> Path:
        return self.root / LOGS_DIRNAME

    @property
    def chart_cache(self) -> Path:
        """Pictures of the dashboard's charts, kept by what they are drawn from."""
        return self.root / CHART_CACHE_DIRNAME

    @property
    def default_database(self) -> Path:
        return self.root / DB_FILENAME
