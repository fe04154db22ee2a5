"""Every string is translated in zh_CN and en, with the same {placeholders}, and ships as .qm."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from branchops import i18n

TS_FILES = sorted(i18n.TRANSLATIONS_DIR.glob("branchops_*.ts"))
FORMATTER = string.Formatter()


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in FORMATTER.parse(text) if name is not None}


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_both_languages_exist():
    assert {p.stem for p in TS_FILES} == {f"branchops_{lang}" for lang in i18n.LANGUAGES}


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.stem)
def test_every_message_is_finished_with_matching_placeholders(path: Path):
    problems = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = (node.text or "") if node is not None else ""
        if node is None or node.get("type") in ("unfinished", "obsolete", "vanished") or not text:
            problems.append(f"unfinished: {context}: {source}")
        elif _placeholders(source) != _placeholders(text):
            problems.append(f"placeholders differ: {context}: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems[:50]) + f"\n({len(problems)} in all)"


def test_chinese_is_not_left_in_english():
    """A zh_CN translation copied from its English source is an untranslated string."""
    path = i18n.TRANSLATIONS_DIR / "branchops_zh_CN.ts"
    copied = [
        source
        for _, message in _messages(path)
        if (source := message.findtext("source") or "") == message.findtext("translation")
        and re.search(r"[a-z]{3,} [a-z]{3,}", source)
    ]
    assert not copied, copied[:20]


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_compiled_catalog_matches_the_source(language: str):
    qm = i18n.TRANSLATIONS_DIR / f"branchops_{language}.qm"
    if not qm.exists():
        pytest.skip("run `make qm` first (make test does)")
    assert (
        qm.stat().st_mtime >= (i18n.TRANSLATIONS_DIR / f"branchops_{language}.ts").stat().st_mtime
    )
    catalog = dict(i18n.read_qm(qm.read_bytes()))
    sources = {(c, m.findtext("source")) for c, m in _messages(qm.with_suffix(".ts"))}
    assert sources <= set(catalog), sorted(sources - set(catalog))[:10]


def test_pseudo_language_stretches_and_keeps_placeholders():
    text = "Backup written to {path}."
    stretched = i18n.pseudo(text)
    assert len(stretched) >= len(text) * 1.4
    assert _placeholders(stretched) == {"path"}
