"""The README's first command on a real X display (Xvfb, not offscreen): the window maps, and a machine without
Qt's xcb libraries gets the package names instead of Qt's abort."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import PySide6
import pytest

from tests.conftest import require_binary
from xencenter import APP_NAME
from xencenter.display_check import Missing, not_found_in, will_use_xcb

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def xvfb():
    """A fresh Xvfb display (the number it picked itself); killed at teardown."""
    binary = require_binary("Xvfb")
    read, write = os.pipe()
    process = subprocess.Popen([binary, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                               pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            display = numbers.readline().strip()
        assert display, "Xvfb did not start"
        yield f":{display}"
    finally:
        process.kill()
        process.wait()


def display_env(display: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, **extra)
    return env


def mapped_windows(display: str) -> str:
    xwininfo = require_binary("xwininfo")
    return subprocess.run([xwininfo, "-display", display, "-root", "-tree"], capture_output=True, text=True,
                          timeout=30, check=False).stdout


def test_the_demo_window_maps_on_an_x_display(xvfb):
    """``scripts/demo`` as the README says, on Xvfb: the main window maps; SIGTERM closes it cleanly."""
    title = f"{APP_NAME} — Demo (simulated pool)"
    demo = subprocess.Popen([str(ROOT / "scripts" / "demo")], cwd=ROOT, env=display_env(xvfb),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while title not in mapped_windows(xvfb):
            assert demo.poll() is None, f"the demo exited ({demo.returncode}): {demo.stderr.read()}"
            assert time.monotonic() < deadline, "the main window never mapped"
            time.sleep(0.5)
        info = subprocess.run([require_binary("xwininfo"), "-display", xvfb, "-name", title], capture_output=True,
                              text=True, timeout=30, check=False).stdout
        assert "Map State: IsViewable" in info, info
    finally:
        demo.send_signal(signal.SIGTERM)
        try:
            _, err = demo.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            demo.kill()
            _, err = demo.communicate()
    assert demo.returncode == 0, err
    assert "Could not load the Qt platform plugin" not in err


def shadow_pyside(root: Path, *, without: str) -> Path:
    """A PySide6 whose Qt library folder lacks ``without``: links to the installed one, except the files Qt
    resolves its own folders from (libQt6Core, the xcb plugin), which are copied so their $ORIGIN is here."""
    real = Path(PySide6.__file__).parent

    def mirror(source: Path, target: Path, into: dict[str, dict], copies: set[str]) -> None:
        target.mkdir(parents=True)
        for entry in source.iterdir():
            if entry.name in into:
                mirror(entry, target / entry.name, into[entry.name], copies)
            elif entry.name in copies:
                (target / entry.name).write_bytes(entry.read_bytes())
            elif entry.name != without:
                (target / entry.name).symlink_to(entry)

    mirror(real, root / "PySide6", {"Qt": {"lib": {}, "plugins": {"platforms": {}}}},
           {"libQt6Core.so.6", "libqxcb.so"})
    return root


def test_missing_xcb_libraries_are_named_before_qt_would_abort(tmp_path, xvfb):
    """Qt's xcb plugin with a library the linker cannot find: Qt itself aborts (checked first), the app instead
    names the library and the packages and exits 1."""
    shadow = shadow_pyside(tmp_path, without="libQt6XcbQpa.so.6")
    env = display_env(xvfb, PYTHONPATH=os.pathsep.join([str(shadow), str(ROOT)]))
    qt_alone = subprocess.run([sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"],
                              capture_output=True, text=True, timeout=120, env=env)
    assert qt_alone.returncode != 0 and "Could not load the Qt platform plugin" in qt_alone.stderr, qt_alone
    result = subprocess.run([sys.executable, "main.py", "--demo"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("Cannot open the window: the X display libraries Qt needs are missing "
                                    "(libQt6XcbQpa.so.6)."), result.stderr
    assert "Debian/Ubuntu: sudo apt-get install" in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr


def test_the_message_names_each_distributions_packages():
    missing = Missing(("libxcb-icccm.so.4", "libxcb-cursor.so.0", "libxcb-shape.so.0", "libxcb-randr.so.0"))
    lines = missing.message().splitlines()
    assert lines[2] == "  Debian/Ubuntu: sudo apt-get install libxcb-icccm4 libxcb-cursor0 libxcb-shape0 libxcb-randr0"
    assert lines[3] == "  Fedora: sudo dnf install xcb-util-wm xcb-util-cursor libxcb"
    assert lines[4] == "  Arch: sudo pacman -S xcb-util-wm xcb-util-cursor libxcb"


def test_ldd_output_is_read_for_what_is_not_found():
    output = ("\tlinux-vdso.so.1 (0x00007ffd)\n\tlibxcb-icccm.so.4 => not found\n"
              "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)\n\tlibxcb-cursor.so.0 => not found\n")
    assert not_found_in(output) == ["libxcb-icccm.so.4", "libxcb-cursor.so.0"]


@pytest.mark.parametrize(("environ", "xcb"), [
    ({"DISPLAY": ":0"}, True),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
    ({}, False),
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
])
def test_the_check_runs_only_where_qt_would_load_xcb(environ, xcb):
    assert will_use_xcb(environ) is (xcb and sys.platform.startswith("linux"))
