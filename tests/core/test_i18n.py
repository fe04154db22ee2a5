"""The pure-Python .qm reader against files compiled by Qt's own lrelease, and pseudo-locale."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from branchops import i18n
from branchops.i18n import pseudo, read_qm, set_language, translate

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"

SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backup</name>
    <message>
        <source>Backup written to {path}.</source>
        <translation>备份已写入 {path}。</translation>
    </message>
    <message>
        <source>Not translated yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Backup written to {path}.</source>
        <translation>另一个上下文：{path}</translation>
    </message>
    <message>
        <source>Emoji &amp; symbols: 😀 &lt;ok&gt; “quotes” — 100%</source>
        <translation>表情和符号：😀 &lt;好&gt; “引号” — 100%</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def compiled(tmp_path: Path) -> Path:
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed in this environment")
    ts = tmp_path / "branchops_zh_CN.ts"
    ts.write_text(SAMPLE_TS, encoding="utf-8")
    qm = tmp_path / "branchops_zh_CN.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_read_qm_round_trip(compiled: Path):
    catalog = dict(read_qm(compiled.read_bytes()))
    assert catalog == {
        ("Backup", "Backup written to {path}."): "备份已写入 {path}。",
        ("Cli", "Backup written to {path}."): "另一个上下文：{path}",
        ("Cli", "Emoji & symbols: 😀 <ok> “quotes” — 100%"): "表情和符号：😀 <好> “引号” — 100%",
    }


def test_set_language_uses_the_compiled_catalog_and_falls_back_to_source(compiled: Path):
    set_language("zh_CN", compiled.parent)
    assert (
        translate("Backup", "Backup written to {path}.").format(path="D:/b") == "备份已写入 D:/b。"
    )
    assert translate("Backup", "Not translated yet") == "Not translated yet"
    assert translate("Nowhere", "Unknown text") == "Unknown text"
    set_language("en", compiled.parent)  # no English file there: the English source is shown
    assert translate("Backup", "Backup written to {path}.") == "Backup written to {path}."


def test_unknown_language_falls_back_to_chinese(tmp_path: Path):
    set_language("xx_YY", tmp_path)
    assert i18n.current_language() == "zh_CN"


def test_read_qm_refuses_other_files():
    with pytest.raises(ValueError):
        list(read_qm(b"SQLite format 3\x00"))


def _sources() -> list[str]:
    sources = ["Save", "Rhythm sync", "OK", "{count} of {total}", "Cancel the roster run?"]
    for ts in TS_DIR.glob("*.ts"):
        sources += [m.findtext("source") or "" for m in ET.parse(ts).getroot().iter("message")]
    return sorted({s for s in sources if s})


PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def test_pseudo_stretches_by_40_percent_and_keeps_placeholders():
    sources = _sources()
    assert len(sources) > 5
    for source in sources:
        text = pseudo(source)
        assert len(text) >= 1.4 * len(source), (source, text)
        assert PLACEHOLDER.findall(text) == PLACEHOLDER.findall(source), (source, text)
        assert text.startswith("[")
        assert text.endswith("]")


def test_pseudo_language_applies_to_every_translate_call():
    set_language("pseudo")
    shown = translate("Cli", "Restored {file} into {db}.")
    assert shown.format(file="a", db="b").startswith("[Reestooreed a iintoo b.")


def test_a_thread_language_leaves_other_threads_alone():
    import threading

    from branchops import i18n

    i18n.set_language("zh_CN")
    seen: dict[str, str] = {}

    def report_thread():
        with i18n.thread_language("en"):
            seen["report"] = i18n.current_language()
            barrier.wait()
            barrier.wait()

    barrier = threading.Barrier(2)
    worker = threading.Thread(target=report_thread)
    worker.start()
    barrier.wait()
    seen["screens"] = i18n.current_language()
    barrier.wait()
    worker.join()
    assert seen == {"report": "en", "screens": "zh_CN"}
    assert i18n.current_language() == "zh_CN"
