"""OVF appliances as XenCenter writes and reads them (Qt-free): the envelope (``.ovf``), its manifest (``.mf``:
``SHA256(name)= hex`` per file), and the package: an OVA (a tar: the ``.ovf`` first, then the manifest and the
disks) or an ``.ovf`` with its files beside it.

The envelope holds one VirtualSystem: its name and description, a VirtualHardwareSection of CIM items (vCPUs:
ResourceType 3, memory in MiB: 4, network interfaces: 10 with the network's name as Connection and the MAC as
Address, DVD drives: 15/16, disks: 17 or 19 pointing at ``ovf:/disk/ID``), XenCenter's
``xenovf:VirtualSystemOtherConfigurationData`` settings (HVM_boot_policy, HVM_boot_params, platform, PV_args...),
a DiskSection (capacity in bytes, format URI: VHD or VMDK) and References (the files). Reading accepts what
VMware writes too (ResourceType 17, ``byte * 2^20`` units, capacities in allocation units).
"""

from __future__ import annotations

import hashlib
import os
import re
import tarfile
import uuid as uuidlib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from xencenter.model.words import translate
from xencenter.model.xva import CHUNK, BadFile, Disk, XvaContents, read_contents

OVF = "http://schemas.dmtf.org/ovf/envelope/1"
RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
VSSD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"
XENOVF = "http://schemas.citrix.com/ovf/envelope/1"
VHD_FORMAT = "http://www.microsoft.com/technet/virtualserver/downloads/vhdspec.mspx"
#: The VM settings XenCenter keeps as VirtualSystemOtherConfigurationData (maps as ``k=v;k=v``).
XEN_SETTINGS = ("HVM_boot_policy", "HVM_boot_params", "platform", "PV_args", "PV_bootloader",
                "PV_bootloader_args", "PV_kernel", "PV_ramdisk", "PV_legacy_args")
MAP_SETTINGS = ("HVM_boot_params", "platform")
for _prefix, _uri in (("ovf", OVF), ("rasd", RASD), ("vssd", VSSD), ("xenovf", XENOVF)):
    ET.register_namespace(_prefix, _uri)


@dataclass
class OvfDisk:
    href: str  # the file, relative to the .ovf
    capacity: int
    format: str  # "vhd", "vmdk" or "raw"
    name: str = ""
    description: str = ""
    position: str = ""  # userdevice
    bootable: bool = False
    vdi: str = ""  # the VDI it comes from, on export


@dataclass
class OvfNic:
    network: str
    mac: str = ""
    position: str = ""


@dataclass
class OvfSystem:
    name: str
    description: str = ""
    vcpus: int = 1
    vcpus_max: int = 1
    memory: int = 0  # bytes
    hvm: bool = False
    settings: dict[str, str] = field(default_factory=dict)  # XEN_SETTINGS, as text
    disks: list[OvfDisk] = field(default_factory=list)
    nics: list[OvfNic] = field(default_factory=list)
    dvd_positions: list[str] = field(default_factory=list)

    def setting_map(self, name: str) -> dict[str, str]:
        text = self.settings.get(name, "")
        return dict(item.split("=", 1) for item in text.split(";") if "=" in item)


def map_text(values: dict[str, str]) -> str:
    return ";".join(f"{k}={v}" for k, v in values.items())


# ---- writing ---------------------------------------------------------------------------------------------------


def _sub(parent: ET.Element, ns: str, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ns}}}{tag}", {(f"{{{OVF}}}{k}" if ":" not in k else k): v
                                                      for k, v in attrs.items()})
    if text is not None:
        element.text = text
    return element


def _item(hardware: ET.Element, kind: int, name: str, instance: int, **values: str) -> None:
    item = _sub(hardware, OVF, "Item")
    fields = {"Caption": name, "ElementName": name, "InstanceID": str(instance), "ResourceType": str(kind), **values}
    for tag in sorted(fields):  # CIM's schema orders the properties alphabetically
        _sub(item, RASD, tag, fields[tag])


