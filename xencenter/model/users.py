"""The pool's users as the Users tab shows them: the directory it is joined to (XenCenter's blurbs) and each
subject with its roles in XenCenter's words (FriendlyNames' Role.*.NameLabel)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.model.naming import natural_key
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache

#: xapi's top-level roles, most powerful first, with XenCenter's names (translated where shown, context ``Users``)
ROLE_NAMES = {"pool-admin": QT_TRANSLATE_NOOP("Users", "Pool Admin"), "pool-operator": QT_TRANSLATE_NOOP("Users", "Pool Operator"),
              "vm-power-admin": QT_TRANSLATE_NOOP("Users", "VM Power Admin"), "vm-admin": QT_TRANSLATE_NOOP("Users", "VM Admin"),
              "vm-operator": QT_TRANSLATE_NOOP("Users", "VM Operator"), "read-only": QT_TRANSLATE_NOOP("Users", "Read Only")}


def domain_of(cache: ObjectCache) -> str:
    """The AD domain the pool is joined to ("" when it is not)."""
    hosts = cache.all("host")
    if hosts and all(h.external_auth_type == "AD" for h in hosts):
        return str(hosts[0].external_auth_service_name)
    return ""


def blurb(cache: ObjectCache, name: str, is_pool: bool) -> str:
    """AD_CONFIGURED_BLURB / AD_NOT_CONFIGURED_BLURB (and their _HOST forms)."""
    domain = domain_of(cache)
    if domain:
        text = (translate("Users", "Pool '{name}' belongs to domain '{domain}'.") if is_pool
                else translate("Users", "Server '{name}' belongs to domain '{domain}'."))
    else:
        text = (translate("Users", "AD is not currently configured for pool '{name}'. To enable AD authentication, "
                                   "click Join Domain.") if is_pool else
                translate("Users", "AD is not currently configured for server '{name}'. To enable AD "
                                   "authentication, click Join Domain."))
    return text.format(name=name, domain=domain)


def role_words(subject: Any) -> str:
    names = [str(r.name_label) for r in subject.roles or [] if r is not None]
    return ", ".join(translate("Users", ROLE_NAMES[n]) if n in ROLE_NAMES else n
                     for n in sorted(names, key=lambda n: list(ROLE_NAMES).index(n) if n in ROLE_NAMES else 99))


def user_rows(cache: ObjectCache) -> list[tuple[str, str, str, str]]:
    """(name, full name, kind, roles) for every subject, by name."""
    rows = []
    for subject in cache.all("subject"):
        config = subject.other_config or {}
        kind = translate("Users", "Group") if config.get("subject-is-group") == "true" else translate("Users", "User")
        rows.append((subject.name, str(config.get("subject-displayname", "")), kind, role_words(subject)))
    return sorted(rows, key=lambda r: natural_key(r[0]))


def role_ref(cache: ObjectCache, name: str) -> str | None:
    return next((r.ref for r in cache.all("role") if r.name_label == name), None)
