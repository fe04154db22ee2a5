"""Screenshots of every page and main dialog in both languages, at 1366×768, on demo data.

.venv/bin/python tools/screenshots.py OUT_DIR      (make screenshots)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        env["BRANCHOPS_CONFIG_DIR"] = tmp
        db = Path(tmp) / "demo.sqlite3"
        run = [sys.executable, "-m", "branchops"]
        subprocess.run([*run, "demo", "--db", str(db)], check=True, env=env)
        failed = 0
        for lang in ("zh_CN", "en"):
            result = subprocess.run(
                [*run, "--db", str(db), "--lang", lang, "--smoke", "--screenshots", str(out)],
                env=env,
            )
            failed += result.returncode != 0
    print(f"screenshots in {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
