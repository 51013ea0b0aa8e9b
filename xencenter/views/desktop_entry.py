"""``xencenter --install-desktop-entry``: the application menu entry for this user (XDG: a ``.desktop`` file,
AppStream metadata, the icon as SVG and in hicolor's standard PNG sizes), pointing at the command that ran us.

In ``views`` because the PNG sizes are drawn from the SVG with Qt's renderer (no icon tool to depend on).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from xencenter import __version__
from xencenter.views.icons import ICON_DIR

APP_ID = "io.github.xencenter.XenCenter"
DESKTOP_DIR = Path(__file__).resolve().parents[1] / "resources" / "desktop"
APP_ICON = ICON_DIR / "pool.svg"  # the window's icon too (icons.app_icon)
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _quoted(argument: str) -> str:
    """An Exec argument as the Desktop Entry spec quotes it."""
    if not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def launch_command(argv0: str = sys.argv[0]) -> list[str]:
    """How the entry starts the app: the installed ``xencenter`` script that ran us, else this Python with the
    checkout's ``main.py``."""
    path = Path(argv0).resolve()
    if path.name == "xencenter" and path.is_file():
        return [str(path)]
    installed = shutil.which("xencenter")
    if path.suffix != ".py" and installed:
        return [str(Path(installed).resolve())]
    return [sys.executable, str(path)]


def _render_png(size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(APP_ICON)).render(painter)
    painter.end()
    if not image.save(str(target)):  # PNG, from the name
        raise OSError(f"cannot write {target}")


def install_desktop_entry(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the entry, metadata and icons under ``home`` (XDG_DATA_HOME); return the files written."""
    home = home or data_home()
    words = {"@APP_ID@": APP_ID, "@VERSION@": __version__,
             "@EXEC@": " ".join(_quoted(a) for a in (command or launch_command()))}
    written: list[Path] = []

    def write(target: Path, template: str) -> None:
        text = (DESKTOP_DIR / template).read_text(encoding="utf-8")
        for key, value in words.items():
            text = text.replace(key, value)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
        written.append(target)

    write(home / "applications" / f"{APP_ID}.desktop", "app.desktop.in")
    write(home / "metainfo" / f"{APP_ID}.metainfo.xml", "app.metainfo.xml.in")
    icons = home / "icons" / "hicolor"
    svg = icons / "scalable" / "apps" / f"{APP_ID}.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(APP_ICON, svg)
    written.append(svg)
    for size in PNG_SIZES:
        png = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        png.parent.mkdir(parents=True, exist_ok=True)
        _render_png(size, png)
        written.append(png)
    _refresh_caches(home)
    return written


def _refresh_caches(home: Path) -> None:
    """Tell the desktop where it can be told (both tools are optional: menus also rescan by themselves)."""
    for command in (["update-desktop-database", "-q", str(home / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", str(home / "icons" / "hicolor")]):
        binary = shutil.which(command[0])
        if binary is not None:
            subprocess.run([binary, *command[1:]], capture_output=True, timeout=60, check=False)


def main() -> int:
    """The ``--install-desktop-entry`` option: Qt draws offscreen, so it works without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] or "xencenter"])
    try:
        written = install_desktop_entry()
    except OSError as exc:
        print(f"error: cannot install the desktop entry: {exc}", file=sys.stderr)
        return 1
    print(f"{APP_ID}.desktop installed; it appears in the application menu. Files written:")
    for path in written:
        print(f"  {path}")
    return 0
