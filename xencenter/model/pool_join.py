"""XenCenter's ``PoolJoinRules``: whether a standalone server can join a pool, from the two connections' caches,
in XenCenter's order and words, each with the xapi error the same state would bring (when there is one).

A connection is a *pool* (``Helpers.GetPool``) when its pool has a name or more than one host; a standalone
server's connection has a nameless pool of one host. Licensing (XCP-ng has none), RBAC roles and clustering
are not checked here: xapi's own checks still answer for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from xencenter.model.tree import pool_is_visible
from xencenter.model.values import as_bool
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache


@dataclass(frozen=True, slots=True)
class JoinReason:
    """Why not (``text``, XenCenter's words in the user's language), with xapi's code for the same state; falsy
    when allowed."""

    text: str = ""
    code: str = ""

    def __bool__(self) -> bool:
        return bool(self.text)


ALLOWED = JoinReason()


def coordinator_of(cache: ObjectCache) -> Any:
    pool = cache.pool()
    return pool.master if pool is not None else None


def is_a_pool(cache: ObjectCache) -> bool:
    """XenCenter's ``Helpers.GetPool(connection) != null``."""
    return pool_is_visible(cache.pool(), len(cache.all("host")))


def _version(host: Any, key: str) -> str:
    return str((host.software_version or {}).get(key, ""))


def _different_version(supporter: Any, coordinator: Any) -> bool:
    """``DifferentServerVersion``: API version, database schema, platform version and brand."""
    if (int(supporter.API_version_major or 0), int(supporter.API_version_minor or 0)) != \
            (int(coordinator.API_version_major or 0), int(coordinator.API_version_minor or 0)):
        return True
    schema = _version(supporter, "db_schema")
    if not schema or schema != _version(coordinator, "db_schema"):
        return True
    return _version(supporter, "platform_version") != _version(coordinator, "platform_version") or \
        _brand(supporter) != _brand(coordinator)


def _brand(host: Any) -> str:
    return _version(host, "product_brand") or _version(host, "platform_name")


def _compatible_management(cache: ObjectCache) -> bool:
    """``HasCompatibleManagementInterface``: physical PIFs only, or one more that is a management VLAN."""
    virtual = [pif for pif in cache.all("PIF") if not as_bool(pif.physical)]
    if not virtual:
        return True
    return len(virtual) == 1 and as_bool(virtual[0].management) and int(virtual[0].VLAN or -1) != -1


def join_reason(supporter: ObjectCache | None, pool: ObjectCache | None) -> JoinReason:
    """``PoolJoinRules.CanJoinPool`` (licences and roles aside) for the server of ``supporter`` and the pool of
    ``pool`` (None: not connected)."""
    if supporter is None:
        return JoinReason(translate("PoolJoin", "Disconnected"))
    joiner = coordinator_of(supporter)
    if joiner is None:
        return JoinReason(translate("PoolJoin", "Connecting..."))
    if is_a_pool(supporter):
        return JoinReason(translate("PoolJoin", "This server is coordinator of an existing pool"),
                          "JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS")
    if pool is None:
        return JoinReason(translate("PoolJoin", "The coordinator is disconnected"))
    coordinator = coordinator_of(pool)
    if coordinator is None:
        return JoinReason(translate("PoolJoin", "The coordinator is still connecting"))
    if supporter is pool or joiner.uuid == coordinator.uuid:
        return JoinReason(translate("PoolJoin", "Coordinator"))
    if (joiner.cpu_info or {}).get("vendor") != (coordinator.cpu_info or {}).get("vendor"):
        return JoinReason(translate("PoolJoin", "This server's hardware is incompatible with the coordinator's"),
                          "HOSTS_NOT_HOMOGENEOUS")
    if _different_version(joiner, coordinator):
        return JoinReason(translate("PoolJoin", "This server is a different version to the coordinator"),
                          "POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION")
    if ("xs:linux" in (joiner.software_version or {})) != ("xs:linux" in (coordinator.software_version or {})):
        return JoinReason(translate("PoolJoin", "This server's Linux pack installation state differs from that of "
                                                "the coordinator"),
                          "HOSTS_NOT_HOMOGENEOUS")
    if any(as_bool(sr.shared) and not sr.is_tools_sr for sr in supporter.all("SR")):
        return JoinReason(translate("PoolJoin", "This server has shared storage"),
                          "JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS")
    if any(vm.is_real_vm and vm.power_state == "Running" for vm in supporter.all("VM")):
        return JoinReason(translate("PoolJoin", "This server has running VMs"), "JOINING_HOST_CANNOT_HAVE_RUNNING_VMS")
    backends = _version(joiner, "network_backend"), _version(coordinator, "network_backend")
    if all(backends) and backends[0] != backends[1]:
        return JoinReason(translate("PoolJoin", "This server's network backend is different from the coordinator's"),
                          "OPERATION_NOT_ALLOWED")
    auth = (joiner.external_auth_type or "", joiner.external_auth_service_name or "")
    if auth != (coordinator.external_auth_type or "", coordinator.external_auth_service_name or "") and auth[0]:
        return JoinReason(translate("PoolJoin", "This server has a different Active Directory configuration to the "
                                                "coordinator"),
                          "POOL_JOINING_EXTERNAL_AUTH_MISMATCH")  # a server without AD is configured on joining
    pool_record = pool.pool()
    if pool_record is not None and as_bool(pool_record.ha_enabled):
        return JoinReason(translate("PoolJoin", "HA is enabled on the pool"), "HA_IS_ENABLED")
    if not _compatible_management(supporter):
        return JoinReason(translate("PoolJoin", "This server must not have any bonds, non management VLANs, SR-IOV "
                                                "networks or cross-server private networks"),
                          "POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS")
    return _tls_reason(supporter, pool)


def _tls_reason(supporter: ObjectCache, pool: ObjectCache) -> JoinReason:
    theirs, mine = pool.pool(), supporter.pool()
    on_pool = theirs is not None and as_bool(theirs.tls_verification_enabled)
    on_me = mine is not None and as_bool(mine.tls_verification_enabled)
    named = is_a_pool(pool)
    code = "POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH"
    if on_pool and not on_me:
        return JoinReason(translate("PoolJoin", "Certificate verification is enabled on the pool, but not on this "
                                                "server. To add the server to the pool, first enable certificate "
                                                "verification on the server.") if named else
                          translate("PoolJoin", "Certificate verification is enabled on coordinator, but not on this "
                                                "server. To create the pool, first enable certificate verification on "
                                                "the server."), code)
    if on_me and not on_pool:
        return JoinReason(translate("PoolJoin", "Certificate verification is enabled on this server, but not on the "
                                                "pool. To add the server to the pool, first enable certificate "
                                                "verification on the pool.") if named else
                          translate("PoolJoin", "Certificate verification is enabled on this server, but not on "
                                                "coordinator. To create the pool, first enable certificate "
                                                "verification on coordinator."), code)
    return ALLOWED
