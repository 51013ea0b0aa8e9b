"""Entry points: the window (``python main.py [--demo] [server ...]``) and the command line
(``tree``, ``show``, ``screenshot``).

The command line reads a server exactly as the window does (one ``event.from`` fill into an ObjectCache) and
prints the same model the window shows: ``tree`` the navigation tree (``model/tree.py``), ``show`` the
General tab (``model/labels.py``). It never asks anything: a certificate that is neither trusted by the
system nor pinned (``--fingerprint``, or trusted earlier in the window) is refused with its SHA-256
fingerprint in the message. Errors go to stderr with exit status 1 (2 for usage errors).

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
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xencenter import APP_NAME
from xencenter.model.cache import ObjectCache
from xencenter.model.labels import general_sections
from xencenter.model.tree import (
    VIEWS,
    Source,
    TreeOptions,
    pool_display_name,
    render_text,
)
from xencenter.sim.process import SimProcess

log = logging.getLogger(__name__)

DEMO_USER, DEMO_PASSWORD = "root", "xenroot"
CLI_TIMEOUT = 60.0


class CliError(Exception):
    """A failure of the command line, already in words for stderr."""


# ---- reading a server (shared by tree and show) -------------------------------------------------------------


def _read_password(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read the password file {path}: {exc.strerror or exc}") from None
    return text.splitlines()[0] if text else ""


def load_server(url: str, user: str, password: str, fingerprint: str | None = None) -> tuple[ObjectCache, str]:
    """Log in, fill a cache from ``event.from`` and log out; returns the cache and the server's name.

    Without ``fingerprint`` the pins saved by the window apply; otherwise the system store decides.
    """
    from xencenter.settings import ServerAddress, TrustStore, config_dir
    from xencenter.xenapi.errors import (
        AuthenticationFailed,
        CertificateMismatch,
        CertificateUntrusted,
        TransportError,
        XenAPIError,
    )
    from xencenter.xenapi.session import login_following_coordinator

    trust = TrustStore(config_dir())
    warning = trust.load()
    if warning:
        print(f"warning: {warning}", file=sys.stderr)

    def pin_for(where: str) -> str | None:
        if fingerprint:
            return fingerprint
        try:
            return trust.pinned(ServerAddress.parse(where))
        except ValueError:
            return None

    try:
        session = login_following_coordinator(url, user, password, fingerprint_for=pin_for,
                                              timeout=CLI_TIMEOUT, connect_timeout=10.0)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    except CertificateUntrusted as exc:
        raise CliError(
            f"refusing {url}: its certificate is not trusted (subject {exc.info.subject}).\n"
            f"SHA-256 fingerprint: {exc.info.sha256}\n"
            "If this is the host's certificate (on the host: openssl x509 -noout -fingerprint -sha256 "
            "-in /etc/xensource/xapi-ssl.pem), run again with --fingerprint " + exc.info.sha256) from None
    except CertificateMismatch as exc:
        raise CliError(f"refusing {url}: its certificate changed (expected SHA-256 {exc.expected}, "
                       f"got {exc.actual})") from None
    except AuthenticationFailed:
        raise CliError(f"{url}: wrong user name or password") from None
    except TransportError as exc:
        raise CliError(f"cannot reach {url}: {exc}") from None
    except XenAPIError as exc:
        raise CliError(f"{url}: {exc}") from None
    try:
        batch = session.event_from(["*"], "", CLI_TIMEOUT)
        cache = ObjectCache()
        cache.apply(batch.events)
        try:
            server_time = session.call("host.get_servertime", session.xenapi.pool.get_master(
                session.xenapi.pool.get_all()[0]))
            from xencenter.model.values import parse_timestamp

            stamp = parse_timestamp(server_time)
            if stamp is not None:
                cache.server_time_offset = stamp - time.time()
        except XenAPIError:
            pass  # uptimes then use the local clock
    except XenAPIError as exc:
        raise CliError(f"{url}: {exc}") from None
    finally:
        try:
            session.logout()
        except XenAPIError:
            pass
        session.close()
    pool = cache.pool()
    return cache, pool_display_name(pool) if pool is not None else url  # type: ignore[arg-type]


def tree_text(cache: ObjectCache, name: str, view: str = "infrastructure",
              options: TreeOptions = TreeOptions()) -> str:
    return render_text(VIEWS[view]([Source("cli", name, cache)], options))


#: Where ``show NAME`` looks, in this order.
SHOWABLE = ("VM", "host", "pool", "SR", "network")


def find_objects(cache: ObjectCache, name: str) -> list:
    """Objects called ``name`` (or with that UUID); a nameless pool answers to its coordinator's name."""
    by_uuid = cache.find_by_uuid(name)
    if by_uuid is not None:
        return [by_uuid]
    found = []
    for cls in SHOWABLE:
        for obj in cache.all(cls):
            shown = pool_display_name(obj) if cls == "pool" else obj.name  # type: ignore[arg-type]
            if shown == name and not (cls == "pool" and not obj.name_label and cache.count("host") == 1):
                found.append(obj)
    return found


def general_text(obj) -> str:
    """The General tab as ``label: value`` lines (several lines of one value joined by ``; ``)."""
    lines = []
    for section in general_sections(obj):
        for row in section.rows:
            value = "; ".join(part for part in row.value.splitlines() if part)
            lines.append(f"{row.label}: {value}")
    return "\n".join(lines)