def envelope(system: OvfSystem, file_sizes: dict[str, int]) -> bytes:
    """The ``.ovf`` of one VM (``file_sizes``: each disk file's size, for References)."""
    root = ET.Element(f"{{{OVF}}}Envelope", {f"{{{OVF}}}version": "1.0"})
    references = _sub(root, OVF, "References")
    disk_section = _sub(root, OVF, "DiskSection")
    _sub(disk_section, OVF, "Info", "Virtual disk information")
    ids = []
    for disk in system.disks:
        disk_id = str(uuidlib.uuid4())
        ids.append(disk_id)
        _sub(references, OVF, "File", href=disk.href, id=disk_id, size=str(file_sizes.get(disk.href, 0)))
        _sub(disk_section, OVF, "Disk", capacity=str(disk.capacity), diskId=disk_id, fileRef=disk_id,
             format=VHD_FORMAT if disk.format == "vhd" else disk.format)
    networks = _sub(root, OVF, "NetworkSection")
    _sub(networks, OVF, "Info", "Logical networks")
    for name in dict.fromkeys(nic.network for nic in system.nics):
        _sub(_sub(networks, OVF, "Network", name=name), OVF, "Description", name)
    vs = _sub(root, OVF, "VirtualSystem", id=system.name)
    _sub(vs, OVF, "Info", "A virtual machine")
    _sub(vs, OVF, "Name", system.name)
    hardware = _sub(vs, OVF, "VirtualHardwareSection")
    _sub(hardware, OVF, "Info", "Virtual hardware requirements")
    settings = _sub(hardware, OVF, "System")
    for tag, text in (("Caption", system.name), ("Description", system.description), ("ElementName", system.name),
                      ("InstanceID", str(uuidlib.uuid4())),
                      ("VirtualSystemType", f"{'hvm' if system.hvm else 'xen'}-3.0-unknown")):
        _sub(settings, VSSD, tag, text)
    instance = 1
    _item(hardware, 3, f"{system.vcpus} virtual CPU(s)", instance, VirtualQuantity=str(system.vcpus),
          Limit=str(system.vcpus_max), AllocationUnits="count")
    instance += 1
    _item(hardware, 4, f"{system.memory >> 20} MB of memory", instance, VirtualQuantity=str(system.memory >> 20),
          AllocationUnits="byte * 2^20")
    for nic in system.nics:
        instance += 1
        _item(hardware, 10, f"Ethernet adapter on {nic.network}", instance, Connection=nic.network,
              Address=nic.mac, AddressOnParent=nic.position, AutomaticAllocation="true")
    for position in system.dvd_positions:
        instance += 1
        _item(hardware, 16, "DVD drive", instance, AddressOnParent=position)
    for disk, disk_id in zip(system.disks, ids, strict=True):
        instance += 1
        _item(hardware, 19, disk.name or "Hard disk", instance, HostResource=f"ovf:/disk/{disk_id}",
              Description=disk.description, AddressOnParent=disk.position, Connection=f"device={disk.position}"
              + (",bootable=true" if disk.bootable else ""))
    for name in XEN_SETTINGS:
        value = system.settings.get(name)
        if value:
            other = ET.SubElement(hardware, f"{{{XENOVF}}}VirtualSystemOtherConfigurationData",
                                  {"Name": name, "id": str(uuidlib.uuid4())})
            _sub(other, XENOVF, "Info", "Xen setting")
            _sub(other, XENOVF, "Value", value)
    if system.description:
        annotation = _sub(vs, OVF, "AnnotationSection")
        _sub(annotation, OVF, "Info", "Description")
        _sub(annotation, OVF, "Annotation", system.description)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False)


def manifest_line(name: str, digest: str) -> str:
    return f"SHA256({name})= {digest}"


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


_MANIFEST = re.compile(r"^(SHA1|SHA256|SHA512)\((.+)\)\s*=\s*([0-9a-fA-F]+)\s*$")


def parse_manifest(text: str) -> dict[str, tuple[str, str]]:
    """File name -> (algorithm, hex digest)."""
    out = {}
    for line in text.splitlines():
        if m := _MANIFEST.match(line.strip()):
            out[m[2]] = (m[1], m[3].lower())
    return out


# ---- reading ---------------------------------------------------------------------------------------------------


