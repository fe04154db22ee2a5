"""The one translation mechanism: Qt Linguist ``.ts`` sources compiled to ``.qm`` by the Makefile.

Pure Python so that core, excel and the command line translate without Qt. Source strings are
English; every call site passes literal strings, which ``pyside6-lupdate`` extracts::

    translate("Context", "Text with {value}").format(value=...)

``QT_TRANSLATE_NOOP`` marks strings declared before a language is chosen (labels in tables of
constants); translate them later with ``translate(context, text)``.
"""

from __future__ import annotations

import locale
import math
import os
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LANGUAGES = ("zh_CN", "en")
PSEUDO = "pseudo"
DEFAULT_LANGUAGE = "zh_CN"

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8

Catalog = dict[tuple[str, str], str]

_catalog: Catalog = {}
_language = DEFAULT_LANGUAGE
# A background task may write a report in another language than the screens show.
_thread = threading.local()


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context
    return source


def _active() -> tuple[str, Catalog]:
    override = getattr(_thread, "override", None)
    return override if override is not None else (_language, _catalog)


def translate(context: str, source: str) -> str:
    language, catalog = _active()
    if language == PSEUDO:
        return pseudo(source)
    return catalog.get((context, source), source)


def current_language() -> str:
    return _active()[0]


def _known(language: str) -> str:
    return language if language in (*LANGUAGES, PSEUDO) else DEFAULT_LANGUAGE


def _load_catalog(language: str, translations_dir: Path | None = None) -> Catalog:
    """The language's messages, each file read once while it stays the same (the command line's
    language and a report's are often the same)."""
    if language not in LANGUAGES:
        return {}
    qm = (translations_dir or TRANSLATIONS_DIR) / f"branchops_{language}.qm"
    try:
        found = qm.stat()
    except FileNotFoundError:
        return {}
    key = (str(qm), found.st_mtime_ns, found.st_size)
    if key not in _read:
        _read[key] = dict(read_qm(qm.read_bytes()))
    return _read[key]


_read: dict[tuple[str, int, int], Catalog] = {}


def set_language(language: str, translations_dir: Path | None = None) -> None:
    """Make ``language`` the active one. An unknown language falls back to the default."""
    global _language, _catalog
    _language = _known(language)
    _catalog = _load_catalog(_language, translations_dir)


@contextmanager
def thread_language(language: str) -> Iterator[str]:
    """Use ``language`` in this thread only (a report being written), the others unchanged."""
    chosen = _known(language)
    previous = getattr(_thread, "override", None)
    _thread.override = (chosen, _load_catalog(chosen))
    try:
        yield chosen
    finally:
        _thread.override = previous


_every: dict[str, Catalog] = {}


def in_every_language(context: str, source: str) -> frozenset[str]:
    """``source`` and its translation in each of ``LANGUAGES`` (e.g. to accept a file written in
    either language whatever the running one). Catalogs are read once."""
    words = {source}
    for language in LANGUAGES:
        if language not in _every:
            _every[language] = _load_catalog(language)
        words.add(_every[language].get((context, source), source))
    return frozenset(words)


def system_language() -> str:
    lang = os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "en" if lang.lower().startswith("en") else DEFAULT_LANGUAGE


def pseudo(source: str) -> str:
    """Stretch text by about 40% and bracket it, keeping ``{placeholders}`` intact."""
    out: list[str] = []
    depth = 0
    for ch in source:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        out.append(ch)
        if depth == 0 and ch.isalpha() and ch.lower() in "aeiou":
            out.append(ch)
    text = "".join(out)
    # Pad so the result is always at least 40% longer than the source, whatever its vowels.
    pad = "~" * max(1, math.ceil(len(source) * 1.4) - len(text) - 2)
    return f"[{text}{pad}]"


def read_qm(data: bytes) -> Iterator[tuple[tuple[str, str], str]]:
    """Yield ``((context, source), translation)`` from a compiled Qt ``.qm`` file."""
    if not data.startswith(_QM_MAGIC):
        raise ValueError("not a Qt translation file")
    pos = len(_QM_MAGIC)
    while pos + 5 <= len(data):
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        body = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
        if tag == _SECTION_MESSAGES:
            yield from _read_messages(body)


def _read_messages(body: bytes) -> Iterator[tuple[tuple[str, str], str]]:
    pos = 0
    context = source = translation = ""
    while pos < len(body):
        tag = body[pos]
        pos += 1
        if tag == _TAG_END:
            if translation:
                yield (context, source), translation
            context = source = translation = ""
            continue
        if tag == _TAG_OBSOLETE1:
            pos += 4
            continue
        (length,) = struct.unpack_from(">I", body, pos)
        pos += 4
        if length == 0xFFFFFFFF:
            continue
        chunk = body[pos : pos + length]
        pos += length
        if tag == _TAG_TRANSLATION:
            translation = chunk.decode("utf-16-be")
        elif tag == _TAG_SOURCE:
            source = chunk.decode("utf-8")
        elif tag == _TAG_CONTEXT:
            context = chunk.decode("utf-8")
        elif tag == _TAG_COMMENT:
            pass
