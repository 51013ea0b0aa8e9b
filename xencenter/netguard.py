"""Loopback only: refuse, before anything is sent, every connection this process tries beyond 127.0.0.0/8 and ::1.

The demo, the simulator and the test suite must never touch the user's network: a simulated host's address,
a console location or a storage server named in a pool database could otherwise reach a real machine (the
demo once fetched performance data from a private address that something on the network answered).
``install()`` wraps the socket layer every client here goes through (``socket.socket.connect``,
``connect_ex``, ``sendto``, ``sendmsg`` and name resolution, which is what ``socket.create_connection``,
requests, ssl and asyncio use): a refused attempt raises ``OffLoopbackRefused`` (a ConnectionRefusedError,
so callers report it as a refused connection), is logged with the address and the calling code and, when the
environment names a report file (``REPORT_ENV``), appended to it, so that a test fails for an attempt made in
a subprocess or swallowed by an error handler.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
import sys
import threading
import traceback
from typing import Any

log = logging.getLogger(__name__)

#: A file every refusal is appended to (one line each), for processes started by tests.
REPORT_ENV = "XENCENTER_NETGUARD_REPORT"
#: Names that resolve to loopback without asking a DNS server.
LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
#: Where the interpreter's own modules and installed packages live: frames there are plumbing, not callers.
_PLUMBING = tuple({sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.dirname(os.__file__)})


class OffLoopbackRefused(ConnectionRefusedError):
    """A connection beyond loopback was refused by the guard (nothing was sent)."""


_installed = False
_lock = threading.Lock()
_original: dict[str, Any] = {}


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address literal or a local name) stays on this machine."""
    name = host.strip("[]").split("%", 1)[0].lower().rstrip(".")
    if name in LOCAL_NAMES or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


def caller() -> str:
    """The innermost frames of our own code that asked for the connection (``file:line (function)``)."""
    ours = [frame for frame in traceback.extract_stack()
            if not frame.filename.startswith(_PLUMBING) and frame.filename != __file__]
    return " < ".join(f"{frame.filename}:{frame.lineno} ({frame.name})" for frame in reversed(ours[-3:])) or "?"


def _refuse(what: str, where: str) -> OffLoopbackRefused:
    text = f"refused {what} {where}: this process may only reach loopback (127.0.0.0/8, ::1); asked by {caller()}"
    log.warning("%s", text)
    path = os.environ.get(REPORT_ENV)
    if path:
        try:
            with open(path, "a", encoding="utf-8") as report:
                report.write(f"pid {os.getpid()}: {text}\n")
        except OSError as exc:
            log.error("cannot write the network guard's report %s: %s", path, exc)
    return OffLoopbackRefused(f"connection to {where} refused: only loopback addresses may be reached here")


def _check_address(sock: socket.socket, address: Any, what: str) -> None:
    if sock.family not in (socket.AF_INET, socket.AF_INET6) or not isinstance(address, tuple) or not address:
        return  # Unix sockets and the like never leave the machine
    host = str(address[0])
    if not is_loopback(host):
        port = address[1] if len(address) > 1 else "?"
        shown = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        raise _refuse(what, shown)


def _check_name(host: Any) -> None:
    """Resolving a name asks a DNS server on the network: only local names and literals may be resolved."""
    if host is None:
        return
    text = host.decode() if isinstance(host, bytes) else str(host)
    if _is_literal(text) or is_loopback(text) or text == socket.gethostname():
        return
    if text.lower().rstrip(".").endswith(".invalid"):  # RFC 6761: never exists, answered without asking
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    raise _refuse("resolving", text)


def install() -> None:
    """Guard this process (idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
        cls = socket.socket
        _original.update(connect=cls.connect, connect_ex=cls.connect_ex, sendto=cls.sendto,
                         sendmsg=cls.sendmsg, getaddrinfo=socket.getaddrinfo,
                         gethostbyname=socket.gethostbyname, gethostbyname_ex=socket.gethostbyname_ex)

    def connect(self: socket.socket, address: Any) -> None:
        _check_address(self, address, "a connection to")
        return _original["connect"](self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        _check_address(self, address, "a connection to")
        return _original["connect_ex"](self, address)

    def sendto(self: socket.socket, data: Any, *args: Any) -> int:
        _check_address(self, args[-1], "sending to")
        return _original["sendto"](self, data, *args)

    def sendmsg(self: socket.socket, buffers: Any, *args: Any) -> int:
        if len(args) >= 3 and args[2] is not None:
            _check_address(self, args[2], "sending to")
        return _original["sendmsg"](self, buffers, *args)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        _check_name(host)
        return _original["getaddrinfo"](host, *args, **kwargs)

    def gethostbyname(host: str) -> str:
        _check_name(host)
        return _original["gethostbyname"](host)

    def gethostbyname_ex(host: str) -> Any:
        _check_name(host)
        return _original["gethostbyname_ex"](host)

    socket.socket.connect = connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign,assignment]
    socket.socket.sendto = sendto  # type: ignore[method-assign,assignment]
    socket.socket.sendmsg = sendmsg  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = getaddrinfo
    socket.gethostbyname = gethostbyname
    socket.gethostbyname_ex = gethostbyname_ex
