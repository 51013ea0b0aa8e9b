"""Regression guard for the PySide6 pin: 6.12.0 on CPython 3.11 aborts after ~1000 Signal.emit() calls."""

import subprocess
import sys
import textwrap

import PySide6


def test_pyside_version_is_not_the_broken_one():
    if sys.version_info < (3, 12):
        assert PySide6.__version__ != "6.12.0"


def test_hundred_thousand_emits_do_not_abort():
    # In a subprocess: the failure mode is a hard abort of the interpreter, not an exception.
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Emitter(QObject):
            changed = Signal(bool, object)

        app = QCoreApplication([])
        seen = []
        e = Emitter()
        e.changed.connect(lambda flag, payload: seen.append(flag))
        for i in range(100_000):
            e.changed.emit(i % 2 == 0, {"i": i})
        assert len(seen) == 100_000 and seen[0] is True and seen[1] is False
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
