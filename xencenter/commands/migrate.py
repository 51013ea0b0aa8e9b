"""Moving VMs: XenCenter's "Migrate to Server" submenu (``VM.pool_migrate``, each host with the reason it cannot
take the VM), its cross-pool migration wizard (``host.migrate_receive`` on the destination, then
``VM.migrate_send`` on the source), and storage motion (``VM.migrate_send`` within the pool for a VM's disks,
``VDI.pool_migrate`` for chosen disks of a running VM).

On the command line a cross-pool destination is ``--to-server URL --to-user U --to-password-file F
[--to-fingerprint FP]`` and ``--host``, ``--sr``, ``--network`` name its objects; the window's wizard gathers the
same parameters from a connected server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Choice, Command, Param, Refusal, Selection
from xencenter.commands.devices import task
from xencenter.commands.vm import busy_reason, vm_refusal
from xencenter.commands.work import async_call, start_operation
from xencenter.model.failures import MakeFailed, explain
from xencenter.model.migration import (
    boot_reason,
    cross_pool_problems,
    default_network,
    default_sr,
    migrate_targets,
    migration_network,
    movable_disks,
    sentence,
    storage_target_reason,
)
from xencenter.model.words import translate
from xencenter.operations.background import report_progress, run_in_background
from xencenter.xenapi.calls import RecordingSession

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import SR, VDI, VM, Host, Network, XenObject
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


def find(cache: ObjectCache, cls: str, value: Any, option: str) -> Any:
    """The object given (from a dialog) or named by name, UUID or ref (from the command line) in ``cache``."""
    if value is None or not isinstance(value, str):
        return value
    found = [obj for obj in cache.all(cls) if value in (obj.ref, obj.uuid, obj.name)]
    if len(found) != 1:
        words = (translate("CommandReasons", "{option}: no single {cls} called {value} (several are: give the UUID).")
                 if found else translate("CommandReasons", "{option}: no single {cls} called {value}."))
        raise ValueError(words.format(option=option, cls=cls, value=repr(value)))
    return found[0]


def _pairs(values: list[str] | None, option: str) -> dict[str, str]:
    """``["0=NFS", "1=Local"]`` -> {"0": "NFS", "1": "Local"}."""
    pairs = {}
    for text in values or []:
        key, sep, value = text.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValueError(translate("CommandReasons", "{option} takes POSITION=NAME, not {text}.").format(
                option=option, text=repr(text)))
        pairs[key.strip()] = value.strip()
    return pairs


class MigrateCommand(Command):
    """Move a running VM to another server of its pool, or any VM to another pool."""

    id, title, text = "vm.migrate", "Migrate to Server", "&Migrate to Server"
    help = "Move a VM to another server of its pool (live), or to another pool with its disks."
    menus, group, order, activity, kinds, wants = ("VM",), 10, 17, "Migrating VM", ("vm",), "a VM"
    params = (
        Param("host", str, "the server to move the VM to (in its pool, or in --to-server's pool)"),
        Param("to_server", "server", "another pool's server to move the VM to (with --to-user, --to-password-file)"),
        Param("to_user", str, "user name on --to-server"),
        Param("to_password", str, "password on --to-server", secret=True),
        Param("to_fingerprint", str, "SHA-256 fingerprint of --to-server's certificate"),
        Param("sr", str, "across pools: the destination storage for the disks"),
        Param("disk_sr", str, "across pools: POSITION=SR for one disk", many=True),
        Param("network", str, "across pools: the destination network for the interfaces"),
        Param("vif_network", str, "across pools: DEVICE=NETWORK for one interface", many=True),
        Param("transfer_network", str, "across pools: the destination network the migration travels on"),
    )

    def refusal(self, obj: VM) -> str:
        if {"pool_migrate", "migrate_send"} & set(obj.allowed_operations or ()):
            return ""
        return vm_refusal(obj, "pool_migrate")

    def choices(self, selection: Selection, context: AppContext | None = None) -> list[Choice]:
        """The pool's hosts, each with the reason one of the VMs cannot move there, then the wizard."""
        targets = self.targets(selection)
        stopped = next((why for vm in targets if (why := vm_refusal(vm, "pool_migrate"))), "")
        entries = []
        for choice in migrate_targets(targets):
            reason = stopped or choice.reason  # only a running VM moves to another server of its pool
            entries.append(Choice(f"{choice.host.name} ({reason.rstrip('.')})" if reason else choice.host.name,
                                  {"host": choice.host}, reason, "host:dead" if reason else "host:live"))
        if len(targets) == 1:
            entries.append(Choice(translate("Commands", "Migrate VM wizard..."), {}))
        return entries

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if params.get("host") is not None or params.get("to_server") is not None:
            return params
        if len(targets) != 1:
            raise ValueError(translate("CommandReasons", "Choose the server to move the VMs to."))
        answer = context.dialogs.migrate_vm(context, targets[0])
        return {**params, **answer} if answer else None

    def run_on(self, obj: VM, context: AppContext, **params: Any) -> Operation | None:
        if params.get("to_server") is not None:
            return self._cross_pool(obj, context, params)
        host = find(obj.cache, "host", params.get("host"), "--host")
        if host is None:
            raise ValueError(translate("CommandReasons", "Give the server to move the VM to (--host), or another "
                                                         "pool's (--to-server)."))
        reason = vm_refusal(obj, "pool_migrate") or boot_reason(obj, host)
        if reason:
            raise ValueError(translate("CommandReasons", "'{vm}' cannot move to '{host}': {reason}").format(
                vm=obj.name, host=host.name, reason=sentence(reason)))
        work = async_call("VM.pool_migrate", obj.ref, host.ref, {})
        title = translate("Activities", "Migrating VM to '{name}'").format(name=host.name)
        return start_operation(context, title, obj, work)

    def _cross_pool(self, vm: VM, context: AppContext, params: dict[str, Any]) -> Operation:
        dest: ObjectCache = params["to_server"]
        if dest is vm.cache:
            raise ValueError(translate("CommandReasons", "The destination is the VM's own pool: give --host alone."))
        plan = cross_pool_plan(vm, dest, params)
        connection = context.connections.for_cache(dest)
        if connection is None or connection.session is None:
            raise ValueError(translate("CommandReasons", "Not connected to the destination server."))
        dest_session = connection.session
        vdi_map = {vdi.ref: sr.ref for vdi, sr in plan.disks}
        vif_map = {vif.ref: network.ref for vif, network in plan.vifs}

        def work(session: Session, op: Operation) -> None:
            remote = RecordingSession(dest_session, op.log, plan=context.dry_run)
            report_progress(0.0, translate("Progress", "Preparing the destination"))
            receive = remote.call("host.migrate_receive", plan.host.ref, plan.transfer.ref, {})
            task(session, op, "VM.migrate_send", vm.ref, receive, True, vdi_map, vif_map, {}, {},
                 span=(0.02, 1.0), text=translate("Progress", "Migrating"))

        title = translate("Activities", "Migrating VM to '{name}' in another pool").format(name=plan.host.name)
        return start_operation(context, title, vm, work)


