"""Pool membership commands: Add to Pool (``pool.join``), Remove From Pool (``pool.eject``) and nominating a new
coordinator (``pool.designate_new_master``), with XenCenter's reasons and its data-loss warning."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from xencenter.commands.base import Choice, Command, Param, Refusal, Selection
from xencenter.commands.host import HostCommand, ellipsised, hand_over, is_coordinator
from xencenter.commands.network import BRAND_CONSOLE
from xencenter.commands.sr_new import the_cache
from xencenter.commands.work import async_call, start_operation
from xencenter.model.naming import natural_key
from xencenter.model.placement import host_state
from xencenter.model.pool_join import coordinator_of, is_a_pool, join_reason
from xencenter.model.values import NULL_REF, as_bool
from xencenter.model.words import translate
from xencenter.operations.background import report_progress
from xencenter.xenapi.calls import RecordingSession

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
        return Refusal(translate("CommandReasons", "The operation could not be performed because HA is enabled on "
                                                   "the pool."), "HA_IS_ENABLED")
    return ""


class EjectHostCommand(HostCommand):
    id, title, text = "pool.eject", "Remove From Pool", "Remove From &Pool"
    help = "Remove a server from its pool: its local storage is wiped and it restarts as a pool of its own."
    menus: ClassVar[tuple[str, ...]] = ("Server", "Pool")
    icon, activity, group, order = "delete", "Removing server from pool", 60, 10

    def refusal(self, obj: Host) -> str:
        if is_coordinator(obj):
            return translate("CommandReasons", "You cannot remove the coordinator from the pool.")
        if not host_state(obj).live:
            return Refusal(translate("CommandReasons", "The server is unreachable."), "HOST_OFFLINE")
        if len(obj.resident_VMs) > 1:  # XenCenter counts the control domain
            return Refusal(translate("CommandReasons", "This server has running VMs"), "OPERATION_NOT_ALLOWED")
        return ha_refusal(obj)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        pool = ellipsised(pool_name(targets[0]), 500)
        if len(targets) == 1:
            name = ellipsised(targets[0].name, 500)
            text = translate("Confirmations", "Do you want to remove '{name}' from pool '{pool}'? \n\nThis will "
                                              "permanently delete and reinitialize all local storage on '{name}'. Your "
                                              "data will be lost, and the server will be rebooted. If Active Directory "
                                              "is configured for pool '{pool}', the server will be removed from the "
                                              "domain.").format(name=name, pool=pool)
        else:
            text = translate("Confirmations", "Do you want to remove the selected servers from pool '{pool}'?\n\nThis "
                                              "will permanently delete and reinitialize all local storage on the "
                                              "servers. Your data will be lost, and the servers will be rebooted. If "
                                              "Active Directory is configured for pool '{pool}', the servers will be "
                                              "removed from the domain.").format(pool=pool)
        return context.prompter.confirm(translate("Confirmations", "Remove From Pool"),
                                        text,
                                        ok=translate("Confirmations", "Yes, Remove"),
                                        danger=True)

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
            return translate("CommandReasons", "'{name}' is already the pool coordinator.").format(name=obj.name)
        if not host_state(obj).live:
            return Refusal(translate("CommandReasons", "Server is not reachable"), "HOST_OFFLINE")
        return ha_refusal(obj)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        host = targets[0]
        text = translate("Confirmations", "Nominate '{name}' as the new coordinator of pool '{pool}'?\n\n{program} "
                                          "will temporarily lose connection to the pool while the coordinator "
                                          "changes, then connects to the new coordinator.").format(
            name=host.name, pool=pool_name(host), program=BRAND_CONSOLE)
        return context.prompter.confirm(translate("Commands", self.title),
                                        text,
                                        ok=translate("Confirmations", "Make Coordinator"))

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        connection = context.connections.for_cache(obj.cache)

        def work(session: Session, op: Operation) -> None:
            hand_over(context, connection, session, obj)

        return start_operation(context, self.activity, obj, work, cancellable=False)


class JoinPoolCommand(HostCommand):
    """XenCenter's Add to Pool (``AddHostToPoolCommand``): a standalone server joins a connected pool."""

    id, title, text = "pool.join", "Add to Pool", "Add to &Pool"
    help = "Add a standalone server to a pool: it restarts as a member, its local storage and halted VMs go with it."
    icon, activity, group, order = "add-server", "Adding server to pool", 60, 5
    params = (
        Param("pool_server", "server", "the pool to join (with --pool-user, --pool-password-file)"),
        Param("pool_user", str, "user name on --pool-server"),
        Param("pool_password", str, "password on --pool-server", secret=True),
        Param("pool_fingerprint", str, "SHA-256 fingerprint of --pool-server's certificate"),
    )

    def refusal(self, obj: Host) -> str:
        if is_a_pool(obj.cache) and not is_coordinator(obj):
            return translate("CommandReasons", "'{name}' is already in pool '{pool_name}'.").format(
                name=obj.name, pool_name=pool_name(obj))
        if is_a_pool(obj.cache):
            return Refusal(translate("CommandReasons", "This server is coordinator of an existing pool"),
                           "JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS")
        return super().refusal(obj)

    def choices(self, selection: Selection, context: AppContext | None = None) -> list[Choice]:
        """XenCenter's Add to Pool submenu (``AddSelectedHostToPoolToolStripMenuItem``): every connected pool,
        greyed with ``PoolJoinRules``' reason when a selected server cannot join it, then New Pool...."""
        targets = self.targets(selection)
        entries = []
        for cache in connected_pools(context, targets) if context is not None else []:
            why = next((reason for t in targets if (reason := join_reason(t.cache, cache))), None)
            name = ellipsised(_pool_name(cache), 50)
            entries.append(Choice(f"{name} ({why.text})" if why else name, {"pool_server": cache},
                                  why.text if why else "", "pool"))
        entries.append(Choice(translate("Commands", "New Pool..."), {}, "", "pool", command="pool.new"))
        return entries

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        """Without ``pool_server``: the one connected pool (the confirmation names it); among several the user
        chooses in the submenu (``choices``) or by dragging the server onto one."""
        if params.get("pool_server") is not None:
            return params
        pools = connected_pools(context, targets)
        if len(pools) != 1:
            names = ", ".join(f"'{_pool_name(p)}'" for p in pools)
            raise ValueError(translate("CommandReasons", "Choose the pool to add the server to (--pool-server): "
                                                         "{names} are connected.").format(names=names) if pools else
                             translate("CommandReasons", "Choose the pool to add the server to (--pool-server): no "
                                                         "pool is connected."))
        return {**params, "pool_server": pools[0]}

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        pool = ellipsised(_pool_name(params["pool_server"]), 500)
        text = (translate("Confirmations", "Do you want to move the server {name} into the pool {pool}?").format(
                    name=ellipsised(targets[0].name, 500), pool=pool)
                if len(targets) == 1 else
                translate("Confirmations", "Do you want to move the selected servers into the pool {pool}?").format(
                    pool=pool))
        return context.prompter.confirm(translate("Confirmations", "Adding to Pool"),
                                        text,
                                        ok=translate("Confirmations", "Yes"))

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        pool_cache: ObjectCache = params["pool_server"]
        pool = _pool_name(pool_cache)
        check_joiners([obj.cache], pool_cache, pool)
        join = async_call("pool.join", *join_credentials(context, pool_cache, [obj.name], pool))
        connection = context.connections.for_cache(pool_cache)
        pool_session = connection.session if connection is not None else None

        def work(session: Session, op: Operation) -> None:
            join(session, op)
            if pool_session is not None:  # XenCenter clears them with a session on the pool
                clear_non_shared_srs(cast("Session", RecordingSession(pool_session, op.log, plan=context.dry_run)),
                                     pool_cache)

        title = translate("Activities", "Adding server '{name}' to pool '{pool}'").format(name=obj.name, pool=pool)
        op = start_operation(context, title, obj, work, cancellable=False)
        drop_when_joined(context, op, [obj.cache])
        return op


