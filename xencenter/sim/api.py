"""Method dispatch: the schema's messages become callable methods with xapi's checks and errors.

Order of checks, as xapi does them: unknown method (MESSAGE_METHOD_UNKNOWN), a member endpoint
(HOST_IS_SLAVE), parameter count (MESSAGE_PARAMETER_COUNT_MISMATCH, trailing optional parameters may be
left out), the session (SESSION_INVALID), parameter types (FIELD_TYPE_ERROR); then the handler runs, or for
``Async.*`` a task is returned and the handler runs in the background.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from xencenter import schema
from xencenter.schema.releases import has_message

from . import (  # noqa: F401  (handlers)
    bonds,
    control,
    datasources,
    deviceops,
    devices,
    directory,
    events,
    ha,
    hosts,
    installer,
    joining,
    legacy_probe,
    lifecycle,
    membership,
    messages,
    migrate,
    networks,
    object_settings,
    registry,
    sessions,
    status_report,
    storage,
    tasks,
    vbds,
    vifs,
    vmconfig,
    vmss,
)
from .context import Context, now_iso
from .errors import XapiError
from .fieldtypes import NULL_REF, FieldType, coerce, field_types, parse_type
from .store import Store


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: FieldType
    required: bool = True


@dataclass(frozen=True, slots=True)
class Method:
    wire_name: str
    params: tuple[Param, ...]  # after the session
    handler: Callable[..., Any]
    session: bool = True  # takes a session first
    control: bool = False  # a sim.* method: allowed on members, never refused by RBAC
    roles: frozenset[str] = frozenset()  # the roles allowed to call it (xapi's RBAC, from the schema)


# -- generated handlers ---------------------------------------------------------------------------------


def _generic(cls: str, name: str) -> Callable[..., Any] | None:
    """The handler of an implicit message (getters, setters, get_all_records...), or None."""
    types = field_types(cls)
    if name == "get_all_records":
        return lambda ctx: ctx.store.all(cls)
    if name == "get_all":
        return lambda ctx: list(ctx.store.all(cls))
    if name == "get_record":
        return lambda ctx, ref: ctx.store.get(cls, ref)
    if name == "get_by_uuid":
        return lambda ctx, uuid: ctx.store.by_uuid(cls, uuid)
    if name == "get_by_name_label":
        return lambda ctx, label: [r for r, rec in ctx.store.all(cls).items() if rec.get("name_label") == label]
    if name == "create":
        return lambda ctx, record: ctx.store.create(cls, _coerce_record(cls, record))
    if name == "destroy":
        return lambda ctx, ref: ctx.store.destroy(cls, ref)
    if name in ("add_tags", "remove_tags"):
        return _set_member(cls, "tags", add=name == "add_tags")
    for prefix, make in (("get_", _getter), ("set_", _setter), ("add_to_", _adder), ("remove_from_", _remover)):
        if name.startswith(prefix) and name[len(prefix):] in types:
            return make(cls, name[len(prefix):])
    return None


def _coerce_record(cls: str, record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise XapiError("FIELD_TYPE_ERROR", "args")
    types = field_types(cls)
    try:
        return {k: coerce(types[k], v) for k, v in record.items() if k in types and k != "uuid"}
    except (TypeError, ValueError):
        raise XapiError("FIELD_TYPE_ERROR", "args") from None


def _getter(cls: str, name: str) -> Callable[..., Any]:
    return lambda ctx, ref: ctx.store.get(cls, ref)[name]


def _setter(cls: str, name: str) -> Callable[..., Any]:
    def set_field(ctx: Context, ref: str, value: Any) -> None:
        ctx.store.update(cls, ref, {name: value})

    return set_field


def _adder(cls: str, name: str) -> Callable[..., Any]:
    if field_types(cls)[name].kind == "set":
        return _set_member(cls, name, add=True)

    def add_to(ctx: Context, ref: str, key: str, value: Any) -> None:
        with ctx.store.lock:
            current = ctx.store.get(cls, ref)[name]
            if key in current:
                raise XapiError("MAP_DUPLICATE_KEY", cls, name, ref, key)
            ctx.store.update(cls, ref, {name: {**current, key: value}})

    return add_to


def _remover(cls: str, name: str) -> Callable[..., Any]:
    if field_types(cls)[name].kind == "set":
        return _set_member(cls, name, add=False)

    def remove_from(ctx: Context, ref: str, key: str) -> None:
        with ctx.store.lock:
            current = ctx.store.get(cls, ref)[name]
            if key in current:
                ctx.store.update(cls, ref, {name: {k: v for k, v in current.items() if k != key}})

    return remove_from


def _set_member(cls: str, name: str, add: bool) -> Callable[..., Any]:
    def change(ctx: Context, ref: str, value: Any) -> None:
        with ctx.store.lock:
            current = ctx.store.get(cls, ref)[name]
            if add and value not in current:
                ctx.store.update(cls, ref, {name: [*current, value]})
            elif not add and value in current:
                ctx.store.update(cls, ref, {name: [v for v in current if v != value]})

    return change


def _not_implemented(wire_name: str) -> Callable[..., Any]:
    def refuse(ctx: Context, *args: Any) -> None:
        raise XapiError("NOT_IMPLEMENTED", wire_name)

    return refuse


def _param_type(text: str) -> FieldType:
    ft = parse_type(text)
    return FieldType("record", ft.name) if ft.kind == "record" else ft


def build_methods(release: str | None = None) -> dict[str, Method]:
    """Every message of the schema a xapi of ``release`` (None: the newest) has, each bound to a hand-written,
    generated or refusing handler; later messages stay unknown (MESSAGE_METHOD_UNKNOWN), as on that server."""
    methods: dict[str, Method] = {}
    for cls in schema.class_names():
        for message in schema.classes()[cls]["messages"]:
            if not has_message(message, release):
                continue
            wire_name = f"{cls}.{message['name']}"
            params = [Param(p["name"], _param_type(p["type"]), p.get("required", True)) for p in message["params"]]
            has_session = bool(params) and params[0].type.kind == "ref" and params[0].type.name == "session"
            if has_session:
                params = params[1:]
            handler = (
                registry.HANDLERS.get(wire_name)
                or _generic(cls, message["name"])
                or _not_implemented(wire_name)
            )
            roles = frozenset(message.get("roles", ()))
            methods[wire_name] = Method(wire_name, tuple(params), handler, session=has_session, roles=roles)
    for wire_name, (names, handler) in registry.CONTROL.items():
        controls = tuple(Param(n.rstrip("?"), FieldType("any"), not n.endswith("?")) for n in names)
        methods[wire_name] = Method(wire_name, controls, handler, control=True)
    methods["system.listMethods"] = Method(
        "system.listMethods", (), lambda ctx: api_method_names(release), session=False
    )
    return methods


def api_method_names(release: str | None = None) -> list[str]:
    """What ``system.listMethods`` answers: the schema's messages a xapi of ``release`` has (not the
    simulator's sim.* extras)."""
    names = [f"{cls}.{m['name']}" for cls in schema.class_names() for m in schema.classes()[cls]["messages"]
             if has_message(m, release)]
    return ["system.listMethods", *names]


