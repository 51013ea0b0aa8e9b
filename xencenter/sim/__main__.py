"""``python -m xencenter.sim``: run the XAPI simulator until killed (see README.md in this folder)."""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import threading
from typing import Any

from . import vnc_backends
from .api import ROLES, Api
from .server import Endpoint
from .statedb import StateDBError, load_state_db
from .store import Store
from .synthetic import generate_pool


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
    parser.add_argument("--members", type=int, default=0, help="serve this many members on their own ports")
    parser.add_argument("--op-seconds", type=float, default=0.5, help="how long a VM operation takes")
    parser.add_argument("--exit-with-stdin", action="store_true",
                        help="exit when stdin closes (a lifeline: the simulator dies with its parent)")
    parser.add_argument("--vnc-backend", choices=vnc_backends.BACKENDS, default="text",
                        help="what VM consoles show: a text login screen, or a diskless QEMU per running VM")
    return parser.parse_args(argv)


def _rewrite_consoles(api: Api) -> None:
    """Console locations point at the endpoint serving the VM's host (the coordinator's otherwise)."""
    store = api.store
    for ref, console in list(store.records["console"].items()):
        vm = store.records["VM"].get(console["VM"], {})
        query = f"ref={ref}" if vm.get("is_control_domain") else f"uuid={console['uuid']}"
        location = f"{api.base_url(vm.get('resident_on', ''))}/console?{query}"
        store.update("console", ref, {"location": location})


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    stop = threading.Event()  # handlers first: a SIGTERM right after the listening line must end cleanly
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    if args.exit_with_stdin:
        threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), name="lifeline", daemon=True).start()
    try:
        records = load_state_db(args.db) if args.db else generate_pool(args.hosts, args.vms, seed=args.seed)
    except (StateDBError, OSError) as e:
        print(f"python -m xencenter.sim: {e}", file=sys.stderr)
        return 2
    api = Api(Store(records), args.user, args.password, args.op_seconds, args.role)
    try:
        api.vnc_backend = vnc_backends.make_backend(args.vnc_backend, api.store)
    except vnc_backends.BackendUnavailable as e:
        print(f"python -m xencenter.sim: {e}", file=sys.stderr)
        return 2
    del records
    api.store.warm_json()  # before listening: the first full event.from then costs what later ones do
    gc.freeze()  # the loaded pool is long-lived: keep the collector from rescanning it

    tls, fingerprint = (None, "") if args.http else _tls()
    coordinator = api.coordinator
    endpoints = {coordinator: Endpoint(api, coordinator, tls, args.port)}
    members = [h for h in api.store.records["host"] if h != coordinator][: max(0, args.members)]
    for host in members:
        endpoints[host] = Endpoint(api, host, tls)
    api.endpoints = {host: endpoint.url for host, endpoint in endpoints.items()}
    api.listeners = endpoints
    if members:
        for host, endpoint in endpoints.items():
            api.store.update("host", host, {"address": endpoint.url.split("://", 1)[1]})
    _rewrite_consoles(api)

    for endpoint in endpoints.values():
        endpoint.start()
    for host in members:
        print(f"member {api.store.records['host'][host]['name_label']} on {endpoints[host].url}", flush=True)
    suffix = f" sha256={fingerprint}" if fingerprint else ""
    print(f"listening on {endpoints[coordinator].url}{suffix}", flush=True)

    try:
        while not stop.wait(3600):
            pass
        for endpoint in endpoints.values():
            endpoint.stop()
    finally:
        api.vnc_backend.close()
    return 0


def _tls() -> Any:
    from .tls import server_context

    return server_context()


if __name__ == "__main__":
    sys.exit(main())
