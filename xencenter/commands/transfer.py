"""Export and import: a VM to a file and back (``vm.export``, ``vm.import``), as XenCenter's Export and Import
wizards do it.

- ``vm.export VM --file PATH``: XVA, what ``xe vm-export`` writes, streamed from ``GET /export`` on the VM's
  connection under a task (its progress, cancellable) into ``PATH.part``, renamed to ``PATH`` only once complete
  (the task succeeded and the archive ends properly); a failed or cancelled export leaves no file behind.
- ``vm.import POOL --file PATH --sr SR [--host H] [--network N] [--start]``: an XVA streamed to ``PUT /import``
  (the server checks it as it reads: a damaged or incomplete file is refused, and nothing is left behind), then
  as XenCenter's ImportVmAction: the home server (affinity), the interfaces moved to the chosen network
  (``VIF.move``), and a start when asked. The file is looked at first (``model.xva.read_contents``), so what is
  not an XVA is refused before anything is sent.

Run without ``--file`` (the window), the Export or Import wizard gathers the same parameters.
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands import appliance
from xencenter.commands.base import Command, Param, Selection
from xencenter.commands.vm import VMCommand, vm_refusal
from xencenter.commands.work import Subject, Work, async_call, start_operation
from xencenter.model.ovf import is_package, open_package
from xencenter.model.words import translate
from xencenter.model.xva import BadFile, file_chunks, looks_complete, read_contents
from xencenter.operations.background import report_progress
from xencenter.xenapi.transfer import download, upload

if TYPE_CHECKING:
    from xencenter.model.objects import VM
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session

PART = ".part"
FORMATS = ("xva", "ova", "ovf")


def format_of(path: str) -> str:
    """The export format a file name asks for (its extension), XVA otherwise."""
    extension = os.path.splitext(path)[1].lower().lstrip(".")
    return extension if extension in FORMATS else "xva"


def _given(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if v is not None and v is not False}


class ExportVMCommand(VMCommand):
    """Export a VM, template or snapshot to an XVA file."""

    id, title, text = "vm.export", "Export", "E&xport..."
    help = "Export the VM (shut down or suspended), template or snapshot to an XVA file, or an OVA or OVF appliance."
    operation, activity, group, order = "export", "Exporting VM", 40, 50  # after Convert to Template, as XenCenter
    kinds = ("vm", "template", "snapshot")  # type: ignore[assignment]
    wants, single = "a VM, template or snapshot", "Select one VM to export."
    params = (
        Param("file", str, "the file to write"),
        Param("format", str, "xva (xe vm-export's), ova (one file) or ovf (an envelope with its disks beside it); "
                             "default: from the file's extension, else xva", choices=FORMATS),
        Param("overwrite", bool, "replace the file if it exists"),
    )

    def refusal(self, obj: VM) -> str:
        return vm_refusal(obj, "export")

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        vms = self.targets(selection)
        if len(vms) != 1:
            raise ValueError(self.reason(selection) or self.single)
        given = _given(params)
        if not given.get("file"):
            answer = context.dialogs.export_vm(context, vms[0])
            if answer is None:
                return []
            given = _given(answer)
        path = os.path.abspath(str(given["file"]))
        if os.path.exists(path) and not given.get("overwrite"):
            raise ValueError(translate("CommandReasons", "'{path}' exists: give --overwrite to replace it.").format(
                path=path))
        if not os.path.isdir(os.path.dirname(path)):
            raise ValueError(translate("CommandReasons", "The folder of '{path}' does not exist.").format(path=path))
        fmt = given.get("format") or format_of(path)
        return [self.export(vms[0], path, fmt, context)]

    def export(self, vm: VM, path: str, fmt: str, context: AppContext) -> Operation:
        if fmt == "xva":
            work = self.work_for(vm.ref, vm.name, path)
        else:
            work = appliance.export_work(appliance.system_of(vm), path, ova=fmt == "ova")
        return start_operation(context, self.activity, vm, work)

    @staticmethod
    def work_for(vm_ref: str, name: str, path: str) -> Work:
        """The export's work: the stream into ``path.part``, renamed to ``path`` only once complete."""

        def work(session: Session, op: Operation) -> None:
            task = session.call("task.create", f"Export of VM '{name}'", path)
            if getattr(session, "planning", False):
                return
            part = path + PART
            try:
                with open(part, "wb") as out:
                    download(session, task, "/export", {"ref": vm_ref}, out, progress=report_progress,
                             cancel=op.cancel_event)
                if not looks_complete(part):
                    raise BadFile(translate("CommandReasons", "The export ended early: the file is incomplete, so it "
                                                              "was not kept."))
                os.replace(part, path)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.remove(part)
                raise

        return work