def _connection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", required=True, help="https://host[:port] (or host)")
    parser.add_argument("--user", default="root")
    parser.add_argument("--password-file", required=True, help="a file whose first line is the password")
    parser.add_argument("--fingerprint", help="SHA-256 of the server certificate to trust for this run")


def cli_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="main.py", description=f"{APP_NAME}: command line.")
    commands = parser.add_subparsers(dest="command", required=True)
    tree = commands.add_parser("tree", help="print the navigation tree")
    _connection_arguments(tree)
    tree.add_argument("--view", default="infrastructure",
                      choices=[v.replace("_", "-") for v in VIEWS])
    tree.add_argument("--default-templates", action="store_true", help="show the default templates")
    tree.add_argument("--hidden-objects", action="store_true", help="show hidden objects")
    tree.add_argument("--no-user-templates", action="store_true", help="hide custom templates")
    tree.add_argument("--no-local-srs", action="store_true", help="hide local storage")
    show = commands.add_parser("show", help="print the General tab of an object")
    show.add_argument("name", help="the object's name or UUID")
    _connection_arguments(show)
    args = parser.parse_args(list(argv))
    try:
        cache, name = load_server(args.server, args.user, _read_password(args.password_file), args.fingerprint)
        if args.command == "tree":
            options = TreeOptions(default_templates=args.default_templates, hidden_objects=args.hidden_objects,
                                  user_templates=not args.no_user_templates, local_srs=not args.no_local_srs)
            print(tree_text(cache, name, args.view.replace("-", "_"), options))
            return 0
        found = find_objects(cache, args.name)
        if not found:
            raise CliError(f"nothing called {args.name!r} on {args.server}")
        if len(found) > 1:
            listed = ", ".join(f"{o.cls} {o.uuid}" for o in found)
            raise CliError(f"several objects are called {args.name!r} ({listed}): give the UUID instead")
        print(general_text(found[0]))
        return 0
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


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
    parser.add_argument("servers", nargs="*", help="servers to connect to (host[:port])")
    args = parser.parse_args(list(argv))
    logging.basicConfig(level=logging.INFO if os.environ.get("XENCENTER_DEBUG") else logging.WARNING,
                        format="%(asctime)s %(name)s: %(message)s")

    from PySide6.QtWidgets import QApplication

    from xencenter.views.collector import collect_on_ui_thread

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "xencenter"])
    app.setApplicationName(APP_NAME)
    collect_on_ui_thread(app)
    if sys.platform.startswith("linux"):
        app.setStyle("Fusion")  # the same clean look on every desktop
    demo_dir = tempfile.mkdtemp(prefix="xencenter-demo-") if args.demo else None
    launch = build_window(demo_dir, args.demo_hosts, args.demo_vms, args.servers)
    app.aboutToQuit.connect(launch.stop)
    _close_on_signals(launch.window)
    try:
        launch.window.show()
        launch.start()
        return app.exec()
    finally:
        launch.stop()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


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
                 servers: Sequence[str] = ()) -> Launch:
    """The main window over the saved servers, or over a demo pool when ``demo_dir`` (a throwaway settings
    directory) is given. Separate from ``gui_main`` so that tests build exactly the same window."""
    import keyring.backends.null
    from PySide6.QtWidgets import QMessageBox

    from xencenter.connection import Connection
    from xencenter.operations.background import run_in_background
    from xencenter.operations.commands import default_commands
    from xencenter.operations.context import AppContext, ConnectionList
    from xencenter.operations.history import OperationHistory
    from xencenter.settings import CONFIG_DIR_ENV, SavedServer, ServerAddress, Settings
    from xencenter.views.main_window import MainWindow

    if demo_dir is not None:
        os.environ[CONFIG_DIR_ENV] = demo_dir  # nothing of this run may reach the user's settings
        settings = Settings.load(Path(demo_dir), keyring_backend=keyring.backends.null.Keyring())
    else:
        settings = Settings.load()
    context = AppContext(settings, ConnectionList(), OperationHistory(), prompter=None,  # type: ignore[arg-type]
                         commands=default_commands(), demo=demo_dir is not None)
    window = MainWindow(context)
    demo: list[SimProcess] = []

    def start_saved() -> None:
        for saved in settings.servers:
            connection = Connection(saved.server_address, saved.user, trust=settings.trust,
                                    pool_addresses=saved.pool_addresses)
            connection.pool_addresses_changed.connect(
                lambda addresses, a=saved.address: settings.servers.set_pool_addresses(a, addresses))
            context.connections.add(connection, saved.label)
            password = settings.passwords.get(saved.address, saved.user) if saved.reconnect_at_start else None
            if password:
                connection.start(password)
        for text in servers:
            try:
                address = ServerAddress.parse(text)
            except ValueError as exc:
                window.prompter.show_error("Not a server address", str(exc))
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
            connection = Connection(address, DEMO_USER, trust=settings.trust)
            context.connections.add(connection, "Demo pool")
            connection.start(DEMO_PASSWORD)
            window.statusBar().clearMessage()

        run_in_background(lambda: start_demo_sim(demo_hosts, demo_vms), on_success=connect,
                          on_failure=lambda exc: window.prompter.show_error("The demo pool did not start", str(exc)))

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
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("tree", "show"):
        return cli_main(args)
    if args and args[0] == "search":
        from xencenter.search_cli import search_main
        return search_main(args[1:])
    if args and args[0] == "screenshot":
        try:
            from xencenter.console.cli import screenshot_main
        except ImportError:
            print("error: the console screenshot command is not available in this build", file=sys.stderr)
            return 1
        return screenshot_main(args[1:])
    return gui_main(args)
