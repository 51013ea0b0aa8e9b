"""The pool's users as the Users tab shows them: the directory it is joined to (XenCenter's blurbs) and each
subject with its roles in XenCenter's words (FriendlyNames' Role.*.NameLabel)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.model.naming import natural_key

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache

#: xapi's top-level roles, most powerful first, with XenCenter's names
ROLE_NAMES = {"pool-admin": "Pool Admin", "pool-operator": "Pool Operator", "vm-power-admin": "VM Power Admin",
              "vm-admin": "VM Admin", "vm-operator": "VM Operator", "read-only": "Read Only"}


def domain_of(cache: ObjectCache) -> str:
    """The AD domain the pool is joined to ("" when it is not)."""
    hosts = cache.all("host")
    if hosts and all(h.external_auth_type == "AD" for h in hosts):
        return str(hosts[0].external_auth_service_name)
    return ""


def blurb(cache: ObjectCache, name: str, is_pool: bool) -> str:
    """AD_CONFIGURED_BLURB / AD_NOT_CONFIGURED_BLURB (and their _HOST forms)."""
    what = "Pool" if is_pool else "Server"
    domain = domain_of(cache)
    if domain:
        return f"{what} '{name}' belongs to domain '{domain}'."
    return (f"AD is not currently configured for {what.lower()} '{name}'. To enable AD authentication, click Join "
            "Domain.")


def role_words(subject: Any) -> str:
    names = [str(r.name_label) for r in subject.roles or [] if r is not None]
    return ", ".join(ROLE_NAMES.get(n, n) for n in sorted(names, key=lambda n: list(ROLE_NAMES).index(n)
                                                             if n in ROLE_NAMES else 99))


def user_rows(cache: ObjectCache) -> list[tuple[str, str, str, str]]:
    """(name, full name, kind, roles) for every subject, by name."""
    rows = []
    for subject in cache.all("subject"):
        config = subject.other_config or {}
        kind = "Group" if config.get("subject-is-group") == "true" else "User"
        rows.append((subject.name, str(config.get("subject-displayname", "")), kind, role_words(subject)))
    return sorted(rows, key=lambda r: natural_key(r[0]))


def role_ref(cache: ObjectCache, name: str) -> str | None:
    return next((r.ref for r in cache.all("role") if r.name_label == name), None)