ROLES = ("pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator", "read-only")
SUPERUSER_ROLE = "pool-admin"


class Api:
    """The simulated toolstack: sessions, endpoints, operation timing and dispatch."""

    def __init__(
        self, store: Store, user: str = "root", password: str = "xenroot", op_seconds: float = 0.5,
        role: str = SUPERUSER_ROLE, release: str | None = None,
    ):
        from .faults import Faults

        self.store = store
        self.users: dict[str, tuple[str, str]] = {}  # user -> (password, role)
        self.external_roles: dict[str, str] = {}  # session of a directory user -> its role
        self.add_user(user, password, role)
        self.op_seconds = op_seconds
        self.methods = build_methods(release)
        self.scheme = "https"  # "http" when served without TLS
        self.listeners: dict[str, Any] = {}  # host ref -> its server.Endpoint (stop, start, vanish...)
        self.faults = Faults()
        self.lost_events: set[str] = set()  # sessions whose next event.from raises EVENTS_LOST
        self.guests = lifecycle.Guests.from_store(store)
        self.vnc_backend: Any = None  # what CONNECT /console serves (vnc_backends; text when None)
        self.storage_world: Any = None  # the storage the hosts see (storage.world makes it on first use)
        self.unseen_nics: dict[str, list[str]] = {}  # host ref -> NICs plugged in that PIF.scan has not seen
        self.rrd_requests: list[dict[str, str]] = []  # the queries /rrd_updates got (sim.rrd_requests)
        self.forgotten_sources: set[tuple[str, str]] = set()  # (object ref, data source) archives forgotten
        self.slave_of = ""  # after pool.join: the coordinator address every API call is sent to (HOST_IS_SLAVE)
        deviceops.settle(store)
        hosts.settle_all(store)

    # -- pool topology ------------------------------------------------------------------------------------

    @property
    def pool_ref(self) -> str:
        return next(iter(self.store.records["pool"]), NULL_REF)

    @property
    def coordinator(self) -> str:
        pool = self.store.records["pool"].get(self.pool_ref)
        if pool and pool["master"] in self.store.records["host"]:
            return pool["master"]
        return next(iter(self.store.records["host"]), NULL_REF)

    def host_address(self, host: str) -> str:
        """A host's management address as xapi gives it out (no port: clients add their own)."""
        record = self.store.records["host"].get(host) or self.store.records["host"].get(self.coordinator)
        return record["address"] if record else ""

    def coordinator_address(self) -> str:
        """What HOST_IS_SLAVE names: the coordinator's address, as xapi's ``get_master_address`` does."""
        return self.host_address(self.coordinator)

    def host_url(self, host: str) -> str:
        """``https://<address>`` of a host (the coordinator's when unknown): the base of its console locations."""
        return f"{self.scheme}://{self.host_address(host)}"

    # -- sessions -----------------------------------------------------------------------------------------

    def add_user(self, user: str, password: str, role: str) -> None:
        """A user who may log in, with one of xapi's roles (``pool-admin`` is the local superuser)."""
        if role not in ROLES:
            raise XapiError("ROLE_NOT_FOUND", role)
        self.users[user] = (password, role)

    def login(self, user: str, password: str, originator: str = "") -> str:
        external = directory.directory_login(self, user, password) if user not in self.users else None
        if external is not None:
            sid, role = external
            session = self.store.create("session", {
                "this_host": self.coordinator, "this_user": NULL_REF, "last_active": now_iso(), "pool": False,
                "is_local_superuser": False, "auth_user_name": user, "auth_user_sid": sid,
                "subject": directory.subject_of(self, sid), "originator": originator, "validation_time": now_iso(),
            })
            self.external_roles[session] = role
            return session
        known, role = self.users.get(user, ("", ""))
        good_password = hmac.compare_digest(password.encode(), known.encode())
        if not (role and good_password):
            raise XapiError("SESSION_AUTHENTICATION_FAILED", user, "Authentication failure")
        return self.store.create(
            "session",
            {
                "this_host": self.coordinator, "this_user": NULL_REF, "last_active": now_iso(),
                "pool": False, "is_local_superuser": role == SUPERUSER_ROLE, "auth_user_name": user,
                "originator": originator, "validation_time": now_iso(),
            },
        )

    def role_of(self, session: str) -> str:
        if session in self.external_roles:
            return self.external_roles[session] if session in self.store.records["session"] else ""
        record = self.store.records["session"].get(session)
        return self.users.get(record["auth_user_name"], ("", ""))[1] if record else ""

    def authorize(self, session: str, wire_name: str, method: Method) -> None:
        """xapi's RBAC check: RBAC_PERMISSION_DENIED [permission, message naming the roles that have it]."""
        if method.control:
            return
        role = self.role_of(session)
        if role == SUPERUSER_ROLE or role in method.roles:
            return
        permission = wire_name.lower()
        allowed = ", ".join(r for r in ROLES if r in method.roles) or SUPERUSER_ROLE
        raise XapiError(
            "RBAC_PERMISSION_DENIED", permission,
            f"No permission in user session. (Roles with this permission: {allowed})",
        )

    def check_session(self, session: Any) -> str:
        if not isinstance(session, str) or not self.store.exists("session", session):
            raise XapiError("SESSION_INVALID", session)
        return session

    def session_count(self) -> int:
        return len(self.store.records["session"])

    def drop_sessions(self) -> None:
        with self.store.lock:
            for ref in list(self.store.records["session"]):
                self.store.destroy("session", ref)
        self.store.wake()

    # -- dispatch -----------------------------------------------------------------------------------------

    def call(self, wire_name: str, params: list[Any], host: str, caller: Any = None) -> Any:
        """Run one API call arriving at the endpoint of ``host`` (over ``caller``); raises XapiError."""
        is_async = wire_name.startswith("Async.")
        method = self.methods.get(wire_name[6:] if is_async else wire_name)
        if method is None or (is_async and not method.session):
            raise XapiError("MESSAGE_METHOD_UNKNOWN", wire_name)
        if (host != self.coordinator or self.slave_of) and not method.control:
            raise XapiError("HOST_IS_SLAVE", self.slave_of or self.coordinator_address())
        expected = len(method.params) + method.session
        required = sum(p.required for p in method.params) + method.session
        if not required <= len(params) <= expected:
            raise XapiError("MESSAGE_PARAMETER_COUNT_MISMATCH", wire_name, expected, len(params))
        session = self.check_session(params[0]) if method.session else None
        args = self._coerce(method, params[1:] if method.session else params)
        if session is not None:
            self.authorize(session, method.wire_name, method)
        ctx = Context(self, session, host, caller=caller)
        handler = method.handler
        failure = self.faults.failure(wire_name)
        if failure is not None:  # sim.fail: the call fails as xapi would, after its own checks passed
            def handler(ctx: Context, *args: Any) -> Any:
                raise failure
        if is_async:
            from .tasks import run_async

            return run_async(ctx, wire_name, handler, args)
        return handler(ctx, *args)

    @staticmethod
    def _coerce(method: Method, args: list[Any]) -> list[Any]:
        out = []
        for param, value in zip(method.params, args, strict=False):
            if param.type.kind in ("any", "record", "option"):
                out.append(value)
                continue
            try:
                out.append(coerce(param.type, value))
            except (TypeError, ValueError):
                raise XapiError("FIELD_TYPE_ERROR", param.name) from None
        return out
