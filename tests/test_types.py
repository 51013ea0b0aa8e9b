"""The package type-checks and lints cleanly (mypy and ruff, settings in pyproject.toml): the wrappers' fields are typed from the
datamodel (model/fields.py), so a wrong field or a dialog called with yesterday's arguments fails here."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_mypy_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "mypy", "xencenter", "--no-incremental"], cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "xencenter", "tests", "bench", "scripts"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