class CrossPoolPlan:
    """What a cross-pool migration sends where: the target host, each disk's SR, each interface's network and
    the transfer network, all of the destination pool."""

    def __init__(self, host: Host, disks: list[tuple[VDI, SR]], vifs: list[tuple[Any, Network]],
                 transfer: Network) -> None:
        self.host, self.disks, self.vifs, self.transfer = host, disks, vifs, transfer


def cross_pool_plan(vm: VM, dest: ObjectCache, params: dict[str, Any]) -> CrossPoolPlan:
    """The destination objects for every disk and interface of the VM, from the parameters or the defaults
    (the pool's default SR, the network of the same name, the management network); ValueError in words."""
    host = find(dest, "host", params.get("host"), "--host")
    if host is None:
        raise ValueError(translate("CommandReasons", "Give the destination server (--host)."))
    one_sr = find(dest, "SR", params.get("sr"), "--sr")
    per_disk = _pairs(params.get("disk_sr"), "--disk-sr")
    disks = []
    for vbd in sorted((v for v in vm.VBDs if not v.is_cd and v.VDI is not None), key=lambda v: v.userdevice):
        vdi = vbd.VDI
        assert vdi is not None
        sr = find(dest, "SR", per_disk[vbd.userdevice], "--disk-sr") if vbd.userdevice in per_disk else one_sr
        sr = sr or default_sr(dest, host, vdi.virtual_size)
        if sr is None:
            raise ValueError(translate("CommandReasons", "No storage of the destination can hold the disk '{disk}': "
                                                         "give --sr.").format(disk=vdi.name))
        disks.append((vdi, sr))
    one_net = find(dest, "network", params.get("network"), "--network")
    per_vif = _pairs(params.get("vif_network"), "--vif-network")
    vifs = []
    for vif in sorted(vm.VIFs, key=lambda v: v.device):
        network = find(dest, "network", per_vif[vif.device], "--vif-network") if vif.device in per_vif else one_net
        network = network or default_network(dest, vif)
        if network is None:
            raise ValueError(translate("CommandReasons", "No network of the destination for interface {device}: give "
                                                         "--network.").format(device=vif.device))
        vifs.append((vif, network))
    transfer = find(dest, "network", params.get("transfer_network"), "--transfer-network") or migration_network(dest)
    if transfer is None:
        raise ValueError(translate("CommandReasons", "The destination has no management network: give "
                                                     "--transfer-network."))
    return CrossPoolPlan(host, disks, vifs, transfer)


