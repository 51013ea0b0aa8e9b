"""External authentication against a small fake Active Directory, as xapi's does with a real one: joining
(``pool.enable_external_auth``) and leaving, resolving names (``auth.*``), subjects with roles
(``subject.create``, ``add_to_roles``, ``remove_from_roles``), and logging in as a directory user, whose
session gets the highest role of the subjects that match the user or one of its groups.

The directory (``DIRECTORY``): domain ``example.test`` (NetBIOS ``EXAMPLE``), joined with ``Administrator`` /
``secret``; users ``alice`` (password ``alice-pw``, in ``Domain Admins``), ``bob`` (``bob-pw``, in
``Operators``), ``carol`` (``carol-pw``, no group); names are ``EXAMPLE\\alice`` or ``alice@example.test``.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any

from .context import Context
from .errors import XapiError
from .fieldtypes import NULL_REF
from .registry import implements

ROLES = ("pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator", "read-only")


@dataclass(frozen=True)
class Entry:
    sid: str
    name: str  # sAMAccountName
    display: str
    password: str = ""
    groups: tuple[str, ...] = ()
    is_group: bool = False


DOMAIN, NETBIOS = "example.test", "EXAMPLE"
JOIN_USER, JOIN_PASSWORD = "Administrator", "secret"
_BASE = "S-1-5-21-3623811015-3361044348-30300820"
DIRECTORY = (
    Entry(f"{_BASE}-512", "Domain Admins", "Domain Admins", is_group=True),
    Entry(f"{_BASE}-1105", "Operators", "Operators", is_group=True),
    Entry(f"{_BASE}-1101", "alice", "Alice Liddell", "alice-pw", (f"{_BASE}-512",)),
    Entry(f"{_BASE}-1102", "bob", "Bob Builder", "bob-pw", (f"{_BASE}-1105",)),
    Entry(f"{_BASE}-1103", "carol", "Carol Danvers", "carol-pw"),
)


def _account(name: str) -> str:
    """``EXAMPLE\\alice``, ``example.test\\alice`` or ``alice@example.test`` -> ``alice`` (else "")."""
    if "\\" in name:
        domain, _, account = name.partition("\\")
        return account if domain.lower() in (NETBIOS.lower(), DOMAIN) else ""
    if "@" in name:
        account, _, domain = name.partition("@")
        return account if domain.lower() == DOMAIN else ""
    return ""


def find(name: str) -> Entry | None:
    account = _account(name).lower()
    return next((e for e in DIRECTORY if e.name.lower() == account), None) if account else None


def by_sid(sid: str) -> Entry | None:
    return next((e for e in DIRECTORY if e.sid == sid), None)


def information(entry: Entry) -> dict[str, str]:
    """What ``auth.get_subject_information_from_identifier`` answers (xapi's keys)."""
    return {"subject-name": f"{NETBIOS}\\{entry.name}", "subject-displayname": entry.display,
            "subject-sid": entry.sid, "subject-is-group": str(entry.is_group).lower(),
            "subject-account-disabled": "false", "subject-account-locked": "false",
            "subject-account-expired": "false", "subject-password-expired": "false",
            "subject-upn": f"{entry.name}@{DOMAIN}", "subject-uid": entry.sid.rsplit("-", 1)[1],
            "subject-gid": entry.sid.rsplit("-", 1)[1], "subject-gecos": entry.display}


def _hosts(ctx: Context) -> list[str]:
    return list(ctx.store.records["host"])


def enabled(ctx: Context) -> bool:
    return any(h["external_auth_type"] for h in ctx.store.records["host"].values())


def _assert_enabled(ctx: Context) -> None:
    if not enabled(ctx):
        raise XapiError("AUTH_IS_DISABLED")


def ensure_roles(ctx: Context) -> dict[str, str]:
    """xapi's top-level roles as ``role`` objects (name -> ref), made the first time they are needed."""
    store = ctx.store
    refs = {r["name_label"]: ref for ref, r in store.records["role"].items()}
    for name in ROLES:
        if name not in refs:
            refs[name] = store.create("role", {"name_label": name, "name_description": f"The {name} role",
                                               "subroles": [], "is_internal": False})
    return refs


@implements("pool.enable_external_auth")
def enable_external_auth(ctx: Context, pool: str, config: dict[str, str], service_name: str, auth_type: str) -> None:
    store = ctx.store
    store.get("pool", pool)
    first = store.records["host"][_hosts(ctx)[0]]
    if first["external_auth_type"]:
        raise XapiError("AUTH_ALREADY_ENABLED", first["external_auth_type"], first["external_auth_service_name"])
    if auth_type != "AD":
        raise XapiError("AUTH_UNKNOWN_TYPE", auth_type)
    if service_name.lower() != DOMAIN:
        raise XapiError("AUTH_ENABLE_FAILED_DOMAIN_LOOKUP_FAILED",
                        f"Failed to look up the domain controller of {service_name}")
    good = config.get("user", "").lower() == JOIN_USER.lower() and hmac.compare_digest(
        config.get("pass", "").encode(), JOIN_PASSWORD.encode())
    if not good:
        raise XapiError("AUTH_ENABLE_FAILED_WRONG_CREDENTIALS",
                        f"The username or password is wrong for {service_name}")
    kept = {k: v for k, v in config.items() if k not in ("user", "pass")}
    for host in _hosts(ctx):
        store.update("host", host, {"external_auth_type": "AD", "external_auth_service_name": service_name,
                                    "external_auth_configuration": kept})
    ensure_roles(ctx)


@implements("pool.disable_external_auth")
def disable_external_auth(ctx: Context, pool: str, config: dict[str, str]) -> None:
    ctx.store.get("pool", pool)
    _assert_enabled(ctx)
    for host in _hosts(ctx):
        ctx.store.update("host", host, {"external_auth_type": "", "external_auth_service_name": "",
                                        "external_auth_configuration": {}})


@implements("auth.get_subject_identifier")
def get_subject_identifier(ctx: Context, subject_name: str) -> str:
    _assert_enabled(ctx)
    entry = find(subject_name)
    if entry is None:
        raise XapiError("SUBJECT_CANNOT_BE_RESOLVED")
    return entry.sid


@implements("auth.get_subject_information_from_identifier")
def get_subject_information(ctx: Context, subject_identifier: str) -> dict[str, str]:
    _assert_enabled(ctx)
    entry = by_sid(subject_identifier)
    if entry is None:
        raise XapiError("SUBJECT_CANNOT_BE_RESOLVED")
    return information(entry)


@implements("auth.get_group_membership")
def get_group_membership(ctx: Context, subject_identifier: str) -> list[str]:
    _assert_enabled(ctx)
    entry = by_sid(subject_identifier)
    if entry is None:
        raise XapiError("SUBJECT_CANNOT_BE_RESOLVED")
    return list(entry.groups)


@implements("subject.create")
def subject_create(ctx: Context, record: Any) -> str:
    store = ctx.store
    sid = str((record or {}).get("subject_identifier", ""))
    _assert_enabled(ctx)
    entry = by_sid(sid)
    if entry is None:
        raise XapiError("SUBJECT_CANNOT_BE_RESOLVED")
    with store.lock:
        if any(s["subject_identifier"] == sid for s in store.records["subject"].values()):
            raise XapiError("SUBJECT_ALREADY_EXISTS")
        ensure_roles(ctx)
        return store.create("subject", {"subject_identifier": sid, "other_config": information(entry), "roles": []})


@implements("subject.add_to_roles")
def add_to_roles(ctx: Context, subject: str, role: str) -> None:
    store = ctx.store
    with store.lock:
        record = store.get("subject", subject)
        if role not in ensure_roles(ctx).values():
            raise XapiError("ROLE_NOT_FOUND")
        if role in record["roles"]:
            raise XapiError("ROLE_ALREADY_EXISTS")
        store.update("subject", subject, {"roles": [*record["roles"], role]})


@implements("subject.remove_from_roles")
def remove_from_roles(ctx: Context, subject: str, role: str) -> None:
    store = ctx.store
    with store.lock:
        record = store.get("subject", subject)
        if role not in record["roles"]:
            raise XapiError("ROLE_NOT_FOUND")
        store.update("subject", subject, {"roles": [r for r in record["roles"] if r != role]})


def directory_login(api: Any, user: str, password: str) -> tuple[str, str] | None:
    """(the user's SID, its session's role) when ``user`` is a directory user whose password is right and who is
    a subject (or in a group that is) with a role; None when it is not a directory name at all."""
    entry = find(user)
    if entry is None or not any(h["external_auth_type"] for h in api.store.records["host"].values()):
        return None
    if entry.is_group or not hmac.compare_digest(password.encode(), entry.password.encode()):
        raise XapiError("SESSION_AUTHENTICATION_FAILED", user, "Authentication failure")
    wanted = {entry.sid, *entry.groups}
    names = {ref: r["name_label"] for ref, r in api.store.records["role"].items()}
    held = {names.get(role) for s in api.store.records["subject"].values() if s["subject_identifier"] in wanted
            for role in s["roles"]}
    best = next((r for r in ROLES if r in held), None)
    if best is None:
        raise XapiError("SESSION_AUTHENTICATION_FAILED", user,
                        "The user is not in the pool's list of users, or has no role")
    return entry.sid, best


def subject_of(api: Any, sid: str) -> str:
    """The subject ref of a SID (the session's ``subject``), NULL when the user came in through a group."""
    return next((ref for ref, s in api.store.records["subject"].items() if s["subject_identifier"] == sid), NULL_REF)
