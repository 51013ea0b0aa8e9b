"""``vm.export --format ova|ovf`` and ``vm.import`` of appliances against two simulators, run as the user runs
them. The OVA is read with ``tarfile``, ``hashlib`` and ElementTree alone (members, manifest, envelope); the round
trip is checked with the official XenAPI SDK (settings, disk sizes) and the disk bytes by exporting both VMs as
XVA with plain ``requests``. A VMware-style OVF with VMDK disks made by ``qemu-img`` imports byte for byte."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import tarfile
import xml.etree.ElementTree as ET

import pytest
import requests

from tests.conftest import require_binary
from tests.test_cli import connection_args, run, sdk_session
from tests.test_transfer_xva import disks_of_xva, exportable_vm

MIB = 1 << 20
OVF_NS = "{http://schemas.dmtf.org/ovf/envelope/1}"
#: What an OVF carries of a VM's settings.
SETTINGS = ("name_label", "name_description", "VCPUs_max", "VCPUs_at_startup", "memory_static_max",
            "PV_bootloader", "PV_args", "HVM_boot_policy", "HVM_boot_params", "platform")
pytestmark = pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")


@pytest.fixture
def pools(sim_factory):
    return (sim_factory("--hosts", "1", "--vms", "24", "--op-seconds", "0"),
            sim_factory("--hosts", "1", "--vms", "0", "--op-seconds", "0"))


def xva_of(server, session, vm_ref) -> bytes:
    answer = requests.get(server.url + "/export", params={"session_id": session._session, "ref": vm_ref},
                          verify=False, timeout=60)
    assert answer.status_code == 200
    return answer.content


def new_vm(x, before) -> str:
    (ref,) = set(x.VM.get_all()) - before
    return ref


def test_ova_round_trip_keeps_settings_sizes_and_bytes(pools, tmp_path, config_dir, password_file):
    source, destination = pools
    src = sdk_session(source)
    try:
        vm_ref, vm = exportable_vm(src)
        original = src.xenapi.VM.get_record(vm_ref)
        original_xva = xva_of(source, src, vm_ref)
        sizes = {src.xenapi.VBD.get_userdevice(b): int(src.xenapi.VDI.get_virtual_size(src.xenapi.VBD.get_VDI(b)))
                 for b in vm["VBDs"] if src.xenapi.VBD.get_type(b) == "Disk"}
    finally:
        src.xenapi.session.logout()
    ova = tmp_path / "appliance.ova"
    done = run(config_dir, "run", "vm.export", vm["name_label"], "--file", str(ova),
               *connection_args(source, password_file), timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "config" and p.name != "password") == \
        ["appliance.ova"], "nothing but the OVA is left beside it"

    with tarfile.open(ova) as archive:
        names = archive.getnames()
        assert names[:2] == ["appliance.ovf", "appliance.mf"] and len(names) == 2 + len(sizes)
        manifest = archive.extractfile("appliance.mf").read().decode()
        digests = dict(re.findall(r"^SHA256\((.+)\)= ([0-9a-f]{64})$", manifest, re.M))
        assert sorted(digests) == sorted(names[:1] + names[2:])
        for name in digests:
            assert hashlib.sha256(archive.extractfile(name).read()).hexdigest() == digests[name]
        root = ET.fromstring(archive.extractfile("appliance.ovf").read())
        for name in names[2:]:
            assert archive.extractfile(name).read(8) == b"conectix", "the disks are VHD"
    assert root.tag == f"{OVF_NS}Envelope"
    capacities = sorted(int(d.get(f"{OVF_NS}capacity")) for d in root.iter(f"{OVF_NS}Disk"))
    assert capacities == sorted(sizes.values())
    assert root.find(f"{OVF_NS}VirtualSystem/{OVF_NS}Name").text == vm["name_label"]

    dst = sdk_session(destination)
    try:
        x = dst.xenapi
        before = set(x.VM.get_all())
        done = run(config_dir, "run", "vm.import", "Synthetic pool", "--file", str(ova),
                   *connection_args(destination, password_file), timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        made = new_vm(x, before)
        imported = x.VM.get_record(made)
        for name in SETTINGS:
            assert imported[name] == original[name], name
        assert {x.VBD.get_userdevice(b): int(x.VDI.get_virtual_size(x.VBD.get_VDI(b))) for b in imported["VBDs"]
                if x.VBD.get_type(b) == "Disk"} == sizes
        assert len(imported["VIFs"]) == len(original["VIFs"])
        imported_xva = xva_of(destination, dst, made)
    finally:
        dst.xenapi.session.logout()
    assert disks_of_xva(imported_xva)[1] == disks_of_xva(original_xva)[1]  # the same bytes at the same positions


def test_ovf_folder_export_import_and_a_damaged_disk(pools, tmp_path, config_dir, password_file):
    source, destination = pools
    src = sdk_session(source)
    try:
        _, vm = exportable_vm(src)
    finally:
        src.xenapi.session.logout()
    folder = tmp_path / "out"
    folder.mkdir()
    done = run(config_dir, "run", "vm.export", vm["name_label"], "--file", str(folder / "vm.ovf"),
               *connection_args(source, password_file), timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    files = sorted(p.name for p in folder.iterdir())
    assert "vm.ovf" in files and "vm.mf" in files and sum(f.endswith(".vhd") for f in files) >= 2
    args = connection_args(destination, password_file)
    dst = sdk_session(destination)
    try:
        x = dst.xenapi
        before = (set(x.VM.get_all()), len(x.VDI.get_all()))
        disk = folder / next(f for f in files if f.endswith(".vhd"))
        data = bytearray(disk.read_bytes())
        data[-1024] ^= 0xFF  # inside the last block's data: the manifest catches it
        disk.write_bytes(bytes(data))
        refused = run(config_dir, "run", "vm.import", "Synthetic pool", "--file", str(folder / "vm.ovf"), *args,
                      timeout=120)
        said = refused.stdout + refused.stderr
        assert refused.returncode == 1 and f"The checksum of '{disk.name}' differs" in said, said
        assert "Traceback" not in said and "Nothing was left behind" in said
        assert (set(x.VM.get_all()), len(x.VDI.get_all())) == before
        data[-1024] ^= 0xFF
        disk.write_bytes(bytes(data))
        done = run(config_dir, "run", "vm.import", "Synthetic pool", "--file", str(folder / "vm.ovf"), *args,
                   timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        assert x.VM.get_name_label(new_vm(x, before[0])) == vm["name_label"]
    finally:
        dst.xenapi.session.logout()


VMWARE_OVF = """<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
  xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
  xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData">
  <References>{files}</References>
  <DiskSection><Info>Virtual disk information</Info>{disks}</DiskSection>
  <NetworkSection><Info>networks</Info><Network ovf:name="VM Network"><Description>VM Network</Description></Network>
  </NetworkSection>
  <VirtualSystem ovf:id="from-vmware">
    <Info>A virtual machine</Info><Name>from vmware</Name>
    <VirtualHardwareSection>
      <Info>Virtual hardware requirements</Info>
      <System><vssd:ElementName>Virtual Hardware Family</vssd:ElementName><vssd:InstanceID>0</vssd:InstanceID>
        <vssd:VirtualSystemType>vmx-07</vssd:VirtualSystemType></System>
      <Item><rasd:AllocationUnits>hertz * 10^6</rasd:AllocationUnits><rasd:ElementName>2 virtual CPU(s)</rasd:ElementName>
        <rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType>
        <rasd:VirtualQuantity>2</rasd:VirtualQuantity></Item>
      <Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>512MB of memory</rasd:ElementName>
        <rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType>
        <rasd:VirtualQuantity>512</rasd:VirtualQuantity></Item>
      {items}
      <Item><rasd:AddressOnParent>7</rasd:AddressOnParent><rasd:AutomaticAllocation>true</rasd:AutomaticAllocation>
        <rasd:Connection>VM Network</rasd:Connection><rasd:ElementName>Ethernet 1</rasd:ElementName>
        <rasd:InstanceID>9</rasd:InstanceID><rasd:ResourceType>10</rasd:ResourceType></Item>
    </VirtualHardwareSection>
  </VirtualSystem>
