"""OVF and OVA: a VM to an appliance and back, as XenCenter's ExportApplianceAction and ImportApplianceAction do,
for ``vm.export --format ova|ovf`` and ``vm.import`` of an ``.ova``/``.ovf`` (``commands.transfer`` decides).

Export: each disk is fetched as a dynamic VHD (``GET /export_raw_vdi?format=vhd``, under a task of its own), the
envelope is written from the VM's settings (``model.ovf``), then the manifest (SHA-256 of each file); an OVA packs
them in a tar, the ``.ovf`` first. Files appear under their names only when everything is written; a failure or a
cancel removes what was written.

Import: ``VM.create`` with the envelope's settings, then per disk ``VDI.create`` and ``PUT /import_raw_vdi``
(``format=vhd`` for VHD, ``raw`` for raw images and VMDK, which is converted on the way: ``model.vmdk``), its
checksum compared with the manifest, and its ``VBD.create``; DVD drives; VIFs on the network of the same name (or
the one chosen). A failure at any step destroys what was made and says which step failed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tarfile
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from xencenter.commands.work import Work, async_call, best_effort
from xencenter.model.failures import MakeFailed
from xencenter.model.ovf import OvfDisk, OvfNic, OvfSystem, Package, envelope, manifest_line, map_text, sha256_of
from xencenter.model.vmdk import vmdk_raw_chunks
from xencenter.model.words import translate
from xencenter.model.xva import BadFile
from xencenter.operations.background import report_progress
from xencenter.xenapi.transfer import download, upload

if TYPE_CHECKING:
    from xencenter.model.objects import VM
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session

MIB = 1 << 20


def system_of(vm: VM) -> OvfSystem:
    """The OVF description of a VM from the cache (read on the UI thread; the work gets plain data)."""
    settings = {"HVM_boot_policy": vm.HVM_boot_policy or "", "HVM_boot_params": map_text(vm.HVM_boot_params),
                "platform": map_text(vm.platform), "PV_args": vm.PV_args or "", "PV_bootloader": vm.PV_bootloader or "",
                "PV_bootloader_args": vm.PV_bootloader_args or "", "PV_kernel": vm.PV_kernel or "",
                "PV_ramdisk": vm.PV_ramdisk or "", "PV_legacy_args": vm.PV_legacy_args or ""}
    system = OvfSystem(vm.name, vm.name_description or "", int(vm.VCPUs_at_startup or 1), int(vm.VCPUs_max or 1),
                       int(vm.memory_static_max or 0), hvm=bool(vm.HVM_boot_policy),
                       settings={k: v for k, v in settings.items() if v})
    for vbd in sorted(vm.VBDs, key=lambda b: int(b.userdevice) if str(b.userdevice).isdigit() else 99):
        if vbd.type == "CD":
            system.dvd_positions.append(str(vbd.userdevice))
        elif vbd.VDI is not None:
            vdi = vbd.VDI
            system.disks.append(OvfDisk(f"{vdi.uuid}.vhd", int(vdi.virtual_size), "vhd", vdi.name,
                                        vdi.name_description or "", str(vbd.userdevice), bool(vbd.bootable), vdi.ref))
    for vif in sorted(vm.VIFs, key=lambda v: int(v.device) if str(v.device).isdigit() else 99):
        if vif.network is not None:
            system.nics.append(OvfNic(vif.network.name, vif.MAC or "", str(vif.device)))
    return system


def export_work(system: OvfSystem, path: str, ova: bool) -> Work:
    """The work of an appliance export to ``path`` (an ``.ova``, or an ``.ovf`` with its files beside it)."""

    def work(session: Session, op: Operation) -> None:
        if getattr(session, "planning", False):
            session.call("task.create", "export_raw_vdi_task", system.name)
            return
        base = os.path.splitext(os.path.basename(path))[0]
        folder = path + ".part.d" if ova else os.path.dirname(path)
        written: list[str] = []
        try:
            os.makedirs(folder, exist_ok=True)
            count = max(1, len(system.disks))
            for index, disk in enumerate(system.disks):
                target = os.path.join(folder, disk.href)
                written.append(target)
                task = session.call("task.create", "export_raw_vdi_task", f"Exporting VDI to {disk.href}")
                with open(target, "wb") as out:
                    download(session, task, "/export_raw_vdi", {"vdi": disk.vdi, "format": "vhd"}, out,
                             progress=_scaled(0.9 * index / count, 0.9 / count), cancel=op.cancel_event)
            ovf_name, mf_name = f"{base}.ovf", f"{base}.mf"
            sizes = {d.href: os.path.getsize(os.path.join(folder, d.href)) for d in system.disks}
            ovf_path = os.path.join(folder, ovf_name + ("" if ova else ".part"))
            written.append(ovf_path)
            with open(ovf_path, "wb") as ovf_file:
                ovf_file.write(envelope(system, sizes))
            lines = [manifest_line(ovf_name, sha256_of(ovf_path))]
            lines += [manifest_line(d.href, sha256_of(os.path.join(folder, d.href))) for d in system.disks]
            mf_path = os.path.join(folder, mf_name)
            written.append(mf_path)
            with open(mf_path, "w") as f:
                f.write("\n".join(lines) + "\n")
            report_progress(0.95)
            if ova:
                _pack(path, folder, [ovf_name, mf_name, *[d.href for d in system.disks]], written)
            else:
                os.replace(ovf_path, path)
        except BaseException:
            for name in written:
                with contextlib.suppress(FileNotFoundError):
                    os.remove(name)
            raise
        finally:
            if ova:
                shutil.rmtree(folder, ignore_errors=True)

    return work


def _scaled(start: float, share: float) -> Callable[[float], None]:
    """Progress of one part of the work (``share`` of it, from ``start``) as the whole's."""
    return lambda fraction: report_progress(start + share * fraction)


