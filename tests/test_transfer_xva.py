"""``main.py run vm.export`` and ``vm.import`` (XVA) against two simulators, run as the user runs them.

The XVA is read with Python's ``tarfile`` and ``xmlrpc.client`` alone (no project code): its members, chunk names
and SHA-1 checksums. The round trip is checked with the official XenAPI SDK (settings, disk sizes) and the disk
bytes by exporting the imported VM again with plain ``requests``.
"""

from __future__ import annotations

import hashlib
import io
import re
import tarfile
import xmlrpc.client
from pathlib import Path

import pytest
import requests

from tests.test_cli import connection_args, run, sdk_session

MIB = 1 << 20
CHUNK_NAME = re.compile(r"^(Ref:\d+)/(\d{8})(\.checksum)?$")
#: VM settings that an import must carry over (identity, runtime state and MAC seeds are the new pool's).
SETTINGS = ("name_label", "name_description", "is_a_template", "memory_static_max", "memory_static_min",
            "memory_dynamic_max", "memory_dynamic_min", "VCPUs_max", "VCPUs_at_startup", "HVM_boot_policy",
            "HVM_boot_params", "PV_bootloader", "PV_args", "platform", "domain_type", "actions_after_shutdown",
            "actions_after_reboot", "tags", "user_version", "ha_restart_priority")

pytestmark = pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")


@pytest.fixture
def pools(sim_factory):
    """A source pool with VMs and an empty destination pool (two simulator processes)."""
    return (sim_factory("--hosts", "1", "--vms", "24", "--op-seconds", "0"),
            sim_factory("--hosts", "1", "--vms", "0", "--op-seconds", "0"))


def exportable_vm(session) -> tuple[str, dict]:
    """A halted VM with more than one disk, named uniquely."""
    vms = session.xenapi.VM.get_all_records()
    names = [v["name_label"] for v in vms.values()]
    for ref, vm in sorted(vms.items(), key=lambda item: item[1]["name_label"]):
        disks = [b for b in vm["VBDs"] if session.xenapi.VBD.get_type(b) == "Disk"]
        if vm["power_state"] == "Halted" and not vm["is_a_template"] and len(disks) >= 2 \
                and names.count(vm["name_label"]) == 1:
            return ref, vm
    raise AssertionError("no halted VM with two disks")


def read_ova_xml(data: bytes) -> dict:
    (header,), _ = xmlrpc.client.loads(b"<methodResponse><params><param>" + data
                                       + b"</param></params></methodResponse>")
    return header


def disks_of_xva(data_or_path) -> tuple[dict, dict[str, tuple[int, dict[int, str]]]]:
    """(ova.xml's struct, {VBD userdevice: (virtual size, {chunk number: SHA-1})}) from the tar alone."""
    archive = tarfile.open(data_or_path) if isinstance(data_or_path, Path) else \
        tarfile.open(fileobj=io.BytesIO(data_or_path))
    with archive:
        header = read_ova_xml(archive.extractfile("ova.xml").read())
        chunks: dict[str, dict[int, str]] = {}
        for member in archive.getmembers()[1:]:
            m = CHUNK_NAME.match(member.name)
            if m and not m[3]:
                chunks.setdefault(m[1], {})[int(m[2])] = hashlib.sha1(archive.extractfile(member).read()).hexdigest()
    objects = {o["id"]: o for o in header["objects"]}
    disks = {}
    for o in header["objects"]:
        if o["class"] == "VBD" and o["snapshot"]["type"] == "Disk":
            vdi = objects[o["snapshot"]["VDI"]]
            disks[o["snapshot"]["userdevice"]] = (int(vdi["snapshot"]["virtual_size"]), chunks.get(vdi["id"], {}))
    return header, disks


