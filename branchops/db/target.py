"""What ``--db`` names: a SQLite file path or a server URL (SQLAlchemy loads only for URLs)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DatabaseTarget:
    """What ``--db`` named: a SQLite file path, or a server URL."""

    url: str
    path: Path | None  # set for SQLite files

    @classmethod
    def parse(cls, path_or_url: str | Path) -> DatabaseTarget:
        text = str(path_or_url)
        if "://" in text:
            from sqlalchemy.engine import make_url

            url = make_url(text)
            if url.get_backend_name() == "sqlite" and url.database:
                return cls(url=text, path=Path(url.database).resolve())
            return cls(url=text, path=None)
        path = Path(text).expanduser().resolve()
        # SQLAlchemy reads "?" as the start of options and decodes "%XX": escape both.
        escaped = str(path).replace("%", "%25").replace("?", "%3F")
        return cls(url=f"sqlite:///{escaped}", path=path)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)
