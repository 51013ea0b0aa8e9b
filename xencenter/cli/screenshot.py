"""``main.py screenshot``: save a console picture as PNG, from a VNC server or a VM's (or host's) console.

    main.py screenshot --vnc HOST[:PORT] [--password-file F] [--user U] [--fingerprint SHA256]
                       [--require-encryption] --out FILE.png
    main.py screenshot --server URL [--user U] --password-file F [--fingerprint SHA256] --vm NAME --out FILE.png

A pool is reached as every subcommand reaches it (``cli.common.connect``: the same trust, redirects and words,
logged out at the end); the console is the one the Console tab would show (``model.consoles``). Every failure
is one ``error: ...`` line, exit status 1.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xencenter.cli.common import CliError, UsageError, connect, note, run_guarded

if TYPE_CHECKING:
    import numpy as np

    from xencenter.connection import Connection
    from xencenter.console.security import Security

PROG = "main.py screenshot"


def _vnc_trust(host: str, port: int, fingerprint: str | None) -> tuple[str | None, bool]:
    """The pin for a VNC server (``--fingerprint``, else the one the window saved) and whether unencrypted
    connections are refused (the window's option)."""
    from xencenter.console.security import address_text
    from xencenter.settings import Options, TrustStore, config_dir, normalize_fingerprint

    trust, options = TrustStore(config_dir()), Options(config_dir())
    for warning in (trust.load(), options.load()):
        if warning:
            note(f"warning: {warning}")
    if fingerprint:
        try:
            fingerprint = normalize_fingerprint(fingerprint)
        except ValueError as exc:
            raise UsageError(f"--fingerprint: {exc}") from None
    return fingerprint or trust.pinned(address_text(host, port)), options.console.refuse_unencrypted


def _machine(connection: Connection, name: str) -> Any:
    """The running VM (or live host) called ``name`` or with that UUID."""
    from xencenter.model.consoles import pick_console

    cache = connection.cache
    found = cache.find_by_uuid(name)
    if found is not None and found.cls in ("VM", "host"):
        candidates = [found]
    else:
        candidates = [vm for vm in cache.all("VM") if vm.is_real_vm and vm.name == name]
        candidates = candidates or [host for host in cache.all("host") if host.name == name]
    if not candidates:
        raise CliError(f"no VM or host called {name!r}")
    if len(candidates) > 1:
        raise CliError(f"{len(candidates)} VMs are called {name!r}: give the UUID instead")
    machine = candidates[0]
    if machine.cls == "VM" and machine.power_state != "Running":
        raise CliError(f"{name} is {machine.power_state.lower()}: it has no console")
    if pick_console(machine) is None:
        raise CliError(f"{name} has no graphical or text console")
    return machine


def _pool_picture(args: argparse.Namespace, context: Any) -> tuple[np.ndarray, Security]:
    from xencenter.console.capture import capture_console
    from xencenter.model.consoles import pick_console, tunnel_fingerprint

    connection = connect(context, args)
    try:
        console = pick_console(_machine(connection, args.vm))
        assert console is not None and connection.session is not None and connection.session.ref is not None
        location = connection.url_of(console.location)
        pin = tunnel_fingerprint(connection, location)
        return asyncio.run(capture_console(location, connection.session.ref, pin, args.timeout))
    finally:
        connection.shutdown(10)
        context.connections.remove(connection)


def _check_output(path: str) -> None:
    """Refuse before connecting when the picture could not be written."""
    folder = Path(path).resolve().parent
    if not folder.is_dir():
        raise CliError(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise CliError(f"cannot write {path}: the folder {folder} is not writable")


def screenshot_main(argv: list[str]) -> int:
    """Entry point of ``main.py screenshot``; returns the process exit status."""
    parser = argparse.ArgumentParser(prog=PROG, description="Save a console picture as PNG.")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--vnc", metavar="HOST[:PORT]", help="a VNC server (default port 5900)")
    target.add_argument("--server", metavar="URL", help="a XenServer / XCP-ng pool (with --vm)")
    parser.add_argument("--user", help="pool user (default root), or the user name of a VNC server's Plain login")
    parser.add_argument("--password-file", metavar="FILE", help="VNC or pool password (first line)")
    parser.add_argument("--fingerprint", metavar="SHA256", help="the server certificate's SHA-256 fingerprint")
    parser.add_argument("--require-encryption", action="store_true",
                        help="refuse a VNC server that offers no encryption (also a setting of the window)")
    parser.add_argument("--vm", metavar="NAME", help="VM name or UUID (a host name for the host's console)")
    parser.add_argument("--out", metavar="FILE.png", required=True)
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args(argv)
    if args.server and not (args.vm and args.password_file):
        parser.error("--server needs --vm and --password-file")

    def body() -> int:
        from xencenter.console.capture import capture_vnc, parse_vnc_address, read_password_file
        from xencenter.console.png import write_png
        from xencenter.console.protocol import RFBError
        from xencenter.console.security import CertificateUnknown

        _check_output(args.out)
        try:
            password = read_password_file(args.password_file) if args.password_file else None
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"cannot read the password file {args.password_file}: "
                           f"{getattr(exc, 'strerror', None) or exc}") from None
        try:
            if args.vnc:
                try:
                    host, port = parse_vnc_address(args.vnc)
                except ValueError:
                    raise UsageError(f"--vnc: not an address: {args.vnc!r}") from None
                pinned, refuse = _vnc_trust(host, port, args.fingerprint)
                picture, security = asyncio.run(capture_vnc(
                    host, port, password, args.timeout, username=args.user, pinned=pinned,
                    require_encryption=refuse or args.require_encryption))
            else:
                from xencenter.cli.inventory import cli_context

                args.user = args.user or "root"
                picture, security = _pool_picture(args, cli_context())
        except CertificateUnknown as exc:
            raise CliError(f"{exc}\nIf this is the server's certificate, run again with --fingerprint "
                           f"{exc.info.sha256}") from None
        except RFBError as exc:
            raise CliError(str(exc) or type(exc).__name__) from None
        try:
            write_png(args.out, picture)
        except OSError as exc:
            raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
        print(f"{args.out}: {picture.shape[1]}x{picture.shape[0]} ({security.summary})")
        return 0

    return run_guarded(body)