def test_export_writes_an_xva_that_tarfile_alone_reads_and_checks(pools, tmp_path, config_dir, password_file):
    source, _ = pools
    session = sdk_session(source)
    try:
        vm_ref, vm = exportable_vm(session)
        sizes = sorted(int(session.xenapi.VDI.get_virtual_size(session.xenapi.VBD.get_VDI(b))) for b in vm["VBDs"]
                       if session.xenapi.VBD.get_type(b) == "Disk")
    finally:
        session.xenapi.session.logout()
    out = tmp_path / "vm.xva"
    done = run(config_dir, "run", "vm.export", vm["name_label"], "--file", str(out), *connection_args(source,
               password_file), timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.exists() and not Path(str(out) + ".part").exists()

    with tarfile.open(out) as archive:
        members = archive.getmembers()
        assert members[0].name == "ova.xml"
        header = read_ova_xml(archive.extractfile(members[0]).read())
        assert {"hostname", "xapi_major", "xapi_minor", "export_vsn"} <= set(header["version"])
        classes = [o["class"] for o in header["objects"]]
        assert classes.count("VM") == 1 and "VBD" in classes and "VDI" in classes and "SR" in classes
        exported = next(o["snapshot"] for o in header["objects"] if o["class"] == "VM")
        assert exported["name_label"] == vm["name_label"] and exported["power_state"] == "Halted"
        assert all(ref.startswith("Ref:") for ref in exported["VBDs"])  # no internal ref leaks out
        vdis = {o["id"]: int(o["snapshot"]["virtual_size"]) for o in header["objects"] if o["class"] == "VDI"}
        seen: dict[str, list[int]] = {}
        names = [m.name for m in members[1:]]
        for data_name, sum_name in zip(names[::2], names[1::2], strict=True):  # every chunk, then its checksum
            m = CHUNK_NAME.match(data_name)
            assert m and not m[3] and sum_name == data_name + ".checksum"
            data = archive.extractfile(data_name).read()
            assert archive.extractfile(sum_name).read().decode() == hashlib.sha1(data).hexdigest()
            number, size = int(m[2]), vdis[m[1]]
            assert len(data) == min(MIB, size - number * MIB)
            seen.setdefault(m[1], []).append(number)
            last = (size - 1) // MIB
            assert number in (0, last) or data.count(0) < len(data)  # zero chunks are left out
    assert sorted(vdis.values()) == sizes and sorted(seen) == sorted(vdis)
    for prefix, numbers in seen.items():
        assert numbers == sorted(numbers) and numbers[0] == 0 and numbers[-1] == (vdis[prefix] - 1) // MIB
        assert len(numbers) < (vdis[prefix] + MIB - 1) // MIB  # sparse: not every chunk travelled
    assert sorted(seen) == sorted(seen, key=str)  # disks in the order of their ids as text, as xapi streams them


def test_round_trip_to_another_pool_keeps_settings_sizes_and_bytes(pools, tmp_path, config_dir, password_file):
    source, destination = pools
    src = sdk_session(source)
    try:
        vm_ref, vm = exportable_vm(src)
        original = src.xenapi.VM.get_record(vm_ref)
        xva = tmp_path / "vm.xva"
        done = run(config_dir, "run", "vm.export", vm["name_label"], "--file", str(xva),
                   *connection_args(source, password_file), timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
    finally:
        src.xenapi.session.logout()
    dst = sdk_session(destination)
    try:
        x = dst.xenapi
        before = set(x.VM.get_all())
        sr = next(r for r, s in x.SR.get_all_records().items() if s["content_type"] != "iso" and s["PBDs"])
        network = next(r for r, n in x.network.get_all_records().items() if n["PIFs"])
        host = x.host.get_all()[0]
        done = run(config_dir, "run", "vm.import", x.pool.get_name_label(x.pool.get_all()[0]) or "Synthetic pool",
                   "--file", str(xva), "--sr", x.SR.get_uuid(sr), "--host", x.host.get_name_label(host),
                   "--network", x.network.get_uuid(network), *connection_args(destination, password_file),
                   timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        (new_ref,) = set(x.VM.get_all()) - before
        imported = x.VM.get_record(new_ref)
        for name in SETTINGS:
            assert imported[name] == original[name], name
        before = set(x.VM.get_all())
        again = run(config_dir, "run", "vm.import", "Synthetic pool", "--file", str(xva),
                    *connection_args(destination, password_file), timeout=120)
        assert again.returncode == 0, again.stdout + again.stderr
        (second,) = set(x.VM.get_all()) - before
        assert x.VM.get_name_label(second) == f"{original['name_label']} (1)", "XenCenter's name for a second copy"
        assert imported["affinity"] == host and imported["power_state"] == "Halted"
        assert imported["other_config"]["mac_seed"] != original["other_config"].get("mac_seed")
        assert all(x.VIF.get_network(v) == network for v in imported["VIFs"])
        assert len(imported["VIFs"]) == len(original["VIFs"])
        for vbd in imported["VBDs"]:
            if x.VBD.get_type(vbd) == "Disk":
                assert x.VDI.get_SR(x.VBD.get_VDI(vbd)) == sr
        again = requests.get(destination.url + "/export", params={"session_id": dst._session, "ref": new_ref},
                             verify=False, timeout=60)
        assert again.status_code == 200
    finally:
        dst.xenapi.session.logout()
    _, exported_disks = disks_of_xva(xva)
    _, imported_disks = disks_of_xva(again.content)
    assert imported_disks == exported_disks and len(exported_disks) >= 2  # same positions, sizes and bytes


def test_a_file_that_is_not_an_xva_is_refused_in_words(pools, tmp_path, config_dir, password_file):
    _, destination = pools
    junk = tmp_path / "notes.xva"
    junk.write_text("not an export\n" * 100)
    refused = run(config_dir, "run", "vm.import", "Synthetic pool", "--file", str(junk),
                  *connection_args(destination, password_file))
    assert refused.returncode == 1 and "Not an XVA file" in refused.stdout + refused.stderr
    assert "Traceback" not in refused.stderr
    no_header = tmp_path / "other.xva"
    with tarfile.open(no_header, "w") as archive:
        info = tarfile.TarInfo("readme.txt")
        info.size = 3
        archive.addfile(info, io.BytesIO(b"hi\n"))
    refused = run(config_dir, "run", "vm.import", "Synthetic pool", "--file", str(no_header),
                  *connection_args(destination, password_file))
    assert refused.returncode == 1 and "ova.xml missing" in refused.stdout + refused.stderr


def test_export_refuses_an_existing_file_and_a_running_vm(pools, tmp_path, config_dir, password_file):
    source, _ = pools
    session = sdk_session(source)
    try:
        running = next(v["name_label"] for v in session.xenapi.VM.get_all_records().values()
                       if v["power_state"] == "Running" and not v["is_control_domain"])
        _, halted = exportable_vm(session)
    finally:
        session.xenapi.session.logout()
    taken = tmp_path / "taken.xva"
    taken.write_text("keep me")
    args = connection_args(source, password_file)
    refused = run(config_dir, "run", "vm.export", halted["name_label"], "--file", str(taken), *args)
    assert refused.returncode != 0 and "--overwrite" in refused.stdout + refused.stderr
    assert taken.read_text() == "keep me"
    refused = run(config_dir, "run", "vm.export", running, "--file", str(tmp_path / "r.xva"), *args)
    assert refused.returncode != 0 and "running" in refused.stdout + refused.stderr
    assert not list(tmp_path.glob("r.xva*"))


def test_templates_and_snapshots_export_too(pools, tmp_path, config_dir, password_file):
    source, _ = pools
    session = sdk_session(source)
    try:
        x = session.xenapi
        vm_ref, vm = exportable_vm(session)
        snapshot = x.VM.snapshot(vm_ref, "before export")
        template = next(v["name_label"] for v in x.VM.get_all_records().values()
                        if v["is_a_template"] and not v["is_a_snapshot"])
    finally:
        session.xenapi.session.logout()
    args = connection_args(source, password_file)
    for name, target in ((template, "template.xva"), (snapshot, "snapshot.xva")):
        done = run(config_dir, "run", "vm.export", name, "--file", str(tmp_path / target), *args, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        with tarfile.open(tmp_path / target) as archive:
            header = read_ova_xml(archive.extractfile("ova.xml").read())
        exported = next(o["snapshot"] for o in header["objects"] if o["class"] == "VM")
        assert exported["is_a_template"] is True and exported["is_a_snapshot"] is False  # as xapi exports them