def _text(element: ET.Element | None, ns: str, tag: str) -> str:
    found = element.find(f"{{{ns}}}{tag}") if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def _units(units: str) -> int:
    """``byte * 2^20`` -> 1048576; ``MB``, ``GB`` as binary units, as XenCenter reads them."""
    units = units.strip()
    if m := re.match(r"^byte\s*\*\s*2\^(\d+)$", units):
        return 1 << int(m[1])
    return {"": 1, "byte": 1, "KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30, "TB": 1 << 40}.get(units, 1 << 20)


def _disk_format(uri: str) -> str:
    lowered = uri.lower()
    if "vmdk" in lowered:
        return "vmdk"
    if "vhd" in lowered or "virtualserver" in lowered:
        return "vhd"
    return "raw"


def read_envelope(data: bytes) -> OvfSystem:
    """The VM of an ``.ovf``; BadFile for what is not an OVF envelope (or holds no VM)."""
    if b"<!DOCTYPE" in data[:4096].upper():
        raise BadFile(translate("ImportFiles", "The OVF envelope declares a DOCTYPE: it is refused (entities could hide anything)."))
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise BadFile(translate("ImportFiles", "The OVF envelope is not valid XML ({error}).").format(error=e)) from None
    if root.tag != f"{{{OVF}}}Envelope":
        raise BadFile(translate("ImportFiles", "Not an OVF envelope: its root element is not ovf:Envelope."))
    files = {f.get(f"{{{OVF}}}id", ""): f.get(f"{{{OVF}}}href", "") for f in root.iter(f"{{{OVF}}}File")}
    disks: dict[str, OvfDisk] = {}
    for d in root.iter(f"{{{OVF}}}Disk"):
        units = _units(d.get(f"{{{OVF}}}capacityAllocationUnits", "byte"))
        href = files.get(d.get(f"{{{OVF}}}fileRef", ""), "")
        try:
            capacity = int(d.get(f"{{{OVF}}}capacity", "0")) * units
        except ValueError:
            raise BadFile(translate("ImportFiles", "The capacity of disk '{disk}' is not a number.").format(disk=href)) from None
        disks[d.get(f"{{{OVF}}}diskId", "")] = OvfDisk(href, capacity, _disk_format(d.get(f"{{{OVF}}}format", "")))
    vs = next(root.iter(f"{{{OVF}}}VirtualSystem"), None)
    if vs is None:
        raise BadFile(translate("ImportFiles", "The OVF envelope holds no virtual system (a VM)."))
    system = OvfSystem(_text(vs, OVF, "Name") or vs.get(f"{{{OVF}}}id", "") or "Imported VM")
    hardware = vs.find(f"{{{OVF}}}VirtualHardwareSection")
    vssd = hardware.find(f"{{{OVF}}}System") if hardware is not None else None
    system.description = _text(vssd, VSSD, "Description") or _text(vs.find(f"{{{OVF}}}AnnotationSection"), OVF,
                                                                     "Annotation")
    system.hvm = _text(vssd, VSSD, "VirtualSystemType").lower().startswith("hvm")
    for item in hardware.iter(f"{{{OVF}}}Item") if hardware is not None else ():
        _read_item(item, system, disks)
    for other in hardware.iter(f"{{{XENOVF}}}VirtualSystemOtherConfigurationData") if hardware is not None else ():
        name = other.get("Name", "")
        if name in XEN_SETTINGS:
            system.settings[name] = _text(other, XENOVF, "Value")
    return system


def _read_item(item: ET.Element, system: OvfSystem, disks: dict[str, OvfDisk]) -> None:
    def get(tag: str) -> str:
        return _text(item, RASD, tag)

    kind = get("ResourceType")
    try:
        if kind == "3":
            system.vcpus = max(1, int(get("VirtualQuantity") or 1))
            system.vcpus_max = max(system.vcpus, int(get("Limit") or system.vcpus))
        elif kind == "4":
            system.memory = int(get("VirtualQuantity") or 0) * _units(get("AllocationUnits") or "byte * 2^20")
    except ValueError:
        raise BadFile(translate("ImportFiles", "The OVF's vCPUs are not a number.") if kind == "3"
                      else translate("ImportFiles", "The OVF's memory is not a number.")) from None
    if kind == "10":
        system.nics.append(OvfNic(get("Connection"), get("Address"), get("AddressOnParent")))
    elif kind in ("15", "16"):
        system.dvd_positions.append(get("AddressOnParent"))
    elif kind in ("17", "19"):
        disk = disks.get(get("HostResource").rsplit("/", 1)[-1])
        if disk is not None:
            disk.name, disk.description = get("ElementName") or get("Caption"), get("Description")
            disk.position = get("AddressOnParent")
            disk.bootable = "bootable=true" in get("Connection")
            system.disks.append(disk)


# ---- packages --------------------------------------------------------------------------------------------------


@dataclass
class Package:
    """An OVA or OVF on disk: its envelope, manifest, and where each file's bytes are (path, offset, size)."""

    path: str
    system: OvfSystem
    ovf_name: str
    manifest: dict[str, tuple[str, str]]
    files: dict[str, tuple[str, int, int]]
    envelope_data: bytes = b""

    def open(self, name: str) -> tuple[IO[bytes], int]:
        """A file of the package positioned at its first byte, and its size."""
        where = self.files.get(name)
        if where is None:
            raise BadFile(translate("ImportFiles", "The package lacks the file '{name}' that its envelope names.").format(name=name))
        path, offset, size = where
        f = open(path, "rb")  # noqa: SIM115 - the caller closes it
        f.seek(offset)
        return f, size

    def chunks(self, name: str, digest: Any = None) -> Iterator[bytes]:
        """The file's bytes (an upload's body), fed to ``digest`` as they go."""
        f, size = self.open(name)
        with f:
            while size > 0:
                chunk = f.read(min(CHUNK, size))
                if not chunk:
                    raise BadFile(translate("ImportFiles", "'{name}' ends early: the package is incomplete.").format(name=name))
                size -= len(chunk)
                if digest is not None:
                    digest.update(chunk)
                yield chunk

    def check_digest(self, name: str, digest: Any) -> None:
        expected = self.manifest.get(name)
        if expected is not None and expected[1] != digest.hexdigest():
            raise BadFile(translate("ImportFiles", "The checksum of '{name}' differs from the package's manifest: the file is "
                                        "damaged.").format(name=name))

    def new_digest(self, name: str) -> Any:
        algorithm = self.manifest.get(name, ("SHA256", ""))[0].lower()
        return hashlib.new(algorithm)


def is_package(path: str) -> bool:
    """Whether the file is an OVF or OVA (by its name, as XenCenter's Import wizard decides)."""
    return path.lower().endswith((".ovf", ".ova"))


def contents_of_package(package: Package) -> XvaContents:
    """What the Import wizard shows of an appliance, in the XVA's terms."""
    system = package.system
    size = sum(where[2] for name, where in package.files.items() if any(d.href == name for d in system.disks))
    return XvaContents(system.name, system.description, False, system.memory, system.vcpus_max,
                       tuple(Disk(d.name, d.capacity) for d in system.disks),
                       tuple(dict.fromkeys(n.network for n in system.nics)), size)


def read_import_contents(path: str) -> XvaContents:
    """What an XVA, OVA or OVF holds; BadFile (in words) for what cannot be imported."""
    return contents_of_package(open_package(path)) if is_package(path) else read_contents(path)


def open_package(path: str) -> Package:
    """An ``.ova`` (a tar) or an ``.ovf`` with its files beside it; BadFile for anything else. The envelope's own
    checksum is verified against the manifest here; the disks' as they are read."""
    try:
        if tarfile.is_tarfile(path):
            return _open_ova(path)
    except OSError as e:
        raise BadFile(translate("ImportFiles", "The file cannot be read: {error}.").format(error=e.strerror or e)) from None
    with open(path, "rb") as f:
        data = f.read(64 * 1024 * 1024)
    folder = os.path.dirname(os.path.abspath(path))
    name = os.path.basename(path)
    manifest_path = os.path.join(folder, os.path.splitext(name)[0] + ".mf")
    manifest = parse_manifest(Path(manifest_path).read_text("utf-8", "replace")) if os.path.exists(manifest_path) \
        else {}
    system = read_envelope(data)
    files = {d.href: (os.path.join(folder, d.href), 0, os.path.getsize(os.path.join(folder, d.href)))
             for d in system.disks if os.path.exists(os.path.join(folder, d.href))}
    package = Package(path, system, name, manifest, files, data)
    _check_envelope(package)
    return package


def _open_ova(path: str) -> Package:
    with tarfile.open(path, "r:") as archive:
        members = [m for m in archive.getmembers() if m.isfile()]
        ovf = next((m for m in members if m.name.lower().endswith(".ovf")), None)
        if ovf is None:
            raise BadFile(translate("ImportFiles", "Not an OVA: the archive holds no .ovf envelope."))
        data = archive.extractfile(ovf).read()  # type: ignore[union-attr]
        mf = next((m for m in members if m.name.lower().endswith(".mf")), None)
        manifest = parse_manifest(archive.extractfile(mf).read().decode("utf-8", "replace")) if mf else {}  # type: ignore[union-attr]
        files = {os.path.basename(m.name): (path, m.offset_data, m.size) for m in members}
    package = Package(path, read_envelope(data), os.path.basename(ovf.name), manifest, files, data)
    _check_envelope(package)
    return package


def _check_envelope(package: Package) -> None:
    digest = package.new_digest(package.ovf_name)
    digest.update(package.envelope_data)
    package.check_digest(package.ovf_name, digest)
