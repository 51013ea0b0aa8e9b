"""``main.py --demo --screenshot FILE [--select NAME] [--tab TAB] [--theme dark]``: the real window, grabbed
once it shows what was asked, for documentation and visual review; and light and dark themes."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage, QPalette

from xencenter.views import theme
from xencenter.views.tabs.widgets import PageHeader

ROOT = Path(__file__).resolve().parents[1]


def shoot(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "main.py", "--demo", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=180, env=env)


def lightness(image: QImage, x: int, y: int) -> int:
    return image.pixelColor(x, y).lightness()


def area_lightness(image: QImage, x: int, y: int, half: int = 20) -> float:
    """The median lightness of the square of side 2 * ``half`` around (x, y)."""
    return statistics.median(lightness(image, i, j) for i in range(x - half, x + half, 4)
                             for j in range(y - half, y + half, 4))


def test_a_screenshot_of_a_vms_tab_in_both_themes(tmp_path):
    light, dark = tmp_path / "light.png", tmp_path / "dark.png"
    for path, extra in ((light, ()), (dark, ("--theme", "dark"))):
        result = shoot("--screenshot", str(path), "--select", "web 29", "--tab", "Performance", *extra)
        assert result.returncode == 0, result.stderr
    pictures = {name: QImage(str(path)) for name, path in (("light", light), ("dark", dark))}
    for image in pictures.values():
        assert (image.width(), image.height()) == (1280, 800)
    # the tree's background, below its last row, and the tab's page: white paper in light, dark in dark
    assert lightness(pictures["light"], 150, 500) > 200 and lightness(pictures["dark"], 150, 500) < 80
    # the graphs' paper: the median of an area, as a curve may cross any one pixel
    assert area_lightness(pictures["light"], 800, 400) > 200 and area_lightness(pictures["dark"], 800, 400) < 80


def test_the_tab_is_named_in_english_whatever_the_language(tmp_path):
    path = tmp_path / "zh.png"
    result = shoot("--screenshot", str(path), "--select", "web 29", "--tab", "Snapshots", "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert QImage(str(path)).width() == 1280


@pytest.mark.parametrize(("args", "words"), [
    (("--select", "nothing-like-this"), "error: no VM, server, pool, SR or network called 'nothing-like-this'"),
    (("--select", "web 29", "--tab", "Nonsense"), "error: no tab called 'Nonsense' for this selection (its tabs: "
                                                  "General, Memory, Storage, Networking, Console, Performance, "
                                                  "Snapshots, Search, Events)"),
])
def test_what_cannot_be_shown_is_said_in_words(tmp_path, args, words):
    result = shoot("--screenshot", str(tmp_path / "x.png"), *args)
    assert (result.returncode, result.stderr.strip().splitlines()[-1]) == (1, words)
    assert not (tmp_path / "x.png").exists()


def test_a_missing_folder_is_said_in_words(tmp_path):
    target = tmp_path / "no" / "x.png"
    result = shoot("--screenshot", str(target))
    assert (result.returncode, result.stderr.strip().splitlines()[-1]) == (
        1, f"error: cannot write {target}: the folder {target.parent} does not exist")


def test_select_without_screenshot_is_a_usage_error():
    result = shoot("--select", "web 29")
    assert result.returncode == 2 and "--select and --tab go with --screenshot" in result.stderr


def test_themed_widgets_follow_a_scheme_change(qtbot):
    """The page header's band is restyled when the palette turns dark and back (as when the desktop switches)."""
    app = QGuiApplication.instance()
    original = app.palette()
    header = PageHeader("General")
    qtbot.addWidget(header)
    try:
        theme.apply_theme(app, "light")
        assert theme.LIGHT_COLOURS["band_top"] in header.styleSheet() and not theme.is_dark()
        theme.apply_theme(app, "dark")
        assert theme.is_dark() and app.palette().color(QPalette.ColorRole.Base).lightness() < 80
        qtbot.waitUntil(lambda: theme.DARK_COLOURS["band_top"] in header.styleSheet(), timeout=5000)
        theme.apply_theme(app, "light")
        qtbot.waitUntil(lambda: theme.LIGHT_COLOURS["band_top"] in header.styleSheet(), timeout=5000)
    finally:
        app.setPalette(original)
