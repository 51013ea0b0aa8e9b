"""Helpers of the console view tests: the simulator's text console read back as text, screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.console.textscreen import screen_text
from xencenter.console.widget import ConsoleWidget

SHOTS = Path("/tmp/shots")
HIDDEN_DELAY = 0.4  # the page's disconnect delay in these tests, seconds


def running_vms(live) -> list:
    """The running Linux guests: their consoles show the simulator's login prompt (a Windows guest's shows
    its sign-in screen, see test_console_tab)."""
    return sorted((vm for vm in live.cache.all("VM") if vm.is_real_vm and vm.power_state == "Running"
                   and vm.platform.get("viridian") != "true"), key=lambda v: v.name)


def screen(console: ConsoleWidget) -> list[str]:
    """The console picture read back as text (the simulator's font)."""
    video = console._video
    return screen_text(video.as_rgba()) if video is not None else []


def last_line(console: ConsoleWidget) -> str:
    """The last line with text on the console ("" on a blank screen)."""
    return next((line for line in reversed(screen(console)) if line), "")


def wait_prompt(qtbot, console: ConsoleWidget, text: str, timeout: int = 15000) -> None:
    qtbot.waitUntil(lambda: console.state == "connected" and any(text in line for line in screen(console)),
                    timeout=timeout)


def shoot(widget, name: str) -> Path:
    """Save /tmp/shots/console-<name>.png (for a human look)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = SHOTS / f"console-{name}.png"
    image = widget.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert len(colours) > 3, "blank screenshot"
    assert image.save(str(path))
    return path


def console_visible(panel) -> bool:
    """The panel's picture is really on screen (a widget taken from a stack stays hidden unless shown)."""
    return panel.isVisible() and panel.console.display.isVisible() and panel.console.display.width() > 100
