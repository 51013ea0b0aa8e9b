#!/usr/bin/env python3
"""Brings ``xencenter/i18n/xencenter_<language>.ts`` up to date with the sources: ``pyside6-lupdate`` over the
package (``self.tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` and the model's ``translate``), plus
the commands' class attributes the window shows: they are written as ``translate`` calls into a temporary file for
lupdate (titles and menu texts in context ``Commands``, what they want selected in ``CommandReasons``, what the
Events tab calls their operations in ``Activities``, their one-line help in ``CommandHelp``), so the registry stays
the one place they are declared.

    .venv/bin/python scripts/translations.py            # update the committed .ts files
    .venv/bin/python scripts/translations.py --ts X.ts  # extract into another file (tests/test_translations.py)
    .venv/bin/python scripts/translations.py --fill-from OTHER/xencenter_zh_CN.ts ...
                        # then take finished translations from other .ts files (another branch's, after a merge)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from xencenter.i18n_build import I18N_DIR, qt_tool  # noqa: E402

LANGUAGES = ("zh_CN", "ja")
#: Not the window's: the simulator and the command line speak English.
SKIPPED = ("sim", "cli")


def command_words() -> list[tuple[str, str]]:
    """(context, text) of every command's title, menu text, selection words, activity and help, each once, in
    registry order."""
    from xencenter.commands import default_commands

    texts: dict[tuple[str, str], None] = {}
    for command in default_commands():
        for context, text in (("Commands", command.title), ("Commands", command.menu_text),
                              ("CommandReasons", command.wants), ("CommandReasons", command.single),
                              ("Activities", command.activity), ("CommandHelp", command.help)):
            if text:
                texts.setdefault((context, text))
    return list(texts)


def sources() -> list[Path]:
    package = ROOT / "xencenter"
    return sorted(p for p in package.rglob("*.py") if p.relative_to(package).parts[0] not in SKIPPED)


def extract(ts_files: list[Path]) -> str:
    """Run lupdate into ``ts_files`` (kept translations stay, vanished strings go); its report."""
    lupdate = qt_tool("lupdate")
    if lupdate is None:
        raise SystemExit("no lupdate: install PySide6 (scripts/bootstrap)")
    with tempfile.TemporaryDirectory() as folder:
        listed = Path(folder) / "command_words.py"
        listed.write_text("".join(f'translate("{c}", {json.dumps(t, ensure_ascii=False)})\n'
                                  for c, t in command_words()), encoding="utf-8")
        result = subprocess.run([*lupdate, *map(str, sources()), str(listed), "-no-obsolete", "-locations", "none",
                                 "-ts", *map(str, ts_files)], capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise SystemExit(f"lupdate failed: {result.stderr}")
    return result.stdout


def fill(ts: Path, others: list[Path]) -> int:
    """Give each unfinished message of ``ts`` the finished translation of the same context and source in one of
    ``others`` of the same language; how many were filled. Run ``extract`` after it to write lupdate's layout."""
    tree = ElementTree.parse(ts)
    language = tree.getroot().get("language")
    finished: dict[tuple[str, str], ElementTree.Element] = {}
    for other in others:
        root = ElementTree.parse(other).getroot()
        if root.get("language") != language:
            continue
        for context in root.iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None:
                    finished.setdefault((context.findtext("name") or "", message.findtext("source") or ""),
                                        translation)
    filled = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            done = finished.get((context.findtext("name") or "", message.findtext("source") or ""))
            if done is not None and (translation is None or translation.get("type") == "unfinished"):
                if translation is not None:
                    message.remove(translation)
                message.append(done)
                filled += 1
    if filled:
        body = ElementTree.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts", type=Path, nargs="*", help="the .ts files (default: every language's in i18n/)")
    parser.add_argument("--fill-from", type=Path, nargs="*", default=[],
                        help="other .ts files whose finished translations fill this one's unfinished messages")
    args = parser.parse_args()
    ts_files = args.ts or [I18N_DIR / f"xencenter_{language}.ts" for language in LANGUAGES]
    print(extract(ts_files), end="")
    if args.fill_from:
        for ts in ts_files:
            print(f"{ts.name}: {fill(ts, args.fill_from)} filled")
        extract(ts_files)


if __name__ == "__main__":
    main()
