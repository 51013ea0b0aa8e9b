"""New Storage Repository (XenCenter's NewSRWizard): the command the wizard's answers run, and the command
line's ``sr.new``. One operation: the secret (SMB password, CHAP secret) as a ``secret`` object, then either
``SR.create`` (xapi makes and plugs a shared SR's PBDs on every host) or, to reattach an SR found by the
probe, ``SR.introduce`` + ``PBD.create`` + ``PBD.plug`` per host; ``pool.set_default_SR`` when asked. A step
that fails undoes what the earlier ones made and says which step it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, Param, Selection, kind_of
from xencenter.commands.work import Subject, async_call, best_effort, start_operation
from xencenter.model.failures import MakeFailed, explain
from xencenter.model.legacy_probe import partial_listing, results_of
from xencenter.model.new_sr import KINDS, SrKind, device_config, kind_of_sr, lun_of, probe_config, secret_value
from xencenter.model.words import translate
from xencenter.operations.background import run_in_background
from xencenter.xenapi.errors import Failure

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import SR, Host
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


def the_cache(selection: Selection, context: AppContext) -> ObjectCache | None:
    """The pool a command without a target acts on: the selection's, else the only connected server's."""
    for obj in selection:
        cache = getattr(obj, "cache", None) or getattr(getattr(obj, "connection", None), "cache", None)
        if cache is not None:
            return cache
    connected = [c for c in context.connections if c.session is not None]
    return connected[0].cache if len(connected) == 1 else None


def pool_cache(selection: Selection, context: AppContext) -> ObjectCache:
    """``the_cache``, or ValueError in words when there is no one pool to act on."""
    cache = the_cache(selection, context)
    if cache is None:
        raise ValueError(translate("CommandReasons", "Connect to one server first (or select its pool)."))
    return cache


#: Where the storage is, for making an SR and for reattaching one.
STORAGE_PARAMS = (
    Param("storage_server", str, "NFS server, or SMB share (//server/share) (--server is the pool's address)"),
    Param("path", str, "NFS export path"),
    Param("nfs_version", str, "NFS version (3, 4, 4.1)"),
    Param("target", str, "iSCSI target address"),
    Param("port", int, "iSCSI port", default=3260),
    Param("iqn", str, "iSCSI target IQN"),
    Param("lun", int, "iSCSI LUN number"),
    Param("chap_user", str, "CHAP user name"),
    Param("chap_password", str, "CHAP secret", secret=True),
    Param("device", str, "local disk (/dev/sdb) or HBA LUN's SCSI id"),
    Param("host", "host", "the server of a local SR (default: the coordinator)"),
    Param("username", str, "SMB user name"),
    Param("share_password", str, "SMB password (--password-file is the pool's)", secret=True),
)


class NewSRCommand(Command):
    id, title, text = "sr.new", "New Storage Repository", "&New SR..."
    help = "Make a storage repository (NFS, iSCSI, HBA, SMB, local LVM/EXT, ISO library) or reattach one."
    menus, group, order, toolbar, icon = ("Storage",), 10, 10, 115, "new-sr"  # XenCenter: before New VM
    kinds, wants, needs_selection = ("pool", "host", "server", "sr"), "a pool or server", False
    activity = "Creating SR"
    params = (
        Param("type", str, "the kind of storage", choices=tuple(KINDS)),
        Param("name", str, "the new SR's name"),
        Param("description", str, "its description", default=""),
        *STORAGE_PARAMS,
        Param("reattach", str, "the UUID of an SR found there, to reattach instead of making a new one"),
        Param("default", bool, "make it the pool's default SR", default=False),
    )

    def refusal(self, obj: Any) -> str:
        return ""

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        cache = pool_cache(selection, context)
        given = _given(params)
        if not given.get("type"):
            if given:
                raise ValueError(translate("CommandReasons", "Give the kind of SR (--type)."))
            target = next((obj for obj in selection if kind_of(obj) in ("pool", "host", "server")), None)
            answer = context.dialogs.new_sr(context, target if target is not None else cache.pool())
            if answer is None:
                return []
            given = _given(answer)
        kind = KINDS[given["type"]]
        if not given.get("name"):
            raise ValueError(translate("CommandReasons", "Give the new SR's name (--name)."))
        host = given.get("host") or _coordinator(cache)
        if host is None:
            raise ValueError(translate("CommandReasons", "The pool has no server to make the SR on."))
        config = device_config(kind, given)
        work = _making(kind, cache, host, config, given)
        return [start_operation(context, self.activity, Subject(cache, given["name"]), work)]


def _given(params: dict[str, Any]) -> dict[str, Any]:
    """The parameters the user gave (LUN 0 is one; an empty text or an unset flag is not)."""
    return {k: v for k, v in params.items() if v is not None and v is not False and v != ""}


def _coordinator(cache: ObjectCache) -> Host | None:
    pool = cache.pool()
    master = pool.master if pool is not None else None
    return master if master is not None else next(iter(cache.all("host")), None)


def _making(kind: SrKind, cache: ObjectCache, host: Host, config: dict[str, str], given: dict[str, Any],
            existing: str = "") -> Any:
    """The work: ``existing`` is a detached SR's ref (sr.reattach), whose record stays whatever happens."""
    secret = secret_value(kind, given)
    name, description = given["name"], given.get("description", "")

    def work(session: Session, op: Operation) -> str:
        made: list[tuple[str, str]] = []  # (undo method, ref), undone in reverse on failure

        def step(what: str, fn: Any) -> Any:
            try:
                return fn()
            except BaseException as exc:
                for method, ref in reversed(made):
                    best_effort(session, method, ref)
                note = translate("CommandReasons", "Nothing was left behind.") if made else ""
                raise MakeFailed(what, exc, note) from exc

        if secret:
            ref = step(translate("Progress", "store the password"),
                       lambda: session.call("secret.create", {"value": secret}))
            made.append(("secret.destroy", ref))
            config[kind.secret_key + "_secret"] = step(translate("Progress", "store the password"),
                                                       lambda: session.call("secret.get_uuid", ref))
        if kind.key == "iscsi" and "SCSIid" not in config:
            lun = given.get("lun", 0)
            results = step(translate("Progress", "probe the iSCSI target"),
                           lambda: probe_sr(session, host.ref, dict(config), kind.sm_type))
            config["SCSIid"] = step(translate("Progress", "find LUN {lun}").format(lun=lun),
                                    lambda: lun_of(results, lun))["configuration"]["SCSIid"]
        if existing or given.get("reattach"):
            sr = existing or step(translate("Progress", "reattach the SR"), lambda: session.call(
                "SR.introduce", given["reattach"], name, description, kind.sm_type, kind.content_type,
                kind.shared, {}))
            if not existing:
                made.append(("SR.forget", sr))
            hosts = [h.ref for h in cache.all("host")] if kind.shared else [host.ref]
            for each in hosts:
                label = cache.get("host", each).name
                pbd = step(translate("Progress", "connect the SR to '{host}'").format(host=label),
                           lambda each=each: session.call("PBD.create", {"host": each, "SR": sr,
                                                                         "device_config": dict(config),
                                                                         "other_config": {}}))
                made.append(("PBD.destroy", pbd))
                step(translate("Progress", "plug the SR on '{host}'").format(host=label),
                     lambda pbd=pbd: _wait(session, op, "PBD.plug", pbd))
                made.append(("PBD.unplug", pbd))
        else:
            sr = step(translate("Progress", "create the SR"),
                      lambda: _wait(session, op, "SR.create", host.ref, dict(config), 0, name, description,
                                    kind.sm_type, kind.content_type, kind.shared, {}))
        if given.get("default"):
            pool = cache.pool()
            if pool is not None:
                for field in ("default_SR", "suspend_image_SR", "crash_dump_SR"):
                    step(translate("Progress", "make it the default SR"), lambda field=field: session.call(
                        f"pool.set_{field}", pool.ref, sr))
        return str(sr)

    return work