def _pack(path: str, folder: str, names: list[str], written: list[str]) -> None:
    part = path + ".part"
    written.append(part)
    with tarfile.open(part, "w", format=tarfile.USTAR_FORMAT) as archive:
        for name in names:
            archive.add(os.path.join(folder, name), arcname=name, recursive=False)
    os.replace(part, path)


@dataclass(frozen=True)
class ImportTarget:
    """Where an appliance goes: the SR for its disks, the home server, the network for every interface (None:
    the network of the same name, else ``fallback``), and whether to start it."""

    sr: str
    host: str | None
    network: str | None
    networks_by_name: dict[str, str]
    fallback: str | None
    start: bool


def vm_record(system: OvfSystem, host: str | None) -> dict[str, Any]:
    """``VM.create``'s record from the envelope (every field xapi wants, as XenCenter's import fills them)."""
    memory = str(max(system.memory, 128 * MIB))
    hvm = system.hvm or bool(system.settings.get("HVM_boot_policy"))
    return {
        "name_label": system.name, "name_description": system.description, "user_version": "1",
        "is_a_template": False, "affinity": host or "OpaqueRef:NULL", "memory_target": memory,
        "memory_static_max": memory, "memory_dynamic_max": memory, "memory_dynamic_min": memory,
        "memory_static_min": str(min(int(memory), 128 * MIB)), "VCPUs_params": {},
        "VCPUs_max": str(system.vcpus_max), "VCPUs_at_startup": str(system.vcpus),
        "actions_after_shutdown": "destroy", "actions_after_reboot": "restart", "actions_after_crash": "restart",
        "PV_bootloader": system.settings.get("PV_bootloader", ""), "PV_kernel": system.settings.get("PV_kernel", ""),
        "PV_ramdisk": system.settings.get("PV_ramdisk", ""), "PV_args": system.settings.get("PV_args", ""),
        "PV_bootloader_args": system.settings.get("PV_bootloader_args", ""),
        "PV_legacy_args": system.settings.get("PV_legacy_args", ""),
        "HVM_boot_policy": system.settings.get("HVM_boot_policy", "BIOS order" if hvm else ""),
        "HVM_boot_params": system.setting_map("HVM_boot_params") or ({"order": "dc"} if hvm else {}),
        "HVM_shadow_multiplier": 1.0, "platform": system.setting_map("platform"), "PCI_bus": "",
        "other_config": {"mac_seed": str(uuidlib.uuid4())},  # what xapi's VM.create adds: MACs derive from it
        "recommendations": "", "xenstore_data": {}, "ha_always_run": False,
        "ha_restart_priority": "", "tags": [], "blocked_operations": {}, "domain_type": "hvm" if hvm else "pv",
    }