def connected_pools(context: AppContext, targets: list[Any]) -> list[ObjectCache]:
    """The caches of the connected pools (``Helpers.GetPool``) other than the targets' own, by name."""
    pools = [c.cache for c in context.connections if c.session is not None and is_a_pool(c.cache)
             and all(c.cache is not t.cache for t in targets)]
    return sorted(pools, key=lambda cache: natural_key(_pool_name(cache)))


def clear_non_shared_srs(session: Session, cache: ObjectCache) -> None:
    """XenCenter's ``PoolAction.ClearNonSharedSrs``: a pool's default SR that is local storage stops being the
    default (with the crash dump and suspend image SRs), as a pool of several servers needs shared storage."""
    pool = cache.pool()
    default = pool.default_SR if pool is not None else None
    if pool is None or default is None or as_bool(default.shared):
        return
    for field in ("default_SR", "crash_dump_SR", "suspend_image_SR"):
        session.call(f"pool.set_{field}", pool.ref, NULL_REF)


def drop_when_joined(context: AppContext, op: Operation, joiners: list[ObjectCache]) -> None:
    """XenCenter's ``ClearCacheAndRemoveConnection``: once the operation succeeded, the joined servers'
    connections go (each server is reached through its pool now)."""
    from xencenter.operations.history import OperationStatus

    connections = [c for cache in joiners if (c := context.connections.for_cache(cache)) is not None]
    if context.dry_run or not connections:
        return

    def on_changed(changed: Operation) -> None:
        if changed is not op or not op.status.finished:
            return
        context.history.changed.disconnect(on_changed)
        if op.status is OperationStatus.SUCCESS:
            for connection in connections:
                context.connections.remove(connection)

    context.history.changed.connect(on_changed)
    if op.status.finished:  # it ended before the signal was connected (refused at once)
        on_changed(op)