def probe_sr(session: Session, host: str, config: dict[str, str], sm_type: str) -> list[dict[str, Any]]:
    """``SR.probe_ext``'s results; from a xapi without it (before XenServer 7.5: MESSAGE_METHOD_UNKNOWN),
    ``SR.probe``'s XML read into the same records. There a LUN's listing does not say whether it holds an SR,
    so each LUN is probed once more, as XenCenter does when one is chosen."""
    try:
        return list(session.call("SR.probe_ext", host, config, sm_type, {}))
    except Failure as exc:
        if exc.code != "MESSAGE_METHOD_UNKNOWN":
            raise
    results = _legacy_probe(session, host, config, sm_type)
    for result in results:
        lun = result["configuration"]
        if result["complete"] and "SCSIid" in lun and "SCSIid" not in config:
            held = _legacy_probe(session, host, {**config, **lun}, sm_type)
            if held and held[0].get("sr"):
                result["sr"] = held[0]["sr"]
    return results


def _legacy_probe(session: Session, host: str, config: dict[str, str], sm_type: str) -> list[dict[str, Any]]:
    """``SR.probe``: a complete configuration's SR list, or the next level from a partial probe's failure."""
    try:
        answer = session.call("SR.probe", host, config, sm_type, {})
    except Failure as exc:
        listing = partial_listing(exc.code, exc.params)
        if listing is None:
            raise
        answer = listing
    return results_of(str(answer), config)


