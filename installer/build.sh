#!/usr/bin/env bash
# Builds the PyInstaller folder and smoke-tests it: installer/dist/BranchOps/branchops --smoke.
set -euo pipefail
cd "$(dirname "$0")/.."
make qm
.venv/bin/python -m pip install --quiet "pyinstaller>=6"
.venv/bin/pyinstaller --noconfirm --distpath installer/dist --workpath installer/build \
    installer/branchops.spec
tmp=$(mktemp -d)
BRANCHOPS_CONFIG_DIR="$tmp" installer/dist/BranchOps/branchops demo --db "$tmp/demo.sqlite3"
BRANCHOPS_CONFIG_DIR="$tmp" QT_QPA_PLATFORM=offscreen \
    installer/dist/BranchOps/branchops --db "$tmp/demo.sqlite3" --smoke
echo "built and smoke-tested installer/dist/BranchOps"