def check_joiners(joiners: list[ObjectCache], pool_cache: ObjectCache, pool: str) -> None:
    """XenCenter's ``PoolJoinRules`` for each server: ValueError with its error dialog's words when any cannot."""
    reasons = [f"{_pool_name(cache)}: {why.text}." for cache in joiners if (why := join_reason(cache, pool_cache))]
    if reasons:
        raise ValueError(translate("CommandReasons", "The following servers could not be added to the pool "
                                                     "'{pool}': {reasons}").format(pool=ellipsised(pool, 500),
                                                                                   reasons=" ".join(reasons)))


def join_credentials(context: AppContext, pool_cache: ObjectCache, names: list[str], pool: str) -> tuple[str, str, str]:
    """What ``pool.join`` sends: the coordinator's address (``ADDRESS:PORT`` when the pool is not on 443, the
    simulator's case) and the pool connection's user and password."""
    connection = context.connections.for_cache(pool_cache)
    if connection is None or connection.session is None or connection.password is None:
        words = (translate("CommandReasons", "Unable to move the server '{name}' into the pool '{pool}': the pool is "
                                             "no longer connected.") if len(names) == 1 else
                 translate("CommandReasons", "Unable to move the servers into the pool '{pool}': the pool is no "
                                             "longer connected."))
        raise ValueError(words.format(name=ellipsised(names[0], 500) if names else "", pool=ellipsised(pool, 500)))
    coordinator = coordinator_of(pool_cache)
    address = str(coordinator.address) if coordinator is not None else connection.coordinator.host
    if connection.coordinator.port != 443:  # xapi listens on 443; another port travels with the address
        address = f"{address}:{connection.coordinator.port}"
    return address, connection.user, connection.password


def _pool_name(cache: ObjectCache) -> str:
    """XenCenter's ``Helpers.GetName(pool)`` for a connection's cache."""
    master = coordinator_of(cache)
    return pool_name(master) if master is not None else ""


