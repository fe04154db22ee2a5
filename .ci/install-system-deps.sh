#!/usr/bin/env bash
# System packages a fresh Debian 12 machine needs to build, test and run BranchOps headless.
# Run as root:  .ci/install-system-deps.sh            everything, PostgreSQL for CI included
#               .ci/install-system-deps.sh --desktop  what `make run` and `make test` need
#               .ci/install-system-deps.sh --check    exit 1 if a --desktop package is missing
#
# The Qt lists were found with `ldd` on the PySide6 wheel's QtCore/QtGui/QtWidgets/QtSvg/
# QtPrintSupport modules and its offscreen, xcb, image-format and icon-engine plugins; libdbus
# is loaded by Qt at run time. Tests and screenshots use QT_QPA_PLATFORM=offscreen; the xcb
# group lets the desktop app open a window under X11.
set -euo pipefail

desktop_packages=(
    # Python and the Makefile
    python3 python3-venv make ca-certificates util-linux
    # Qt runtime for PySide6 (offscreen)
    libegl1 libgl1 libglx0 libopengl0 libxkbcommon0 libfontconfig1 libfreetype6
    libdbus-1-3 libglib2.0-0 libx11-6 libxcb1 libpng16-16 libbrotli1
    # Qt runtime for the desktop app under X11 (the xcb platform plugin)
    libx11-xcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    # Chinese text in screenshots, charts and PDFs
    fonts-noto-cjk
)
# the tests marked postgres run against a throwaway local server; LibreOffice (and pdftotext)
# render the HQ workbook to PDF in tests/excel/test_print_pdf.py (skipped, saying so, without)
ci_packages=(postgresql libreoffice-calc poppler-utils)

mode="${1:-all}"
if [ "$mode" = "--check" ]; then
    command -v dpkg-query >/dev/null 2>&1 || exit 0  # not Debian: nothing to check here
    for package in "${desktop_packages[@]}"; do
        status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
        [ "$status" = "install ok installed" ] || exit 1
    done
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-system-deps.sh: run as root (for example with sudo)" >&2
    exit 1
fi

packages=("${desktop_packages[@]}")
[ "$mode" = "--desktop" ] || packages+=("${ci_packages[@]}")

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${packages[@]}"
