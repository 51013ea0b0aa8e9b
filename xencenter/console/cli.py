"""``main.py screenshot``: save a console picture as PNG, with the same client code as the Console tab.

    main.py screenshot --vnc HOST[:PORT] [--password-file F] [--user U] [--fingerprint SHA256]
                       [--require-encryption] --out FILE.png
    main.py screenshot --server URL [--user U] --password-file F [--fingerprint SHA256] --vm NAME --out FILE.png
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

import numpy as np

from .png import write_png
from .protocol import RFBError
from .rfb import Client, open_client
from .security import CertificateUnknown, Security, address_text
from .transport import open_console
from .vncauth import des_decrypt

# The fixed key with which vncpasswd obfuscates a password file (8 bytes, VNC's mirrored-bit DES key order).
_VNCPASSWD_KEY = bytes([23, 82, 107, 6, 35, 78, 88, 7])


def read_password_file(path: str | Path) -> str:
    """A password file: plain text (first line), or the 8-byte obfuscated format ``vncpasswd -f`` writes."""
    data = Path(path).read_bytes()
    if len(data) == 8 and not data.isascii():
        return des_decrypt(_VNCPASSWD_KEY, data).rstrip(b"\0").decode("latin-1")
    text = data.decode("utf-8")
    return text.splitlines()[0] if text else ""


def parse_vnc_address(address: str) -> tuple[str, int]:
    """``host``, ``host:port``, ``[v6]:port`` -> (host, port); the default port is 5900."""
    if address.startswith("["):
        host, _, rest = address[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") else 5900
    host, sep, port = address.rpartition(":")
    if not sep or ":" in host:  # no port, or a bare IPv6 address
        return address, 5900
    return host, int(port)


async def _capture(client: Client, timeout: float) -> tuple[np.ndarray, Security]:
    try:
        return await client.screenshot(timeout=timeout), client.security
    finally:
        await client.close()


async def capture_vnc(host: str, port: int = 5900, password: str | None = None, timeout: float = 30.0,
                      **options) -> tuple[np.ndarray, Security]:
    """The current picture of a VNC server, as RGBA, and what protected the session (``options`` as
    :func:`open_client`: username, pinned, require_encryption)."""
    return await _capture(await open_client(host, port, password, timeout=timeout, **options), timeout)


async def capture_console(location: str, session_ref: str, fingerprint: str | None = None,
                          timeout: float = 30.0) -> tuple[np.ndarray, Security]:
    """The current picture of a VM/host console through the xapi tunnel, as RGBA, and its security."""
    return await _capture(await open_console(location, session_ref, fingerprint, timeout=timeout), timeout)


def _vnc_trust(host: str, port: int, fingerprint: str | None) -> tuple[str | None, bool]:
    """The pin for a VNC server (``--fingerprint``, else the one the window saved) and whether unencrypted
    connections are refused (the window's option)."""
    from xencenter.settings import Options, TrustStore, config_dir

    trust, options = TrustStore(config_dir()), Options(config_dir())
    for warning in (trust.load(), options.load()):
        if warning:
            print(f"warning: {warning}", file=sys.stderr)
    return fingerprint or trust.pinned(address_text(host, port)), options.console.refuse_unencrypted


def _console_location(args: argparse.Namespace, password: str) -> tuple[str, str, str | None]:
    """Log in, find the VM (or host) called ``--vm`` and its console; (location, session ref, fingerprint)."""
    from xencenter.xenapi.address import located
    from xencenter.xenapi.session import Session

    session = Session(args.server, fingerprint=args.fingerprint)
    session.login_with_password(args.user or "root", password)
    vms = session.xenapi.VM.get_all_records()
    candidates = [(ref, vm) for ref, vm in vms.items()
                  if args.vm in (vm["name_label"], vm["uuid"]) and not vm["is_a_template"]
                  and not vm["is_a_snapshot"] and not vm["is_control_domain"]]
    if not candidates:  # a host: its control domain's console
        hosts = {ref for ref, host in session.xenapi.host.get_all_records().items()
                 if args.vm in (host["name_label"], host["uuid"])}
        candidates = [(ref, vm) for ref, vm in vms.items() if vm["is_control_domain"] and vm["resident_on"] in hosts]
    if not candidates:
        raise RFBError(f"no VM or host called {args.vm!r}")
    if len(candidates) > 1:
        raise RFBError(f"{len(candidates)} VMs are called {args.vm!r}; use the UUID")
    _ref, vm = candidates[0]
    if vm["power_state"] != "Running":
        raise RFBError(f"{args.vm} is {vm['power_state'].lower()}: it has no console")
    consoles = [session.xenapi.console.get_record(ref) for ref in vm["consoles"]]
    consoles.sort(key=lambda c: {"rfb": 0, "vt100": 1}.get(c["protocol"], 2))
    if not consoles or consoles[0]["protocol"] not in ("rfb", "vt100"):
        raise RFBError(f"{args.vm} has no graphical or text console")
    location = located(consoles[0]["location"], session.url)
    assert session.ref is not None  # logged in above
    return location, session.ref, _host_pin(session, vm["resident_on"]) or session.fingerprint


def _host_pin(session: Any, host: str) -> str | None:
    """The fingerprint the pool publishes for the host serving the console (asked over the pinned channel)."""
    from xencenter.xenapi.errors import XenAPIError

    try:
        certificates = session.xenapi.Certificate.get_all_records()
    except XenAPIError:  # older than the Certificate class: the coordinator's pin is all there is
        return None
    return next((c["fingerprint_sha256"] for c in certificates.values()
                 if c.get("host") == host and c.get("type", "host") == "host" and c.get("fingerprint_sha256")), None)


def screenshot_main(argv: list[str]) -> int:
    """Entry point of ``main.py screenshot``; returns the process exit status."""
    parser = argparse.ArgumentParser(prog="main.py screenshot", description="Save a console picture as PNG.")
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
    try:
        password = read_password_file(args.password_file) if args.password_file else None
        if args.vnc:
            host, port = parse_vnc_address(args.vnc)
            pinned, refuse = _vnc_trust(host, port, args.fingerprint)
            picture, security = asyncio.run(capture_vnc(
                host, port, password, args.timeout, username=args.user, pinned=pinned,
                require_encryption=refuse or args.require_encryption))
        else:
            location, ref, fingerprint = _console_location(args, password or "")
            picture, security = asyncio.run(capture_console(location, ref, fingerprint, args.timeout))
        write_png(args.out, picture)
    except CertificateUnknown as e:
        print(f"screenshot: {e}\nIf this is the server's certificate, run again with --fingerprint {e.info.sha256}",
              file=sys.stderr)
        return 1
    except Exception as e:  # RFB, network, XenAPI (login, certificate pin) errors all carry a message
        print(f"screenshot: {e or type(e).__name__}", file=sys.stderr)
        return 1
    print(f"{args.out}: {picture.shape[1]}x{picture.shape[0]} ({security.summary})")
    return 0