def precheck(context: AppContext, vm: VM, params: dict[str, Any], done: Callable[[list[str]], None]) -> None:
    """The wizard's last check before Finish: every reason the caches know (``cross_pool_problems``), then the
    servers' own (``host.migrate_receive`` on the destination, ``VM.assert_can_migrate`` on the source), in
    words; ``done(reasons)`` on the UI thread, an empty list when the VM can go. Nothing is recorded: it
    changes nothing the user would see."""
    try:
        plan = cross_pool_plan(vm, params["to_server"], params)
    except ValueError as exc:
        done([str(exc)])
        return
    problems = cross_pool_problems(vm, plan.host, plan.disks)
    source = context.connections.for_cache(vm.cache)
    dest = context.connections.for_cache(params["to_server"])
    if source is None or dest is None or source.session is None or dest.session is None:
        done([*problems, translate("CommandReasons", "Not connected to both servers.")])
        return
    source_session, dest_session = source.session, dest.session
    vdi_map = {vdi.ref: sr.ref for vdi, sr in plan.disks}
    vif_map = {vif.ref: network.ref for vif, network in plan.vifs}

    def check() -> None:
        receive = dest_session.call("host.migrate_receive", plan.host.ref, plan.transfer.ref, {})
        source_session.call("VM.assert_can_migrate", vm.ref, receive, True, vdi_map, vif_map, {})

    def refused(exc: BaseException) -> None:
        holders = [vm, next(iter(params["to_server"].all("pool")), plan.host)]  # an object of each pool
        words, _ = explain(exc, lambda ref: next((n for o in holders if (n := context.connections.name_of(o, ref))),
                                                 None))
        done([*problems, words] if words not in problems else problems)

    run_in_background(check, on_success=lambda _: done(problems), on_failure=refused)


# ---- storage --------------------------------------------------------------------------------------------------


class MoveStorageCommand(Command):
    """Move all or some of a VM's disks to other storage of its pool, the VM running or not."""

    id, title, text = "vm.move-storage", "Move VM Storage", "Move VM Stora&ge..."
    help = "Move a VM's disks (all, or those given by position) to another storage repository of its pool."
    menus, group, order, activity, kinds, wants = ("VM",), 10, 18, "Moving VM storage", ("vm",), "a VM"
    params = (Param("sr", "SR", "the storage repository to move the disks to", required=True),
              Param("disk", str, "a disk's position (the VM's Storage tab); all disks when none is given",
                    many=True))

    def refusal(self, obj: VM) -> str:
        if not movable_disks(obj):
            return Refusal(translate("CommandReasons", "'{name}' has no virtual disks.").format(
                name=obj.name), "VDI_NOT_IN_MAP")
        if "migrate_send" in (obj.allowed_operations or ()):
            return ""
        return busy_reason(obj) or vm_refusal(obj, "migrate_send")

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if params.get("sr") is not None or len(targets) != 1:
            return params
        answer = context.dialogs.move_vm_storage(context, targets[0])
        return {**params, **answer} if answer else None

    def run_on(self, obj: VM, context: AppContext, *, sr: SR | None = None, disk: list[str] | None = None,
               **params: Any) -> Operation | None:
        if sr is None:
            raise ValueError(translate("CommandReasons", "Give the storage repository to move the disks to (--sr)."))
        chosen = chosen_disks(obj, disk)
        moving = [d for d in chosen if d.ref_of("SR") != sr.ref]
        if not moving:
            return None
        problem = storage_target_reason(obj, sr, moving)
        if problem:
            raise ValueError(problem)
        title = translate("Activities", "Moving the storage of VM to '{name}'").format(name=sr.name)
        if disk and obj.power_state == "Running":
            return start_operation(context, title, obj, _each_disk(moving, sr))
        vdi_map = {d.ref: (sr.ref if d in moving else d.ref_of("SR")) for d in movable_disks(obj)}
        host = obj.resident_on if obj.power_state == "Running" else (obj.home or _coordinator(obj))
        network = migration_network(obj.cache)
        if host is None or network is None:
            raise ValueError(translate("CommandReasons", "The pool has no server to receive the disks."))
        vm_ref, host_ref, network_ref = obj.ref, host.ref, network.ref

        def work(session: Session, op: Operation) -> None:
            receive = session.call("host.migrate_receive", host_ref, network_ref, {})
            task(session, op, "VM.migrate_send", vm_ref, receive, True, vdi_map, {}, {}, {}, span=(0.02, 1.0),
                 text=translate("Progress", "Moving the disks"))

        return start_operation(context, title, obj, work)


