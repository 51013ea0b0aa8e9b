"""Entry points: the window (``python main.py [--demo] [server ...]``), and the command line
(``xencenter/cli``: ``tree``, ``show``, ``commands``, ``run``, ``screenshot``).

Demo mode runs the simulator as a child process on a free loopback port with a synthetic pool, pins its
certificate in a temporary settings directory (the user's settings, trust and keyring are never touched),
connects without a dialog, and stops the simulator on exit.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xencenter import APP_NAME, give_way
from xencenter.sim.process import SimProcess

log = logging.getLogger(__name__)

DEMO_USER, DEMO_PASSWORD = "root", "xenroot"


# ---- the demo simulator -------------------------------------------------------------------------------------


def start_demo_sim(hosts: int = 4, vms: int = 40) -> SimProcess:
    """The ``--demo`` pool: a simulator tied to our stdin pipe, so it dies with the window even on kill -9."""
    return SimProcess.start(["--hosts", str(hosts), "--vms", str(vms), "--port", "0"], lifeline=True)


# ---- the window ---------------------------------------------------------------------------------------------


def gui_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="main.py", description=APP_NAME)
    parser.add_argument("--demo", action="store_true", help="run against a simulated pool")
    parser.add_argument("--demo-hosts", type=int, default=4, help=argparse.SUPPRESS)
    parser.add_argument("--demo-vms", type=int, default=40, help=argparse.SUPPRESS)
    parser.add_argument("--theme", choices=("light", "dark"), help="colours (default: the desktop's)")
    parser.add_argument("--lang", choices=("en", "zh_CN", "ja"),
                        help="the window's language for this run (default: Options > Language, else the system's)")
    parser.add_argument("--screenshot", metavar="FILE", type=Path,
                        help="save a picture of the window once connected, then exit")
    parser.add_argument("--select", metavar="NAME", help="with --screenshot: the VM, server, pool, SR or network")
    parser.add_argument("--tab", metavar="TAB", help="with --screenshot: the tab to show (General, Storage...)")
    parser.add_argument("servers", nargs="*", help="servers to connect to (host[:port])")
    args = parser.parse_args(list(argv))
    if (args.select or args.tab) and not args.screenshot:
        parser.error("--select and --tab go with --screenshot")
    from xencenter.display_check import check_display_libraries

    problem = check_display_libraries()  # before Qt, which would abort the process on a missing library
    if problem:
        print(problem, file=sys.stderr)
        return 1
    demo_dir = tempfile.mkdtemp(prefix="xencenter-demo-") if args.demo else None
    _start_logging(demo_dir)
    app = _application(args.theme)
    launch = build_window(demo_dir, args.demo_hosts, args.demo_vms, args.servers, language=args.lang)
    if args.theme is None and launch.window.context.settings.options.display.theme:
        from xencenter.views.theme import apply_theme

        apply_theme(app, launch.window.context.settings.options.display.theme)  # the Options dialog's choice
    app.aboutToQuit.connect(launch.stop)
    _close_on_signals(launch.window)
    shot = None
    if args.screenshot:
        from xencenter.views.screenshot_run import ScreenshotRequest, ScreenshotRun

        launch.window.resize(1280, 800)
        shot = ScreenshotRun(launch.window, ScreenshotRequest(args.screenshot, args.select, args.tab))
    try:
        launch.window.show()
        launch.start()
        if shot is not None:
            shot.start()
        code = app.exec()
        return shot.exit_code if shot is not None else code
    finally:
        launch.stop()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def _start_logging(demo_dir: str | None) -> None:
    """The terminal gets warnings (everything with XENCENTER_DEBUG), the application log file the rest."""
    from xencenter.operations import applog

    logging.basicConfig(level=logging.INFO if os.environ.get("XENCENTER_DEBUG") else logging.WARNING,
                        format="%(asctime)s %(name)s: %(message)s")
    if demo_dir is not None:
        os.environ.setdefault(applog.LOG_DIR_ENV, os.path.join(demo_dir, "log"))  # the demo leaves nothing behind
    applog.install()


def _application(theme: str | None) -> Any:
    """The QApplication: name, desktop entry, Fusion on Linux, the theme, objects collected on the UI thread, workers
    giving way to it."""
    from PySide6.QtWidgets import QApplication

    from xencenter.views.collector import collect_on_ui_thread
    from xencenter.views.desktop_entry import APP_ID
    from xencenter.views.theme import apply_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] if sys.argv else "xencenter"])
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # the menu entry's icon and name for this window (Wayland's app id too)
    collect_on_ui_thread(app)
    give_way.claim()  # this thread is the UI thread: workers give way to its big updates
    if sys.platform.startswith("linux"):
        app.setStyle("Fusion")  # the same clean look on every desktop
    apply_theme(app, theme)
    return app


@dataclass
class Launch:
    """A built window; ``start()`` once it shows (connects), ``stop()`` at exit (stops the demo simulator)."""

    window: Any
    start: Callable[[], None]
    stop: Callable[[], None]
    demo_servers: list[SimProcess]


def _close_on_signals(window: Any) -> None:
    """Ctrl+C and SIGTERM close the window like the user would (logging out of every server); Python only
    sees signals between Qt events, hence the idle tick."""
    import signal

    from PySide6.QtCore import QTimer

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: QTimer.singleShot(0, window.close))
    tick = QTimer(window)
    tick.timeout.connect(lambda: None)
    tick.start(300)


def build_window(demo_dir: str | None = None, demo_hosts: int = 4, demo_vms: int = 40,
                 servers: Sequence[str] = (), language: str | None = None) -> Launch:
    """The main window over the saved servers, or over a demo pool when ``demo_dir`` (a throwaway settings
    directory) is given, in ``language`` (None: Options > Language's). Separate from ``gui_main`` so that tests
    build exactly the same window."""
    import keyring.backends.null
    from PySide6.QtWidgets import QApplication, QMessageBox

    from xencenter.operations.background import run_in_background
    from xencenter.operations.context import make_context
    from xencenter.settings import CONFIG_DIR_ENV, SavedServer, Settings
    from xencenter.views.dialogs import WindowDialogs
    from xencenter.views.language import install_language, resolved
    from xencenter.views.locale_formats import install_locale_formats
    from xencenter.views.main_window import MainWindow
    from xencenter.views.prompts import DialogPrompter
    from xencenter.xenapi.address import ServerAddress

    if demo_dir is not None:
        from xencenter import netguard

        netguard.install()  # the demo pool is on this machine: nothing may reach the user's network
        os.environ[CONFIG_DIR_ENV] = demo_dir  # nothing of this run may reach the user's settings
        settings = Settings.load(Path(demo_dir), keyring_backend=keyring.backends.null.Keyring())
    else:
        settings = Settings.load()
    context = make_context(settings, DialogPrompter(), WindowDialogs(), demo=demo_dir is not None)
    app = QApplication.instance()
    if app is not None:  # before the window: its texts are translated as they are made
        chosen = settings.options.display.language if language is None else language
        install_language(app, chosen)
        install_locale_formats(resolved(chosen))
    window = MainWindow(context)
    demo: list[SimProcess] = []

    def start_saved() -> None:
        context.connections.restore_saved()
        for text in servers:
            try:
                address = ServerAddress.parse(text)
            except ValueError as exc:
                context.prompter.show_error("Not a server address", str(exc))
                continue
            known = context.connections.find(address)
            if known is None or known.state.value == "disconnected":
                window.connect_server(known, SavedServer(str(address)))
                break  # one dialog at a time

    def start_demo() -> None:
        window.statusBar().showMessage("Starting the demo pool…")

        def connect(server: SimProcess) -> None:
            demo.append(server)
            address = ServerAddress.parse(server.url)
            if server.fingerprint:
                settings.trust.trust(address, server.fingerprint)
            settings.servers.upsert(SavedServer(str(address), DEMO_USER, "Demo pool"))
            connection = context.connections.create(address, DEMO_USER)
            context.connections.adopt(connection, "Demo pool")
            connection.start(DEMO_PASSWORD)
            window.statusBar().clearMessage()

        run_in_background(lambda: start_demo_sim(demo_hosts, demo_vms), on_success=connect,
                          on_failure=lambda exc: context.prompter.show_error("The demo pool did not start",
                                                                             str(exc)))

    def stop_demo() -> None:
        for server in demo:
            server.stop()

    def start() -> None:
        if demo_dir is not None:
            start_demo()  # the demo's throwaway settings have nothing worth a warning (no keyring on purpose)
            return
        for warning in settings.warnings:
            QMessageBox.warning(window, APP_NAME, warning)
        start_saved()

    return Launch(window, start, stop_demo, demo)


def main(argv: Sequence[str] | None = None) -> int:
    from xencenter import cli

    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in cli.SUBCOMMANDS:
        return cli.main(args)
    if args == ["--install-desktop-entry"]:
        from xencenter.views.desktop_entry import main as install_desktop_entry

        return install_desktop_entry()
    if args and args[0] in ("-h", "--help"):
        print(cli.usage())
        return 0
    return gui_main(args)
