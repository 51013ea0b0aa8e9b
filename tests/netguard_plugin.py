"""The suite's network guard: a test fails when its process, or a process it started that installs the guard
(the simulator does, always), tries to reach anything but loopback; the attempt itself is refused unsent.

Used by the root conftest, and by ``tests/test_netguard.py`` to prove on an inner pytest run that a test
connecting to 10.0.0.1 fails even when it swallows the error.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from xencenter import netguard

_start = [0]  # where the current test's part of the report begins


def pytest_configure(config: pytest.Config) -> None:
    if not os.environ.get(netguard.REPORT_ENV):  # an inner run (pytester) keeps the outer run's report
        handle, path = tempfile.mkstemp(prefix="netguard-", suffix=".log")
        os.close(handle)
        os.environ[netguard.REPORT_ENV] = path  # inherited by the simulators and other children
    netguard.install()


def _report() -> Path:
    return Path(os.environ[netguard.REPORT_ENV])


def _size() -> int:
    report = _report()
    return report.stat().st_size if report.exists() else 0


def accept_refusals() -> None:
    """For tests of the guard itself: the refusals so far were meant."""
    _start[0] = _size()


@pytest.fixture(autouse=True)
def loopback_only():
    """Fail the test if anything it ran (here or in a child) tried to leave loopback."""
    _start[0] = _size()
    yield
    report = _report()
    with report.open("rb") if report.exists() else open(os.devnull, "rb") as f:
        f.seek(_start[0])
        attempts = [line for line in f.read().decode("utf-8", "replace").splitlines() if line]
    if attempts:
        pytest.fail("a connection beyond loopback was attempted (and refused):\n" + "\n".join(attempts),
                    pytrace=False)


__all__ = ["accept_refusals", "loopback_only", "pytest_configure"]
