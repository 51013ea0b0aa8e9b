#!/usr/bin/env python3
"""Brings ``xencenter/i18n/xencenter_<language>.ts`` up to date with the sources: ``pyside6-lupdate`` over the
package (``self.tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` and the model's ``translate``), plus
the commands' titles and menu texts, which are class attributes: they are written as ``translate`` calls into a
temporary file for lupdate (context ``Commands``), so the registry stays the one place they are declared.

    .venv/bin/python scripts/translations.py            # update the committed .ts files
    .venv/bin/python scripts/translations.py --ts X.ts  # extract into another file (tests/test_translations.py)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from xencenter.i18n_build import I18N_DIR, qt_tool  # noqa: E402

LANGUAGES = ("zh_CN", "ja")
#: Not the window's: the simulator and the command line speak English.
SKIPPED = ("sim", "cli")


def command_words() -> list[str]:
    """Every command's title and menu text, each once, in registry order."""
    from xencenter.commands import default_commands

    texts: dict[str, None] = {}
    for command in default_commands():
        texts.setdefault(command.title)
        texts.setdefault(command.menu_text)
    return [t for t in texts if t]


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
        listed.write_text("".join(f'translate("Commands", {json.dumps(t, ensure_ascii=False)})\n'
                                  for t in command_words()), encoding="utf-8")
        result = subprocess.run([*lupdate, *map(str, sources()), str(listed), "-no-obsolete", "-locations", "none",
                                 "-ts", *map(str, ts_files)], capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise SystemExit(f"lupdate failed: {result.stderr}")
    return result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts", type=Path, nargs="*", help="the .ts files (default: every language's in i18n/)")
    args = parser.parse_args()
    print(extract(args.ts or [I18N_DIR / f"xencenter_{language}.ts" for language in LANGUAGES]), end="")


if __name__ == "__main__":
    main()
