"""Fill translations in a Qt Linguist .ts file.

    ts_fill.py --english branchops_en.ts            English: the source text is the translation
    ts_fill.py --json zh.json branchops_zh_CN.ts    {context: {source: translation}} from a file

Only unfinished entries are filled unless --overwrite is given. Prints what is still unfinished.
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, dict[str, str]] | None, overwrite: bool) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            unfinished = translation.get("type") == "unfinished" or not translation.text
            if not (unfinished or overwrite):
                continue
            text = source if mapping is None else mapping.get(name, {}).get(source)
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            elif unfinished:
                missing.append(f"{name}: {source}")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("ts", type=Path)
    parser.add_argument("--english", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--overwrite", action="store_true")
    args = parser.parse_args()
    mapping = None if args.english else json.loads(args.json.read_text(encoding="utf-8"))
    missing = fill(args.ts, mapping, args.overwrite)
    for line in missing:
        print("unfinished:", line)


if __name__ == "__main__":
    main()
