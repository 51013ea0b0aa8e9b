"""Makes the ``.qm`` translations from the ``.ts`` sources in ``xencenter/i18n/`` with Qt's ``lrelease``: the
wheel's build (``setup.py``) and a checkout's start (``views/language.py``) both do, so no ``.qm`` is committed.
Standard library only: ``setup.py`` loads this file before the package (or PySide6) can be imported."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def qt_tool(name: str) -> list[str] | None:
    """Qt's ``lrelease`` or ``lupdate``: PySide6's own binary, else one on PATH; None when there is none."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        for binary in (Path(spec.origin).parent / name, Path(spec.origin).parent / f"{name}.exe"):
            if binary.is_file():
                return [str(binary)]
    for command in (f"pyside6-{name}", name):
        found = shutil.which(command)
        if found:
            return [found]
    return None


def release(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm``; False when there is no ``lrelease`` or it failed (the caller says so)."""
    command = qt_tool("lrelease")
    if command is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True,
                            timeout=120)
    return result.returncode == 0 and qm.is_file()


def release_all(target: Path, source: Path = I18N_DIR) -> list[Path]:
    """Every ``xencenter_*.ts`` of ``source`` compiled into ``target``; the ``.qm`` files made."""
    made = []
    for ts in sorted(source.glob("xencenter_*.ts")):
        qm = target / ts.with_suffix(".qm").name
        if release(ts, qm):
            made.append(qm)
    return made