</Envelope>
"""


def test_a_vmware_ovf_with_vmdk_disks_imports_byte_for_byte(pools, tmp_path, config_dir, password_file):
    qemu_img = require_binary("qemu-img")
    _, destination = pools
    images = {}
    files = disks = items = ""
    for index, subformat in enumerate(("streamOptimized", "monolithicSparse")):
        raw = tmp_path / f"disk{index}.raw"
        content = bytearray(6 * MIB)
        content[:MIB] = os.urandom(MIB)
        content[4 * MIB + 12345: 4 * MIB + 20000] = os.urandom(20000 - 12345)
        raw.write_bytes(bytes(content))
        images[str(index)] = bytes(content)
        subprocess.run([qemu_img, "convert", "-f", "raw", "-O", "vmdk", "-o", f"subformat={subformat}", str(raw),
                        str(tmp_path / f"disk{index}.vmdk")], check=True, capture_output=True)
        raw.unlink()
        fmt = "streamOptimized" if subformat == "streamOptimized" else "sparse"
        files += f'<File ovf:href="disk{index}.vmdk" ovf:id="file{index}"/>'
        disks += (f'<Disk ovf:capacity="6" ovf:capacityAllocationUnits="byte * 2^20" ovf:diskId="vmdisk{index}" '
                  f'ovf:fileRef="file{index}" ovf:format="http://www.vmware.com/interfaces/specifications/'
                  f'vmdk.html#{fmt}"/>')
        items += (f"<Item><rasd:AddressOnParent>{index}</rasd:AddressOnParent><rasd:ElementName>Hard disk {index}"
                  f"</rasd:ElementName><rasd:HostResource>ovf:/disk/vmdisk{index}</rasd:HostResource>"
                  f"<rasd:InstanceID>{index + 3}</rasd:InstanceID><rasd:ResourceType>17</rasd:ResourceType></Item>")
    (tmp_path / "vmware.ovf").write_text(VMWARE_OVF.format(files=files, disks=disks, items=items))
    dst = sdk_session(destination)
    try:
        x = dst.xenapi
        before = set(x.VM.get_all())
        done = run(config_dir, "run", "vm.import", "Synthetic pool", "--file", str(tmp_path / "vmware.ovf"),
                   *connection_args(destination, password_file), timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        vm = x.VM.get_record(new_vm(x, before))
        assert vm["name_label"] == "from vmware" and vm["VCPUs_max"] == "2"
        assert int(vm["memory_static_max"]) == 512 * MIB
        assert len(vm["VIFs"]) == 1
        for vbd in vm["VBDs"]:
            vdi = x.VBD.get_VDI(vbd)
            assert int(x.VDI.get_virtual_size(vdi)) == 6 * MIB
            raw = requests.get(destination.url + "/export_raw_vdi", params={
                "session_id": dst._session, "vdi": vdi, "format": "raw"}, verify=False, timeout=60)
            assert raw.status_code == 200 and raw.content == images[x.VBD.get_userdevice(vbd)]
    finally:
        dst.xenapi.session.logout()