class ImportVMCommand(Command):
    """Import a VM from an XVA file into a pool."""

    id, title, text = "vm.import", "Import", "&Import..."
    help = "Import a VM from an XVA file (the Import wizard; from the command line every answer is an option)."
    group, order, activity = 20, 10, "Importing VM"
    menus: ClassVar[tuple[str, ...]] = ("File",)
    kinds: ClassVar[tuple[str, ...]] = ("pool", "host", "server")
    wants, single = "a pool or a server", "Select one pool or server to import into."
    params = (
        Param("file", str, "the file to import: XVA, OVA, or OVF (its disks beside it: VHD, VMDK or raw)"),
        Param("sr", "SR", "the storage for the VM's disks (default: the pool's default SR)"),
        Param("host", "host", "the VM's home server"),
        Param("network", "network", "connect every interface of the VM to this network"),
        Param("start", bool, "start the VM once imported"),
    )

    def refusal(self, obj: Any) -> str:
        cache = getattr(obj, "cache", None) or getattr(getattr(obj, "connection", None), "cache", None)
        if cache is None or getattr(getattr(obj, "connection", None), "session", "") is None:
            return translate("CommandReasons", "Connect to the server first.")
        return ""

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        targets = self.targets(selection)
        if len(targets) != 1:
            raise ValueError(self.reason(selection) or self.single)
        target = targets[0]
        given = _given(params)
        if not given.get("file"):
            answer = context.dialogs.import_vm(context, target)
            if answer is None:
                return []
            given = _given(answer)
        path = os.path.abspath(str(given["file"]))
        # BadFile (a ValueError) says what is wrong with the file before anything is sent
        package = open_package(path) if is_package(path) else None
        name = package.system.name if package is not None else read_contents(path).name
        cache = getattr(target, "cache", None) or target.connection.cache
        sr = given.get("sr") or _default_sr(cache)
        if sr is None:
            raise ValueError(translate("CommandReasons", "The pool has no default storage: give --sr."))
        if sr.content_type == "iso":
            raise ValueError(translate("CommandReasons", "'{sr}' is an ISO library: choose storage for virtual "
                                                         "disks.").format(sr=sr.name))
        host = given.get("host") or (target if getattr(target, "cls", "") == "host" else None)
        network, start = given.get("network"), bool(given.get("start"))
        if package is not None:
            networks = {n.name: n.ref for n in cache.all("network")}
            fallback = next((n.ref for n in cache.all("network") if n.PIFs), None)
            where = appliance.ImportTarget(sr.ref, host.ref if host is not None else None,
                                           network.ref if network is not None else None, networks, fallback, start)
            return [start_operation(context, self.activity, Subject(cache, name), appliance.import_work(package,
                                                                                                         where))]
        return [self.import_file(cache, path, name, sr, host, network, start, context)]

    def import_file(self, cache: Any, path: str, name: str, sr: Any, host: Any, network: Any, start: bool,
                    context: AppContext) -> Operation:
        size = os.path.getsize(path)
        sr_ref = sr.ref
        host_ref = host.ref if host is not None else None
        network_ref = network.ref if network is not None else None

        def work(session: Session, op: Operation) -> str:
            task = session.call("task.create", "put_import_task", path)
            if getattr(session, "planning", False):
                return ""
            vms = upload(session, task, "/import", {"sr_id": sr_ref}, file_chunks(path), size,
                         progress=report_progress, cancel=op.cancel_event)
            vm_ref = (vms or [""])[0] if isinstance(vms, list) else str(vms or "")
            appliance.unique_name(session, vm_ref)
            if host_ref:
                session.call("VM.set_affinity", vm_ref, host_ref)
            if network_ref:
                for vif in session.call("VM.get_VIFs", vm_ref):
                    session.call("VIF.move", vif, network_ref)
            if start:
                if host_ref:
                    async_call("VM.start_on", vm_ref, host_ref, False, False)(session, op)
                else:
                    async_call("VM.start", vm_ref, False, False)(session, op)
            return vm_ref

        return start_operation(context, self.activity, Subject(cache, name or os.path.basename(path)), work)


def _default_sr(cache: Any) -> Any:
    pool = next(iter(cache.all("pool")), None)
    return getattr(pool, "default_SR", None) if pool is not None else None
