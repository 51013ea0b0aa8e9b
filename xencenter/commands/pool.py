"""Pool membership commands: Add to Pool (``pool.join``), Remove From Pool (``pool.eject``) and nominating a new
coordinator (``pool.designate_new_master``), with XenCenter's reasons and its data-loss warning."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Param, Refusal
from xencenter.commands.host import HostCommand, ellipsised, hand_over, is_coordinator
from xencenter.commands.network import BRAND_CONSOLE
from xencenter.commands.work import async_call, start_operation
from xencenter.model.placement import host_state
from xencenter.model.pool_join import coordinator_of, is_a_pool, join_reason
from xencenter.model.values import as_bool

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import Host
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


def pool_name(host: Host) -> str:
    """XenCenter's ``Helpers.GetName(pool)``: the pool's name, or its coordinator's when it has none."""
    pool = host.cache.pool()
    if pool is not None and pool.name_label:
        return str(pool.name_label)
    master = pool.master if pool is not None else None
    return master.name if master is not None else ""


def ha_refusal(host: Host) -> str:
    """xapi refuses membership changes while HA is on (HA_IS_ENABLED), in XenCenter's words."""
    pool = host.cache.pool()
    if pool is not None and as_bool(pool.ha_enabled):
        return Refusal("The operation could not be performed because HA is enabled on the pool.", "HA_IS_ENABLED")
    return ""


class EjectHostCommand(HostCommand):
    id, title, text = "pool.eject", "Remove From Pool", "Remove From &Pool"
    help = "Remove a server from its pool: its local storage is wiped and it restarts as a pool of its own."
    menus: ClassVar[tuple[str, ...]] = ("Server", "Pool")
    icon, activity, group, order = "delete", "Removing server from pool", 60, 10

    def refusal(self, obj: Host) -> str:
        if is_coordinator(obj):
            return "You cannot remove the coordinator from the pool."
        if not host_state(obj).live:
            return Refusal("The server is unreachable.", "HOST_OFFLINE")
        if len(obj.resident_VMs) > 1:  # XenCenter counts the control domain
            return Refusal("This server has running VMs", "OPERATION_NOT_ALLOWED")
        return ha_refusal(obj)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        pool = ellipsised(pool_name(targets[0]), 500)
        if len(targets) == 1:
            name = ellipsised(targets[0].name, 500)
            text = (f"Do you want to remove '{name}' from pool '{pool}'? \n\nThis will permanently delete and "
                    f"reinitialize all local storage on '{name}'. Your data will be lost, and the server will be "
                    f"rebooted. If Active Directory is configured for pool '{pool}', the server will be removed "
                    "from the domain.")
        else:
            text = (f"Do you want to remove the selected servers from pool '{pool}'?\n\nThis will permanently "
                    "delete and reinitialize all local storage on the servers. Your data will be lost, and the "
                    f"servers will be rebooted. If Active Directory is configured for pool '{pool}', the servers "
                    "will be removed from the domain.")
        return context.prompter.confirm("Remove From Pool", text, ok="Yes, Remove", danger=True)

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, async_call("pool.eject", obj.ref), cancellable=False)


class DesignateCoordinatorCommand(HostCommand):
    id, title, text = "pool.designate-coordinator", "Make Pool Coordinator", "Make Pool &Coordinator..."
    help = "Nominate a member as the new coordinator of its pool; the connection follows it."
    menus: ClassVar[tuple[str, ...]] = ("Server", "Pool")
    icon, activity, group, order = "maintenance", "Nominating new coordinator", 60, 20
    single = "Select one server: a pool has one coordinator."

    def refusal(self, obj: Host) -> str:
        if is_coordinator(obj):
            return f"'{obj.name}' is already the pool coordinator."
        if not host_state(obj).live:
            return Refusal("Server is not reachable", "HOST_OFFLINE")
        return ha_refusal(obj)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        host = targets[0]
        text = (f"Nominate '{host.name}' as the new coordinator of pool '{pool_name(host)}'?\n\n{BRAND_CONSOLE} will "
                "temporarily lose connection to the pool while the coordinator changes, then connects to the new "
                "coordinator.")
        return context.prompter.confirm(self.title, text, ok="Make Coordinator")

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        connection = context.connections.for_cache(obj.cache)

        def work(session: Session, op: Operation) -> None:
            hand_over(context, connection, session, obj)

        return start_operation(context, self.activity, obj, work, cancellable=False)


class JoinPoolCommand(HostCommand):
    """XenCenter's Add to Pool (``AddHostToPoolCommand``): a standalone server joins a connected pool."""

    id, title, text = "pool.join", "Add to Pool", "Add to &Pool..."
    help = "Add a standalone server to a pool: it restarts as a member, its local storage and halted VMs go with it."
    icon, activity, group, order = "add-server", "Adding server to pool", 60, 5
    params = (
        Param("pool_server", "server", "the pool to join (with --pool-user, --pool-password-file)"),
        Param("pool_user", str, "user name on --pool-server"),
        Param("pool_password", str, "password on --pool-server", secret=True),
        Param("pool_fingerprint", str, "SHA-256 fingerprint of --pool-server's certificate"),
    )

    def refusal(self, obj: Host) -> str:
        if is_a_pool(obj.cache):
            return Refusal("This server is coordinator of an existing pool",
                           "JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS")
        return super().refusal(obj)

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if params.get("pool_server") is None:
            raise ValueError("Choose the pool to add the server to (--pool-server).")
        return params

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        pool = ellipsised(_pool_name(params["pool_server"]), 500)
        text = (f"Do you want to move the server {ellipsised(targets[0].name, 500)} into the pool {pool}?"
                if len(targets) == 1 else f"Do you want to move the selected servers into the pool {pool}?")
        return context.prompter.confirm("Adding to Pool", text, ok="Yes")

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        pool_cache: ObjectCache = params["pool_server"]
        pool = _pool_name(pool_cache)
        reason = join_reason(obj.cache, pool_cache)
        if reason:
            raise ValueError(f"The following servers could not be added to the pool '{ellipsised(pool, 500)}': "
                             f"{obj.name}: {reason.text}.")
        connection = context.connections.for_cache(pool_cache)
        if connection is None or connection.session is None or connection.password is None:
            raise ValueError(f"Unable to move the server '{ellipsised(obj.name, 500)}' into the pool "
                             f"'{ellipsised(pool, 500)}': the pool is no longer connected.")
        coordinator = coordinator_of(pool_cache)
        address = str(coordinator.address) if coordinator is not None else connection.coordinator.host
        if connection.coordinator.port != 443:  # xapi listens on 443; another port travels with the address
            address = f"{address}:{connection.coordinator.port}"
        work = async_call("pool.join", address, connection.user, connection.password)
        return start_operation(context, f"Adding server '{obj.name}' to pool '{pool}'", obj, work, cancellable=False)


def _pool_name(cache: ObjectCache) -> str:
    """XenCenter's ``Helpers.GetName(pool)`` for a connection's cache."""
    master = coordinator_of(cache)
    return pool_name(master) if master is not None else ""
