"""model/ must stay usable without Qt: importing all of it loads no PySide6 module."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_model_imports_no_qt():
    model = ROOT / "xencenter" / "model"
    modules = sorted(".".join(p.relative_to(model).with_suffix("").parts) for p in model.rglob("*.py")
                     if p.stem != "__init__")
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module('xencenter.model.' + name)\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'PyQt', 'shiboken'))]\n"
        "assert not qt, qt\n"
        "print(len(" + repr(modules) + "))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 10