class NewPoolCommand(Command):
    """XenCenter's New Pool (``NewPoolCommand``, ``NewPoolDialog``, ``CreatePoolAction``): a standalone server
    becomes the coordinator of a named pool and other standalone servers join it."""

    id, title, text = "pool.new", "New Pool", "New &Pool..."
    help = "Make a pool: name a standalone server's pool and add other standalone servers to it."
    menus: ClassVar[tuple[str, ...]] = ("Pool",)
    kinds, wants, needs_selection = ("pool", "host", "server"), "a server", False
    icon, activity, group, order = "add-server", "Creating pool", 5, 10
    params = (
        Param("name", str, "the new pool's name"),
        Param("description", str, "its description", default=""),
        Param("member_server", "server", "a standalone server to add (with --member-user, --member-password-file)"),
        Param("member_user", str, "user name on --member-server"),
        Param("member_password", str, "password on --member-server", secret=True),
        Param("member_fingerprint", str, "SHA-256 fingerprint of --member-server's certificate"),
    )

    def refusal(self, obj: Any) -> str:
        return ""

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        members = [params["member_server"]] if params.get("member_server") else []
        others = [c.cache for c in context.connections if c.session is not None and c.cache not in members]
        cache = the_cache(selection, context) or (others[0] if len(others) == 1 else None)
        answer: dict[str, Any] = {"name": params.get("name"), "description": params.get("description") or "",
                                  "coordinator": cache, "members": members}
        if not answer["name"] and answer["members"] == []:
            opened = context.dialogs.new_pool(context, cache)
            if opened is None:
                return []
            answer = opened
        return [self.create(context, answer)]

    def create(self, context: AppContext, answer: dict[str, Any]) -> Operation:
        name, description = str(answer.get("name") or "").strip(), str(answer.get("description") or "")
        coordinator_cache: ObjectCache | None = answer.get("coordinator")
        members: list[ObjectCache] = list(answer.get("members") or [])
        if not name:
            raise ValueError(translate("CommandReasons", "Pool name cannot be empty (--name)."))
        if coordinator_cache is None or coordinator_of(coordinator_cache) is None:
            raise ValueError(translate("CommandReasons", "There is no eligible coordinator: connect to a standalone "
                                                         "server (--server)."))
        if is_a_pool(coordinator_cache):
            raise ValueError(translate("CommandReasons", "'{name}' is already a pool: choose a standalone server.")
                             .format(name=_pool_name(coordinator_cache)))
        check_joiners(members, coordinator_cache, name)
        credentials = join_credentials(context, coordinator_cache, [_pool_name(m) for m in members], name) \
            if members else None
        sessions = []
        for member in members:
            connection = context.connections.for_cache(member)
            if connection is None or connection.session is None:
                raise ValueError(translate("CommandReasons", "Not connected to '{name}'.").format(
                    name=_pool_name(member)))
            sessions.append((_pool_name(member), connection.session))
        pool = coordinator_cache.pool()
        assert pool is not None, "a connected server has its pool"
        pool_ref = pool.ref

        def work(session: Session, op: Operation) -> None:
            session.call("pool.set_name_label", pool_ref, name)
            session.call("pool.set_name_description", pool_ref, description)
            clear_non_shared_srs(session, coordinator_cache)
            for i, (member, member_session) in enumerate(sessions):
                report_progress(i / len(sessions), translate("Progress", "Adding '{name}' to the pool").format(
                    name=member))
                remote = RecordingSession(member_session, op.log, plan=context.dry_run)
                assert credentials is not None
                async_call("pool.join", *credentials)(cast("Session", remote), op)

        master = coordinator_of(coordinator_cache)
        title = translate("Activities", "Creating pool '{name}' with coordinator '{master}'").format(
            name=name, master=master.name)
        op = start_operation(context, title, pool, work,
                             cancellable=False)
        drop_when_joined(context, op, members)
        return op
