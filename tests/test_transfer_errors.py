"""Bad XVA uploads get xapi's errors from the simulator and leave nothing behind; the command line says what is
wrong in words (never a traceback); a cancelled export leaves no file and a cancelled import no VM.

The XVAs here are written with ``tarfile`` alone, the way xapi lays them out, so the simulator's reader is
checked against the format rather than against its own writer."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import threading
import time
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import requests

from tests.test_cli import connection_args, run, sdk_session
from xencenter.commands.transfer import ExportVMCommand
from xencenter.xenapi.errors import TaskCancelled
from xencenter.xenapi.session import Session
from xencenter.xenapi.transfer import download, upload

MIB = 1 << 20
pytestmark = pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")


def _value(v) -> str:
    if isinstance(v, bool):
        return f"<value><boolean>{int(v)}</boolean></value>"
    if isinstance(v, dict):
        return "<value><struct>" + "".join(f"<member><name>{k}</name>{_value(x)}</member>"
                                           for k, x in v.items()) + "</struct></value>"
    if isinstance(v, list):
        return "<value><array><data>" + "".join(_value(x) for x in v) + "</data></array></value>"
    return f"<value>{escape(str(v))}</value>"


def make_xva(name: str, disk_size: int, chunks: dict[int, bytes], *, corrupt: int | None = None) -> bytes:
    """An XVA of one VM with one disk holding ``chunks`` (number -> bytes), as xapi lays it out."""
    objects = [
        {"class": "VM", "id": "Ref:0", "snapshot": {
            "name_label": name, "name_description": "made by a test", "is_a_template": False,
            "memory_static_max": str(256 * MIB), "memory_dynamic_max": str(256 * MIB),
            "memory_dynamic_min": str(256 * MIB), "memory_static_min": str(128 * MIB), "VCPUs_max": "1",
            "VCPUs_at_startup": "1", "power_state": "Halted", "VBDs": ["Ref:1"], "VIFs": [],
            "other_config": {}, "platform": {}, "HVM_boot_policy": "", "PV_bootloader": "pygrub",
            "domain_type": "pv"}},
        {"class": "VBD", "id": "Ref:1", "snapshot": {
            "VM": "Ref:0", "VDI": "Ref:2", "userdevice": "0", "bootable": True, "mode": "RW", "type": "Disk",
            "empty": False, "unpluggable": False, "other_config": {}, "qos_algorithm_type": "",
            "qos_algorithm_params": {}}},
        {"class": "VDI", "id": "Ref:2", "snapshot": {
            "name_label": f"{name} 0", "name_description": "", "SR": "Ref:3", "virtual_size": str(disk_size),
            "type": "system", "sharable": False, "read_only": False, "other_config": {}, "VBDs": ["Ref:1"]}},
        {"class": "SR", "id": "Ref:3", "snapshot": {"name_label": "somewhere", "content_type": "user"}},
    ]
    header = {"version": {"hostname": "test", "date": "2026-01-01", "product_version": "8.3.0",
                          "product_brand": "XCP-ng", "build_number": "", "xapi_major": "1", "xapi_minor": "0",
                          "export_vsn": "2"}, "objects": objects}
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        def add(member: str, data: bytes) -> None:
            info = tarfile.TarInfo(member)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))

        add("ova.xml", _value(header).encode())
        for number in sorted(chunks):
            data = chunks[number]
            add(f"Ref:2/{number:08d}", data)
            digest = hashlib.sha1(data).hexdigest()
            add(f"Ref:2/{number:08d}.checksum", (digest[::-1] if number == corrupt else digest).encode())
    return out.getvalue()


def upload_raw(server, session, body: bytes, **query) -> dict:
    """PUT /import with plain requests; the task's record once it ends."""
    x = session.xenapi
    task = x.task.create("import", "")
    try:
        requests.put(server.url + "/import", params={"session_id": session._session, "task_id": task, **query},
                     data=body, verify=False, timeout=60)
    except requests.ConnectionError:
        pass  # xapi stops reading a refused upload and closes: the task has the reason
    deadline = time.monotonic() + 30
    while x.task.get_status(task) == "pending" and time.monotonic() < deadline:
        time.sleep(0.05)
    return x.task.get_record(task)


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "1", "--vms", "4", "--op-seconds", "0")


def counts(x) -> tuple[int, int, int]:
    return len(x.VM.get_all()), len(x.VDI.get_all()), len(x.network.get_all())


