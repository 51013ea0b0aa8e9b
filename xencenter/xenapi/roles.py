"""xapi's roles, and what to tell a user whose role does not allow an operation (RBAC_PERMISSION_DENIED).

xapi refuses with ``RBAC_PERMISSION_DENIED [permission, "No permission in user session. (Roles with this
permission: pool-admin, pool-operator, ...)"]``; the permission is the lower-case method (``vm.start``,
``vm.add_to_other_config/key:folder``). The roles form a ladder, so the useful answer is the least
privileged role that would do, "or higher". When xapi's message does not list the roles (older hosts, or
another wording), the datamodel's roles for that message are used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from xencenter import schema

#: From most to least privileged; each role can do everything the ones after it can.
ROLES = ("pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator", "read-only")
ROLE_NAMES = {
    "pool-admin": "Pool Admin",
    "pool-operator": "Pool Operator",
    "vm-power-admin": "VM Power Admin",
    "vm-admin": "VM Admin",
    "vm-operator": "VM Operator",
    "read-only": "Read Only",
}
_LISTED = re.compile(r"Roles with this permission:\s*([^)]*)\)")


def role_name(role: str) -> str:
    """``vm-power-admin`` -> ``VM Power Admin`` (unknown roles as they are)."""
    return ROLE_NAMES.get(role.lower(), role)


def roles_with_permission(params: Sequence[str]) -> list[str]:
    """The roles that hold the refused permission, most privileged first (empty when unknown)."""
    permission = params[0] if params else ""
    message = params[1] if len(params) > 1 else ""
    listed = _LISTED.search(message)
    if listed:
        found = [r.strip().lower() for r in listed.group(1).split(",") if r.strip()]
    else:
        found = _schema_roles(permission)
    return sorted(dict.fromkeys(found), key=lambda r: ROLES.index(r) if r in ROLES else len(ROLES))


def _schema_roles(permission: str) -> list[str]:
    cls_name, _, message = permission.split("/", 1)[0].partition(".")
    try:
        cls = schema.classes()[schema.canonical_name(cls_name)]
    except KeyError:
        return []
    for entry in cls["messages"]:
        if entry["name"].lower() == message.lower():
            return list(entry.get("roles", ()))
    return []


def least_role_needed(params: Sequence[str]) -> str | None:
    """The least privileged known role that holds the permission (None when unknown)."""
    known = [r for r in roles_with_permission(params) if r in ROLES]
    return known[-1] if known else None


def describe_permission_denied(params: Sequence[str]) -> str:
    """A sentence for the user: what was refused and which role it needs."""
    permission = params[0] if params else ""
    what = f" ({permission})" if permission else ""
    needed = least_role_needed(params)
    if needed is None:
        return f"Your role does not allow this operation{what}. Ask a pool administrator for a role that does."
    higher = "" if needed == ROLES[0] else " or a higher role"
    return (
        f"Your role does not allow this operation{what}: it needs the {role_name(needed)} role{higher}. "
        "Ask a pool administrator to change your role."
    )