def _coordinator(vm: VM) -> Host | None:
    pool = vm.cache.pool()
    return pool.master if pool is not None else None


def chosen_disks(vm: VM, positions: list[str] | None) -> list[VDI]:
    """The VM's disks at these positions (all when none); ValueError naming a position without a disk."""
    disks = {v.userdevice: v.VDI for v in vm.VBDs if not v.is_cd and v.VDI is not None}
    if not positions:
        return movable_disks(vm)
    missing = [p for p in positions if p not in disks]
    if missing:
        raise ValueError(translate("CommandReasons", "'{vm}' has no disk at position {position}.").format(
            vm=vm.name, position=missing[0]))
    return [d for p in positions if (d := disks[p]) is not None]


def _each_disk(disks: list[VDI], sr: SR) -> Any:
    """``VDI.pool_migrate`` of each disk in turn, the operation's progress shared between them."""
    named = [(d.ref, d.name) for d in disks]

    def work(session: Session, op: Operation) -> None:
        moved: list[str] = []
        for index, (ref, name) in enumerate(named):
            span = (index / len(named), (index + 1) / len(named))
            try:
                task(session, op, "VDI.pool_migrate", ref, sr.ref, {}, span=span,
                     text=translate("Progress", "Moving '{name}'").format(name=name))
            except Exception as exc:
                note = translate("Progress", "Moved already: {names}.").format(
                    names=", ".join(repr(m) for m in moved)) if moved else ""
                raise MakeFailed(translate("Progress", "move the disk '{name}' to '{sr}'").format(name=name, sr=sr.name),
                                 exc, note) from exc
            moved.append(name)

    return work


class MigrateDiskCommand(Command):
    """XenCenter's Migrate Virtual Disk: a disk of a running VM moves live to other storage."""

    id, title, text = "vdi.migrate", "Migrate Virtual Disk", "Mi&grate..."
    help = "Move a disk of a running VM to another storage repository without stopping the VM."
    kinds, wants, menus, in_context_menu, group, order = ("vbd", "vdi"), "a virtual disk", (), False, 61, 55
    activity, single = "Migrating virtual disk", "Select one virtual disk."
    params = (Param("sr", "SR", "the storage repository to move it to", required=True),)

    def applies_to(self, obj: Any) -> bool:
        return super().applies_to(obj) and not (obj.cls == "VBD" and obj.is_cd)

    def refusal(self, obj: Any) -> str:
        vm = running_vm(obj)
        if vm is None:
            return Refusal(translate("CommandReasons", "Only a disk of a running VM can be migrated: move it instead."),
                           "VDI_NEEDS_VM_FOR_MIGRATE")
        return "" if "migrate_send" in (vm.allowed_operations or ()) else (
            busy_reason(vm) or vm_refusal(vm, "migrate_send"))

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if params.get("sr") is not None:
            return params
        vdi = _vdi(targets[0])
        answer = context.dialogs.move_disk(context, vdi)
        return {**params, **answer} if answer else None

    def run_on(self, obj: Any, context: AppContext, *, sr: SR | None = None, **params: Any) -> Operation | None:
        vdi, vm = _vdi(obj), running_vm(obj)
        if sr is None or vm is None:
            raise ValueError(translate("CommandReasons", "Choose where the disk goes."))
        if sr.ref == vdi.ref_of("SR"):
            return None
        problem = storage_target_reason(vm, sr, [vdi])
        if problem:
            raise ValueError(problem)
        title = translate("Activities", "Migrating virtual disk '{name}' to '{sr}' for").format(
            name=vdi.name, sr=sr.name)
        return start_operation(context, title, vm, _each_disk([vdi], sr))


def _vdi(obj: XenObject) -> VDI:
    return obj.VDI if obj.cls == "VBD" else obj  # type: ignore[return-value]


def running_vm(obj: Any) -> VM | None:
    """The running VM a disk (or disk row) is attached to, None when there is none."""
    vdi = _vdi(obj)
    if vdi is None:
        return None
    for vbd in vdi.VBDs:
        if vbd.currently_attached and vbd.VM is not None and vbd.VM.power_state == "Running":
            return vbd.VM
    return None
