"""Installed like a desktop app: a wheel built from the checkout gives a ``xencenter`` command that works with no
checkout in sight (icons, desktop files, the schema and the compiled translations inside the wheel), and ``--install-desktop-entry``
puts the app in this user's application menu."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.xencenter.XenCenter"


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, (command, result.stdout, result.stderr)
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtualenv holding the wheel (its dependencies borrowed from this one); returns its bin folder."""
    where = tmp_path_factory.mktemp("install")
    source = where / "source"  # a copy: building in the checkout would leave build/ and egg-info in it
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "tests",
                                                                "__pycache__", "node_modules", "bench"))
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(where / "dist"),
         str(source)], cwd=where)
    wheel, = (where / "dist").glob("xencenter-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        compiled = sorted(name for name in archive.namelist() if name.startswith("xencenter/i18n/"))
    assert compiled == ["xencenter/i18n/xencenter_ja.qm", "xencenter/i18n/xencenter_zh_CN.qm"], \
        "the build compiles every .ts into the wheel (setup.py), and ships no .ts"
    venv = where / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=where)
    python = venv / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
         str(wheel)], cwd=where)
    site = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                    cwd=where).stdout.strip())
    # PySide6, requests...: this environment's packages, after the wheel's (a plain path: no editable finder)
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv / "bin"


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "XENCENTER_CONFIG_DIR")}
    env.update(QT_QPA_PLATFORM="offscreen", **extra)
    return env


def test_the_wheel_runs_without_the_checkout(installed, tmp_path):
    found = run([str(installed / "python"), "-c",
                 "import xencenter, xencenter.schema as s, xencenter.views.icons as i, xencenter.views.desktop_entry as d;"
                 "print(xencenter.__file__); print(len(list(i.ICON_DIR.glob('*.svg'))));"
                 "print(len(s.classes()));"
                 "print(sorted(p.name for p in d.DESKTOP_DIR.iterdir()))"],
                cwd=tmp_path, env=clean_env()).stdout.splitlines()
    assert found[0].startswith(str(installed.parent)), found
    assert int(found[1]) == len(list((ROOT / "xencenter" / "resources" / "icons").glob("*.svg")))
    assert int(found[2]) > 50, "the XenAPI schema's classes"
    assert found[3] == "['app.desktop.in', 'app.metainfo.xml.in']"
    chinese = run([str(installed / "python"), "-c",
                   "from PySide6.QtCore import QCoreApplication as C; from xencenter.views import language as l;"
                   "app = C([]); print(l.translation_file('zh_CN')); l.install_language(app, 'zh_CN');"
                   "print(C.translate('Menus', '&File'))"], cwd=tmp_path, env=clean_env()).stdout.splitlines()
    assert chinese == [str(Path(found[0]).parent / "i18n" / "xencenter_zh_CN.qm"), "文件(&F)"], \
        "the wheel's own .qm, not one compiled at start"
    usage = run([str(installed / "xencenter"), "--help"], cwd=tmp_path, env=clean_env()).stdout
    assert usage.startswith("usage: main.py [--demo]") and "--install-desktop-entry" in usage


def test_install_desktop_entry_puts_the_app_in_the_menu(installed, tmp_path):
    home = tmp_path / "share"
    out = run([str(installed / "xencenter"), "--install-desktop-entry"], cwd=tmp_path,
              env=clean_env(XDG_DATA_HOME=str(home))).stdout
    assert out.startswith(f"{APP_ID}.desktop installed")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(home / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "XenCenter for everyone"
    assert desktop["Exec"] == str((installed / "xencenter").resolve()) and desktop["Icon"] == APP_ID
    assert "@" not in "".join(desktop.values())
    metainfo = (home / "metainfo" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo and '<release version="0.1.0"/>' in metainfo
    import xml.etree.ElementTree as ElementTree

    assert ElementTree.fromstring(metainfo.encode()).find("launchable").text == f"{APP_ID}.desktop"
    from PySide6.QtGui import QImage

    for size in (16, 22, 24, 32, 48, 64, 128, 256):
        image = QImage(str(home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        drawn = sum(image.pixelColor(x, y).alpha() > 0 for x in range(size) for y in range(size))
        assert drawn > size * size // 3, "the icon is drawn, not blank"
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == \
        (ROOT / "xencenter" / "resources" / "icons" / "pool.svg").read_bytes()
