"""What every ``main.py`` subcommand shares: errors in words, the connection options, and one way to connect.

A subcommand connects exactly as the window does: a ``Connection`` owned by the context's
``ConnectionManager`` logs in (following a pool member to its coordinator), fills the cache from
``event.from`` and keeps it current, driven by a Qt core event loop (no window, no display). It never asks
anything: a certificate that is neither trusted by the system nor pinned (``--fingerprint`` for this run, or
trusted earlier in the window) is refused with its SHA-256 fingerprint in the message.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from xencenter.connection import Connection
    from xencenter.model.tree import Source
    from xencenter.operations.context import AppContext

CONNECT_TIMEOUT = 120.0  # login and the first fill of a big pool


class CliError(Exception):
    """A failure of the command line, already in words for stderr (exit status 1)."""


class UsageError(CliError):
    """The command line itself is wrong (exit status 2)."""


def read_password(path: str) -> str:
    """The first line of a password file (the password never appears on the command line)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read the password file {path}: {exc.strerror or exc}") from None
    return text.splitlines()[0] if text else ""


def connection_arguments(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    group = parser.add_argument_group("connection")
    group.add_argument("--server", required=required, help="https://host[:port] (or host; http:// for no TLS)")
    group.add_argument("--user", default="root")
    group.add_argument("--password-file", required=required, help="a file whose first line is the password")
    group.add_argument("--fingerprint", help="SHA-256 of the server certificate to trust for this run")


def note(text: str) -> None:
    print(text, file=sys.stderr)


def qt_app() -> Any:
    """The core application that drives connections and background work (no window)."""
    from PySide6.QtCore import QCoreApplication

    from xencenter.views.collector import collect_on_ui_thread

    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication(["xencenter"])
        collect_on_ui_thread(app)
    return app


def wait_until(predicate: Callable[[], bool], timeout: float | None) -> bool:
    """Run the event loop until ``predicate()`` holds (True) or ``timeout`` seconds pass (False)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = None if timeout is None else time.monotonic() + timeout
    while not predicate():
        if deadline is not None and time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return True


def connect(context: AppContext, args: argparse.Namespace) -> Connection:
    """Log in to ``--server`` with ``--user``, ``--password-file`` and ``--fingerprint`` (see ``connect_to``)."""
    return connect_to(context, args.server, args.user, read_password(args.password_file), args.fingerprint)


def read_pools(context: AppContext, servers: list[str], user: str, password: str,
               fingerprints: list[str | None]) -> list[Source]:
    """Connect to each server, take its filled cache and log out: the tree's sources, named as it names them."""
    from xencenter.model.tree import Source, pool_display_name

    sources = []
    for server, fingerprint in zip(servers, fingerprints, strict=True):
        connection = connect_to(context, server, user, password, fingerprint)
        try:
            pool = connection.cache.pool()
            name = pool_display_name(pool) if pool is not None else server
            sources.append(Source(server, name, connection.cache))
        finally:
            connection.shutdown(10)
    return sources


def connect_to(context: AppContext, server: str, user: str, password: str, fingerprint: str | None) -> Connection:
    """Log in to ``server`` and fill the cache; raises CliError in words on every failure."""
    from xencenter.connection import ConnectionState
    from xencenter.xenapi.address import ServerAddress

    qt_app()
    try:
        address = ServerAddress.parse(server)
    except ValueError as exc:
        raise UsageError(f"--server: {exc}") from None
    trust = context.settings.trust
    if fingerprint:
        try:
            trust.pin_for_run(address, fingerprint)
        except ValueError as exc:
            raise UsageError(f"--fingerprint: {exc}") from None
    if not address.secure:
        note(f"warning: {server} is plain HTTP: the password and everything else travel unencrypted")
    connection = context.connections.create(address, user)
    context.connections.adopt(connection)
    problems: list[str] = []
    url = server

    def shown(where: str) -> str:
        """The address as the user typed it when it is the one refused (a member's otherwise)."""
        try:
            return url if ServerAddress.parse(where, default_port=address.port) == address else where
        except ValueError:
            return where

    def unknown(where: str, info: Any) -> None:
        given = trust.pinned_for_run(address)
        if shown(where) != url and given is not None and given == info.sha256:
            # the coordinator we were taken to presents the very certificate the user vouched for
            connection.trust_certificate(where, info.sha256, for_run=True)
            return
        run_again = "--fingerprint " + info.sha256
        if shown(where) != url:  # the coordinator: a fingerprint for the member's address would not reach it
            run_again = f"--server {_url_of(address, where)} " + run_again
        problems.append(
            f"refusing {shown(where)}: its certificate is not trusted (subject {info.subject}).\n"
            f"SHA-256 fingerprint: {info.sha256}\n"
            "If this is the host's certificate (on the host: openssl x509 -noout -fingerprint -sha256 "
            "-in /etc/xensource/xapi-ssl.pem), run again with " + run_again)

    def changed(where: str, expected: str, info: Any) -> None:
        actual = info.sha256 if info is not None else "(could not be read)"
        run_pin = trust.pinned_for_run(where)
        where = shown(where)
        if run_pin:
            problems.append(f"refusing {where}: its certificate does not match the fingerprint given "
                            f"(--fingerprint {expected}); it presented {actual}")
        else:
            problems.append(f"refusing {where}: its certificate changed (expected SHA-256 {expected}, got {actual})")

    connection.certificate_unknown.connect(unknown)
    connection.certificate_changed.connect(changed)
    connection.authentication_failed.connect(lambda _: problems.append(f"{url}: wrong user name or password"))
    redirects: set[tuple[str, str]] = set()

    def redirected(member: str, coordinator: str) -> None:
        if (member, coordinator) not in redirects:  # once, though a retry after a certificate is trusted logs in again
            redirects.add((member, coordinator))
            note(f"note: {member} is a pool member; connected to its coordinator {coordinator}")

    connection.redirected.connect(redirected)
    connection.start(password)
    done = wait_until(lambda: connection.state in (ConnectionState.CONNECTED, ConnectionState.DISCONNECTED),
                      CONNECT_TIMEOUT)
    if connection.state is ConnectionState.CONNECTED:
        return connection
    reason = connection.reason
    connection.shutdown(5)
    context.connections.remove(connection)
    if problems:
        raise CliError(problems[0])
    if not done:
        raise CliError(f"cannot reach {url}: no answer after {CONNECT_TIMEOUT:g} s")
    raise CliError(f"cannot reach {url}: {reason}")


def _url_of(typed: Any, where: str) -> str:
    """``where`` (host:port of a pool host) as a URL with the scheme the user typed."""
    return f"{'https' if typed.secure else 'http'}://{where}"


def run_guarded(body: Callable[[], int]) -> int:
    """Errors in words on stderr, one style: ``error: ...``; exit 1 (2 for usage errors)."""
    try:
        return body()
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 1
