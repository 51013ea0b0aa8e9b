"""The build's one step beyond pyproject.toml: the wheel gets ``xencenter/i18n/*.qm``, compiled from the
committed ``.ts`` files by ``lrelease`` (``xencenter/i18n_build.py``) when it is available."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _i18n_build():
    spec = importlib.util.spec_from_file_location("_i18n_build", HERE / "xencenter" / "i18n_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    """build_py, then the ``.qm`` files next to the built package's ``i18n/``."""

    def run(self) -> None:
        super().run()
        builder = _i18n_build()
        target = Path(self.build_lib) / "xencenter" / "i18n"
        made = builder.release_all(target, HERE / "xencenter" / "i18n")
        if not made and any((HERE / "xencenter" / "i18n").glob("xencenter_*.ts")):
            self.warn("no lrelease (PySide6): the wheel has no translations")
        for qm in made:
            self.announce(f"translation {qm.name}", level=2)


setup(cmdclass={"build_py": BuildWithTranslations})