def test_bad_uploads_get_xapis_errors_and_leave_nothing(pool):
    session = sdk_session(pool)
    x = session.xenapi
    try:
        before = counts(x)
        good = make_xva("good", 3 * MIB, {0: os.urandom(MIB), 2: os.urandom(MIB)})
        record = upload_raw(pool, session, good)
        assert record["status"] == "success", record["error_info"]
        assert counts(x)[:2] == (before[0] + 1, before[1] + 1)
        before = counts(x)

        truncated = good[: len(good) // 2]
        assert upload_raw(pool, session, truncated)["error_info"] == ["IMPORT_ERROR_PREMATURE_EOF"]
        damaged = make_xva("damaged", 3 * MIB, {0: os.urandom(MIB), 2: os.urandom(MIB)}, corrupt=2)
        code, text = upload_raw(pool, session, damaged)["error_info"]
        assert code == "IMPORT_ERROR_GENERIC" and "Block Ref:2/00000002 checksum failed" in text
        assert upload_raw(pool, session, b"PK\x03\x04" + bytes(2000))["error_info"][0] == "IMPORT_ERROR_GENERIC"
        out = io.BytesIO()
        with tarfile.open(fileobj=out, mode="w") as archive:
            info = tarfile.TarInfo("readme")
            info.size = 2
            archive.addfile(info, io.BytesIO(b"hi"))
        assert upload_raw(pool, session, out.getvalue())["error_info"] == \
            ["IMPORT_ERROR_UNEXPECTED_FILE", "ova.xml", "readme"]
        thick = next(r for r, s in x.SR.get_all_records().items()
                     if s["content_type"] == "user" and s["sm_config"].get("allocation") == "thick"
                     and s["type"] in ("lvm", "lvmoiscsi", "lvmohba"))
        huge = make_xva("huge", 1 << 50, {0: bytes(MIB)})
        assert upload_raw(pool, session, huge, sr_id=thick)["error_info"][0] == "SR_BACKEND_FAILURE_44"
        iso = next(r for r, s in x.SR.get_all_records().items() if s["content_type"] == "iso")
        assert upload_raw(pool, session, good, sr_id=iso)["error_info"][0] == "SR_OPERATION_NOT_SUPPORTED"
        assert counts(x) == before, "every refused import was undone"
        assert not [v for v in x.VM.get_all_records().values() if v["current_operations"]]
    finally:
        x.session.logout()


def test_the_command_line_says_what_is_wrong_with_a_file(pool, tmp_path, config_dir, password_file):
    args = connection_args(pool, password_file)
    damaged = tmp_path / "damaged.xva"
    damaged.write_bytes(make_xva("damaged", 2 * MIB, {0: os.urandom(MIB), 1: os.urandom(MIB)}, corrupt=1))
    refused = run(config_dir, "run", "vm.import", "Synthetic pool", "--file", str(damaged), *args, timeout=120)
    said = refused.stdout + refused.stderr
    assert refused.returncode == 1 and "the checksum of Ref:2/00000001 differs" in said and "Traceback" not in said
    cut = tmp_path / "cut.xva"
    cut.write_bytes(make_xva("cut", 2 * MIB, {0: os.urandom(MIB), 1: os.urandom(MIB)})[: 3 * MIB // 2])
    refused = run(config_dir, "run", "vm.import", "Synthetic pool", "--file", str(cut), *args, timeout=120)
    said = refused.stdout + refused.stderr
    assert refused.returncode == 1 and "end of the file was reached prematurely" in said, said


def _login(server) -> Session:
    session = Session(server.url, fingerprint=server.fingerprint)
    session.login_with_password("root", "xenroot")
    return session


def test_cancelled_transfers_leave_no_vm_and_no_file(pool, tmp_path):
    session = _login(pool)
    sdk = sdk_session(pool)
    try:
        before = counts(sdk.xenapi)
        data = make_xva("big", 48 * MIB, {n: os.urandom(MIB) for n in range(48)})
        cancel = threading.Event()

        def slowly():
            for offset in range(0, len(data), MIB):
                if offset >= 4 * MIB:
                    cancel.set()  # the user gives up mid-way
                    time.sleep(0.05)
                yield data[offset:offset + MIB]

        task = session.call("task.create", "import", "")
        with pytest.raises(TaskCancelled):
            upload(session, task, "/import", {}, slowly(), len(data), cancel=cancel)
        assert counts(sdk.xenapi) == before, "a cancelled import leaves nothing behind"

        task = session.call("task.create", "import", "")
        (vm,) = upload(session, task, "/import", {}, [data], len(data))
        cancel = threading.Event()

        class Slow(io.BytesIO):
            def write(self, chunk):
                cancel.set()
                time.sleep(0.02)
                return super().write(chunk)

        task = session.call("task.create", "export", "")
        with pytest.raises(TaskCancelled):
            download(session, task, "/export", {"ref": vm}, Slow(), cancel=cancel)
        assert not sdk.xenapi.VM.get_current_operations(vm), "the VM is no longer busy"
    finally:
        sdk.xenapi.session.logout()
        session.logout()
        session.close()


def test_an_interrupted_export_leaves_no_file(pool, tmp_path, monkeypatch):
    """The command's own file handling: whatever stops the stream, neither the file nor its .part stay."""
    from xencenter.commands import transfer

    def broken(session, task, path, params, out, **kwargs):
        out.write(b"half of an export")
        raise TaskCancelled()

    monkeypatch.setattr(transfer, "download", broken)
    session = _login(pool)
    try:
        target = tmp_path / "vm.xva"
        vm = session.call("VM.get_all")[0]
        work = ExportVMCommand.work_for(vm, "test", str(target))
        with pytest.raises(TaskCancelled):
            work(session, type("Op", (), {"cancel_event": threading.Event()})())
        assert not list(Path(tmp_path).iterdir())
    finally:
        session.logout()
        session.close()
