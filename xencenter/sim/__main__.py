"""``python -m xencenter.sim``: run the XAPI simulator until killed (see README.md in this folder)."""

from __future__ import annotations

import argparse
import errno
import gc
import signal
import sys
import threading
from typing import Any

from xencenter import netguard
from xencenter.schema.releases import NAMED

from . import loopback, vnc_backends
from .api import ROLES, Api
from .fieldtypes import Date
from .loopback import COORDINATOR_IP
from .server import Endpoint
from .statedb import StateDBError, load_state_db
from .store import Store
from .synthetic import generate_pool
from .tls import make_certificate


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m xencenter.sim", description="A XAPI simulator.")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--db", help="a XAPI state database (XML) to serve")
    source.add_argument("--hosts", type=int, help="generate a pool with this many hosts")
    parser.add_argument("--vms", type=int, default=0, help="guest VMs of the generated pool")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated pool")
    parser.add_argument("--port", type=int, default=0, help="coordinator port (default 0: any free port)")
    parser.add_argument("--http", action="store_true", help="plain HTTP instead of HTTPS")
    parser.add_argument("--user", default="root")
    parser.add_argument("--password", default="xenroot")
    parser.add_argument("--role", default="pool-admin", choices=ROLES,
                        help="the user's role (pool-admin is the local superuser; others meet RBAC)")
    parser.add_argument("--keep-addresses", action="store_true",
                        help="keep a database's host addresses (by default each host is served on, and given, "
                             "a loopback address)")
    parser.add_argument("--op-seconds", type=float, default=0.5, help="how long a VM operation takes")
    parser.add_argument("--exit-with-stdin", action="store_true",
                        help="exit when stdin closes (a lifeline: the simulator dies with its parent)")
    parser.add_argument("--vnc-backend", choices=vnc_backends.BACKENDS, default="text",
                        help="what VM consoles show: a text login screen, or a diskless QEMU per running VM")
    parser.add_argument("--release", choices=list(NAMED),
                        help="answer as xapi of this release: later calls are unknown (MESSAGE_METHOD_UNKNOWN) "
                             "and the hosts report its API version (default: the newest xapi)")
    return parser.parse_args(argv)


def _rewrite_consoles(api: Api) -> None:
    """Console locations name the address of the host running the VM (no port, as xapi)."""
    store = api.store
    for ref, console in list(store.records["console"].items()):
        vm = store.records["VM"].get(console["VM"], {})
        query = f"ref={ref}" if vm.get("is_control_domain") else f"uuid={console['uuid']}"
        location = f"{api.host_url(vm.get('resident_on', ''))}/console?{query}"
        store.update("console", ref, {"location": location})


def _coordinator(records: dict[str, dict[str, Any]]) -> str:
    pool = next(iter(records["pool"].values()), None)
    if pool is not None and pool.get("master") in records["host"]:
        return pool["master"]
    return next(iter(records["host"]), "")


def _listen(api: Api, tls: Any, port: int, ips: dict[str, str]) -> dict[str, Endpoint]:
    """An endpoint per host address, all on the coordinator's port (``port``, or a free one found for all)."""
    coordinator = api.coordinator
    for _ in range(20):
        endpoints: dict[str, Endpoint] = {}
        try:
            endpoints[coordinator] = first = Endpoint(api, coordinator, tls, port, ips.get(coordinator, COORDINATOR_IP))
            taken = {first.ip}
            for host, ip in ips.items():
                if ip not in taken:
                    endpoints[host] = Endpoint(api, host, tls, first.port, ip)
                    taken.add(ip)
            return endpoints
        except OSError as exc:
            for endpoint in endpoints.values():
                endpoint.close()
            if port or exc.errno != errno.EADDRINUSE:
                raise
    raise OSError(errno.EADDRINUSE, "no port is free on every host address")


#: The first XenAPI with Certificate objects (XenServer 8.2 "Stockholm").
CERTIFICATES_SINCE = (2, 16)


def _publish_certificates(api: Api, certificate: Any) -> None:
    """Every host's ``Certificate`` object describes the certificate its endpoint presents (as xapi's do), so a
    client trusting the coordinator can take the members' fingerprints from the pool; older pools have none."""
    store = api.store
    coordinator = store.records["host"].get(api.coordinator, {})
    if (coordinator.get("API_version_major", 0), coordinator.get("API_version_minor", 0)) < CERTIFICATES_SINCE:
        return
    for ref, cert in list(store.records["Certificate"].items()):
        if cert["type"] == "host":
            store.destroy("Certificate", ref)
    stamp = "%Y%m%dT%H:%M:%SZ"
    for host in list(store.records["host"]):
        store.create("Certificate", {
            "name": "", "type": "host", "host": host, "fingerprint": certificate.sha256,
            "fingerprint_sha256": certificate.sha256, "fingerprint_sha1": certificate.sha1,
            "not_before": Date(certificate.not_before.strftime(stamp)),
            "not_after": Date(certificate.not_after.strftime(stamp)), "purpose": [],
        })


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    netguard.install()  # a simulator reaches nothing but loopback (other simulators, QEMU's VNC sockets)
    stop = threading.Event()  # handlers first: a SIGTERM right after the listening line must end cleanly
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    if args.exit_with_stdin:
        def lifeline() -> None:
            sys.stdin.read()
            stop.set()

        threading.Thread(target=lifeline, name="lifeline", daemon=True).start()
    try:
        records = load_state_db(args.db) if args.db else generate_pool(args.hosts, args.vms, seed=args.seed)
    except (StateDBError, OSError) as e:
        print(f"python -m xencenter.sim: {e}", file=sys.stderr)
        return 2
    ips = loopback.host_ips(list(records["host"]), _coordinator(records))
    moved = [] if args.keep_addresses else loopback.move_hosts_to_loopback(records, ips)
    if args.release:
        major, minor = NAMED[args.release]
        for record in records["host"].values():
            record.update(API_version_major=major, API_version_minor=minor)
    api = Api(Store(records), args.user, args.password, args.op_seconds, args.role, args.release)
    try:
        api.vnc_backend = vnc_backends.make_backend(args.vnc_backend, api.store)
    except vnc_backends.BackendUnavailable as e:
        print(f"python -m xencenter.sim: {e}", file=sys.stderr)
        return 2
    del records

    certificate = None if args.http else make_certificate(ips.values())
    api.scheme = "http" if args.http else "https"
    try:
        endpoints = _listen(api, certificate.context if certificate else None, args.port, ips)
    except OSError as e:
        print(f"python -m xencenter.sim: cannot listen on port {args.port}: {e.strerror or e}", file=sys.stderr)
        return 2
    api.listeners = endpoints
    if certificate is not None:
        _publish_certificates(api, certificate)
    _rewrite_consoles(api)
    api.store.warm_json()  # before listening: the first full event.from then costs what later ones do
    gc.freeze()  # the loaded pool is long-lived: keep the collector from rescanning it

    for endpoint in endpoints.values():
        endpoint.start()
    for m in moved:
        print(f"host {m.name}: {m.before or '(no address)'} served as {m.after}", flush=True)
    host_names = {ref: host["name_label"] for ref, host in api.store.records["host"].items()}
    for host, endpoint in endpoints.items():
        if host != api.coordinator:
            print(f"member {host_names[host]} on {endpoint.url}", flush=True)
    suffix = f" sha256={certificate.sha256}" if certificate else ""
    print(f"listening on {endpoints[api.coordinator].url}{suffix}", flush=True)

    try:
        while not stop.wait(3600):
            pass
        for endpoint in endpoints.values():
            endpoint.stop()
    finally:
        api.vnc_backend.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
