"""Before the window opens on an X display: are the system libraries Qt's xcb platform plugin loads there?

Without them Qt prints "Could not load the Qt platform plugin 'xcb'" and aborts the process, which a user on a
fresh machine cannot act on. We ask the dynamic linker first (``ldd`` on the plugin) and, when something is
missing, say which packages hold it on Debian/Ubuntu, Fedora and Arch, and exit with that message instead.
Qt-free on purpose: it runs before PySide6's GUI modules are imported.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: soname -> (Debian/Ubuntu, Fedora, Arch) package holding it
PACKAGES: dict[str, tuple[str, str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
    "libX11.so.6": ("libx11-6", "libX11", "libx11"),
    "libSM.so.6": ("libsm6", "libSM", "libsm"),
    "libICE.so.6": ("libice6", "libICE", "libice"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libglvnd"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "freetype2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "dbus"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
}
DISTRIBUTIONS = (("Debian/Ubuntu", "sudo apt-get install"), ("Fedora", "sudo dnf install"),
                 ("Arch", "sudo pacman -S"))
#: loaded by Qt 6.5+ at run time (dlopen), so the linker's view of the plugin may not name it
DLOPENED = ("libxcb-cursor.so.0",)

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


@dataclass(frozen=True)
class Missing:
    """What the xcb plugin needs and this machine lacks."""

    libraries: tuple[str, ...]

    def packages(self, distribution: int) -> list[str]:
        """The packages to install on ``DISTRIBUTIONS[distribution]`` (unknown sonames by name)."""
        names: list[str] = []
        for library in self.libraries:
            name = PACKAGES[library][distribution] if library in PACKAGES else library
            if name not in names:
                names.append(name)
        return names

    def message(self) -> str:
        lines = ["Cannot open the window: the X display libraries Qt needs are missing "
                 f"({', '.join(self.libraries)}).", "Install them and start again:"]
        for number, (distribution, install) in enumerate(DISTRIBUTIONS):
            lines.append(f"  {distribution}: {install} {' '.join(self.packages(number))}")
        lines.append("(Or run without a window: QT_QPA_PLATFORM=offscreen, or the command line: main.py --help.)")
        return "\n".join(lines)


def not_found_in(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` could not resolve."""
    return _NOT_FOUND.findall(ldd_output)


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin (the one Qt falls back to whatever else it is told), found without
    importing Qt's GUI."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def will_use_xcb(environ: Mapping[str, str] = os.environ) -> bool:
    """Qt picks xcb on Linux when asked to, or by default on an X display without Wayland."""
    if not sys.platform.startswith("linux"):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":", 1)[0].split(";", 1)[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def _loadable(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_libraries(plugin: Path | None = None) -> Missing | None:
    """What the xcb plugin cannot load here, or None when nothing is missing (or we cannot tell)."""
    plugin = plugin or xcb_plugin()
    missing: list[str] = []
    ldd = shutil.which("ldd")
    if plugin is not None and ldd is not None:
        try:
            result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False)
        except (OSError, subprocess.SubprocessError):
            result = None
        if result is not None:
            missing.extend(not_found_in(result.stdout))
    missing.extend(library for library in DLOPENED if library not in missing and not _loadable(library))
    return Missing(tuple(missing)) if missing else None


def check_display_libraries() -> str:
    """"" when the window can open (or will not use xcb), else the message to print before exiting."""
    if not will_use_xcb():
        return ""
    missing = missing_libraries()
    return missing.message() if missing else ""