def import_work(package: Package, target: ImportTarget, on_made: Callable[[str], None] | None = None) -> Work:
    """The work of an appliance import (see the module docstring)."""
    system = package.system

    def work(session: Session, op: Operation) -> str:
        if getattr(session, "planning", False):
            return str(session.call("VM.create", vm_record(system, target.host)))
        made: list[tuple[str, str]] = []
        step = translate("Progress", "create the VM")
        try:
            vm = str(session.call("VM.create", vm_record(system, target.host)))
            made.append(("VM", vm))
            unique_name(session, vm)
            total = max(1, sum(d.capacity for d in system.disks))
            done = 0
            for index, disk in enumerate(system.disks):
                step = translate("Progress", "import the disk '{disk}'").format(disk=disk.href)
                vdi = str(session.call("VDI.create", {
                    "name_label": disk.name or f"{system.name} {index}", "name_description": disk.description,
                    "SR": target.sr, "virtual_size": str(disk.capacity), "type": "user", "sharable": False,
                    "read_only": False, "other_config": {}, "xenstore_data": {}, "sm_config": {}, "tags": []}))
                made.append(("VDI", vdi))
                _upload_disk(session, op, package, disk, vdi, _scaled(done / total, disk.capacity / total))
                done += disk.capacity
                session.call("VBD.create", {
                    "VM": vm, "VDI": vdi, "userdevice": disk.position or "autodetect",
                    "bootable": disk.bootable or index == 0, "mode": "RW", "type": "Disk", "empty": False,
                    "other_config": {}, "qos_algorithm_type": "", "qos_algorithm_params": {}})
            step = translate("Progress", "create the DVD drives")
            for position in system.dvd_positions:
                session.call("VBD.create", {
                    "VM": vm, "VDI": "OpaqueRef:NULL", "userdevice": position or "autodetect", "bootable": False,
                    "mode": "RO", "type": "CD", "empty": True, "other_config": {}, "qos_algorithm_type": "",
                    "qos_algorithm_params": {}})
            step = translate("Progress", "create the network interfaces")
            for index, nic in enumerate(system.nics):
                network = target.network or target.networks_by_name.get(nic.network) or target.fallback
                if network is None:
                    continue
                session.call("VIF.create", {
                    "device": nic.position or str(index), "network": network, "VM": vm, "MAC": nic.mac, "MTU": "1500",
                    "other_config": {}, "qos_algorithm_type": "", "qos_algorithm_params": {}})
        except BaseException as e:
            _undo(session, made)
            raise MakeFailed(step, e, translate("CommandReasons", "Nothing was left behind.")) from e
        if on_made is not None:
            on_made(vm)
        if target.start:
            async_call("VM.start_on", vm, target.host, False, False)(session, op) if target.host else \
                async_call("VM.start", vm, False, False)(session, op)
        return vm

    return work


def unique_name(session: Session, vm_ref: str) -> None:
    """XenCenter's DefaultVMName: an imported VM whose name another VM has becomes "name (1)", "name (2)"..."""
    name = session.call("VM.get_name_label", vm_ref)
    if not [ref for ref in session.call("VM.get_by_name_label", name) if ref != vm_ref]:
        return
    number = 1
    while session.call("VM.get_by_name_label", f"{name} ({number})"):
        number += 1
    session.call("VM.set_name_label", vm_ref, f"{name} ({number})")


def _upload_disk(session: Session, op: Operation, package: Package, disk: OvfDisk, vdi: str,
                 progress: Callable[[float], None]) -> None:
    digest = package.new_digest(disk.href)
    if disk.format == "vmdk":
        fmt, (length, chunks) = "raw", vmdk_raw_chunks(package, disk.href, disk.capacity, digest)
    else:
        f, length = package.open(disk.href)
        f.close()
        fmt, chunks = ("vhd" if disk.format == "vhd" else "raw"), package.chunks(disk.href, digest)
    if fmt == "raw" and length > disk.capacity:
        raise BadFile(translate("CommandReasons", "The image '{image}' is larger than its disk's capacity in the "
                                                  "envelope.").format(image=disk.href))
    task = session.call("task.create", "import_raw_vdi_task", disk.href)
    upload(session, task, "/import_raw_vdi", {"vdi": vdi, "format": fmt}, chunks, length, progress=progress,
           cancel=op.cancel_event)
    package.check_digest(disk.href, digest)


def _undo(session: Session, made: list[tuple[str, str]]) -> None:
    for cls, ref in reversed(made):
        best_effort(session, f"{cls}.destroy", ref)