def _wait(session: Session, op: Operation, method: str, *args: Any) -> Any:
    return async_call(method, *args)(session, op)


def probe(context: AppContext, cache: ObjectCache, kind: SrKind, params: dict[str, Any],
          done: Callable[[list[dict[str, Any]], str], None]) -> None:
    """The wizard's probe (``probe_sr`` on the coordinator, as far as ``params`` go): ``done(results,
    problem)`` on the UI thread, ``problem`` in words when it failed. Nothing is recorded: it changes nothing."""
    connection = context.connections.for_cache(cache)
    host = _coordinator(cache)
    if connection is None or connection.session is None or host is None:
        done([], translate("Operations", "Not connected to the server."))
        return
    session, config = connection.session, probe_config(kind, params)

    run_in_background(lambda: probe_sr(session, host.ref, config, kind.sm_type), on_success=lambda results: done(results, ""),
                      on_failure=lambda exc: done([], explain(exc)[0]))


class ReattachSRCommand(Command):
    """XenCenter's ReattachSRCommand: a detached SR (no PBD left) connected again, given where its storage is
    (the New SR wizard asks, as XenCenter's does)."""

    id, title, text = "sr.reattach", "Reattach Storage Repository", "R&eattach..."
    help = "Connect a detached SR to the pool's servers again, given where its storage is."
    kinds, wants, menus, group, order = ("sr",), "a storage repository", ("Storage",), 20, 25
    activity = "Reattaching SR"
    params = STORAGE_PARAMS

    def refusal(self, obj: SR) -> str:
        if obj.PBDs:
            return translate("CommandReasons", "The SR is already attached.")
        if obj.type in ("udev", "tmpfs"):
            return translate("CommandReasons", "This SR cannot be reattached with XenCenter.")
        return ""

    def run_on(self, obj: SR, context: AppContext, **params: Any) -> Operation | None:
        given = _given(params)
        if not any(p.name in given for p in STORAGE_PARAMS if p.name not in ("port", "host")):
            answer = context.dialogs.new_sr(context, obj)
            if answer is None:
                return None
            given = _given(answer)
        kind = KINDS[given.get("type") or kind_of_sr(obj.type or "", str(given.get("storage_server", "")))]
        host = given.get("host") or _coordinator(obj.cache)
        if host is None:
            raise ValueError(translate("CommandReasons", "The pool has no server to attach the SR to."))
        given.setdefault("name", obj.name)
        work = _making(kind, obj.cache, host, device_config(kind, given), given, existing=obj.ref)
        return start_operation(context, self.activity, obj, work)
