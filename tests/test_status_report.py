"""Server status reports against the simulator over real HTTPS: its capabilities XML and ``/system-status``
(session, role and entries checked as xapi and xen-bugtool do), then ``host.status-report``: one zip with every
server's files and this application's log, no session id anywhere, nothing left by a cancel or a cut."""

from __future__ import annotations

import io
import tarfile
import threading
import zipfile
from pathlib import Path

import pytest
import requests

from tests.test_cli import connection_args, run, sdk_session
from xencenter.commands import status_report as command
from xencenter.model import status_report as model
from xencenter.model.failures import MakeFailed
from xencenter.xenapi.errors import TaskCancelled
from xencenter.xenapi.session import Session

pytestmark = pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")


@pytest.fixture(scope="module")
def pool():
    from tests.conftest import start_sim

    server = start_sim("--hosts", "2", "--vms", "2", "--op-seconds", "0.01")
    yield server
    server.stop()


@pytest.fixture
def session(pool):
    session = Session(pool.url, fingerprint=pool.fingerprint)
    session.login_with_password("root", "xenroot")
    yield session
    session.logout()
    session.close()


def _get(pool, session_ref: str | None, **query) -> requests.Response:
    cookies = {"session_id": session_ref} if session_ref else {}
    return requests.get(pool.url + "/system-status", params=query, cookies=cookies, verify=False, timeout=30)


def test_capabilities_are_xen_bugtools_xml_and_read_as_xencenter_does(session):
    host = session.call("host.get_all")[0]
    xml = session.call("host.get_system_status_capabilities", host)
    assert xml.startswith("<?xml") and "<system-status-capabilities>" in xml
    caps = {c.key: c for c in model.parse_capabilities(xml)}
    assert caps["xenserver-logs"].name == "Server logs" and caps["xenserver-logs"].size_words == "0 B - 70 MB"
    assert caps["firstboot"].size_words == "60 KB - 80 KB" and caps["host-crashdump-logs"].size_words == "Negligible"
    assert caps["network-config"].pii == "customized" and caps["pam"].pii_words.startswith("These files will contain")
    listed = model.common_capabilities([list(caps.values())], 2048)
    assert listed[0].key == model.CLIENT_LOGS and [c.pii for c in listed] == sorted(
        (c.pii for c in listed), key=model.PII_ORDER.index)
    assert model.parse_capabilities('<x><capability key="CVSM"/><capability key="a" pii="odd"/></x>') == [
        model.Capability("a", "customized", -1, -1, False)]
    with pytest.raises(ValueError):
        model.parse_capabilities("not xml")


def test_the_handler_checks_the_session_and_keeps_known_entries(pool, session):
    assert _get(pool, None, entries="xen-info").status_code == 401
    assert _get(pool, "OpaqueRef:nonsense", entries="xen-info").status_code == 401
    listed = _get(pool, None, list="yes")
    assert listed.status_code == 200 and "system-status-capabilities" in listed.text
    task = session.call("task.create", "report", "")
    answer = _get(pool, session.ref, entries="xen-info,no-such-entry", output="tar", task_id=task)
    assert answer.status_code == 200
    with tarfile.open(fileobj=io.BytesIO(answer.content)) as tar:
        names = sorted(m.name.split("/", 1)[1] for m in tar)
        log = tar.extractfile(next(m for m in tar if m.name.endswith("bugtool.log"))).read().decode()
    assert names == ["bugtool.log", "inventory.xml", "xen-info.out"]
    assert "--entries=no-such-entry is not known!" in log
    assert session.call("task.get_status", task) == "success"
    bz2 = _get(pool, session.ref, entries="vtpm", output="tar.bz2")
    with tarfile.open(fileobj=io.BytesIO(bz2.content), mode="r:bz2") as tar:
        assert any(m.name.endswith("/vtpm.out") for m in tar)
    zipped = _get(pool, session.ref, entries="vtpm", output="zip")
    assert zipped.headers["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(zipped.content)) as archive:
        assert any(n.endswith("/vtpm.out") for n in archive.namelist())
    defaults = _get(pool, session.ref, output="nonsense")  # xapi's reading: tar, and xen-bugtool's defaults
    with tarfile.open(fileobj=io.BytesIO(defaults.content)) as tar:
        keys = {m.name.split("/", 1)[1].removesuffix(".out") for m in tar}
    assert {"xenserver-logs", "xen-info", "system-logs"} <= keys


def test_a_read_only_user_is_refused_with_xapis_error(pool, session):
    sdk = sdk_session(pool)
    try:
        sdk.xenapi.sim.add_user("reader", "pw", "read-only")
    finally:
        sdk.xenapi.session.logout()
    reader = Session(pool.url, fingerprint=pool.fingerprint)
    reader.login_with_password("reader", "pw")
    try:
        task = reader.call("task.create", "report", "")
        assert _get(pool, reader.ref, entries="xen-info", task_id=task).status_code == 403
        assert reader.call("task.get_error_info", task)[0] == "RBAC_PERMISSION_DENIED"
    finally:
        reader.logout()
        reader.close()


def _sources(pool, session) -> list[command.Source]:
    records = session.call("host.get_all_records")
    return [command.Source(r["name_label"], r["hostname"], f"https://{r['address']}:{pool.port}", pool.fingerprint,
                           None) for r in sorted(records.values(), key=lambda r: r["name_label"])]


class _Op:
    def __init__(self) -> None:
        self.cancel_event = threading.Event()


def _run_work(work, session, op, monkeypatch) -> None:
    monkeypatch.setattr(command, "report_progress", lambda *args: None)
    work(session, op)


def test_the_zip_holds_every_servers_files_and_the_log_but_no_session(pool, session, tmp_path, monkeypatch):
    log_dir = tmp_path / "log"
    log_dir.mkdir()
    (log_dir / "xencenter.log").write_text(f"connected with {session.ref}\nall fine\n")
    monkeypatch.setenv("XENCENTER_LOG_DIR", str(log_dir))
    target = tmp_path / "report.zip"
    work = command.report_work(_sources(pool, session), ["xen-info", "xenserver-logs", model.CLIENT_LOGS],
                               str(target), "2026-01-02-03-04-05")
    _run_work(work, session, _Op(), monkeypatch)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        everything = b"".join(archive.read(n) for n in names)
        for source in _sources(pool, session):  # each server's own report, from its own address
            (info,) = [n for n in names if n.startswith(model.host_folder("2026-01-02-03-04-05", source.hostname))
                       and n.endswith("/xen-info.out")]
            assert archive.read(info).startswith(source.hostname.encode())
    folders = sorted({n.split("/")[0] for n in names if "/" in n})
    assert len(folders) == 2 and all(f.startswith("2026-01-02-03-04-05-bugtool-") for f in folders)
    assert sum(n.endswith("/xen-info.out") for n in names) == 2
    assert sum(n.endswith("/xenserver-logs.out") for n in names) == 2
    assert "2026-01-02-03-04-05-xencenter.log" in names and b"all fine" in everything
    assert session.ref.encode() not in everything and session.ref.split(":")[-1].encode() not in everything
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log", "report.zip"]


def test_a_cancel_half_way_leaves_no_file(pool, session, tmp_path, monkeypatch):
    sdk = sdk_session(pool)
    op = _Op()
    try:
        sdk.xenapi.sim.stall("/system-status#stream", "1")  # the stream waits after its first entry
        real = command.download

        def cancelling(*args, **kwargs):
            kwargs["progress"] = lambda p: op.cancel_event.set() if p > 0 else None
            return real(*args, **kwargs)

        monkeypatch.setattr(command, "download", cancelling)
        target = tmp_path / "report.zip"
        work = command.report_work(_sources(pool, session), ["xen-info", "xenserver-logs"], str(target), "t")
        with pytest.raises(TaskCancelled):
            _run_work(work, session, op, monkeypatch)
        assert not list(tmp_path.iterdir())
    finally:
        sdk.xenapi.sim.clear_faults()
        sdk.xenapi.session.logout()


def test_a_dropped_connection_is_said_in_words_and_leaves_no_file(pool, session, tmp_path, monkeypatch):
    from xencenter.model.failures import explain

    sdk = sdk_session(pool)
    try:
        sdk.xenapi.sim.stall("/system-status#stream", "1")
        real = command.download
        cut = []

        def cutting(*args, **kwargs):
            def progress(p):
                if p > 0 and not cut:
                    cut.append(True)
                    sdk.xenapi.sim.drop_connections()
                    sdk.xenapi.sim.clear_faults()
            kwargs["progress"] = progress
            return real(*args, **kwargs)

        monkeypatch.setattr(command, "download", cutting)
        target = tmp_path / "report.zip"
        work = command.report_work(_sources(pool, session)[:1], ["xen-info", "xenserver-logs"], str(target), "t")
        with pytest.raises(MakeFailed) as failure:
            _run_work(work, session, _Op(), monkeypatch)
        words, _details = explain(failure.value)
        assert words.startswith("Could not get the status report of '"), words
        assert not list(tmp_path.iterdir())
    finally:
        sdk.xenapi.sim.clear_faults()
        sdk.xenapi.session.logout()


def test_a_server_that_fails_is_left_out_and_named(pool, session, tmp_path, monkeypatch):
    from xencenter.model.failures import explain

    good, *_ = _sources(pool, session)
    gone = command.Source("gone", "gone", "https://127.0.0.1:1", pool.fingerprint, None)
    target = tmp_path / "report.zip"
    work = command.report_work([gone, good], ["xen-info"], str(target), "t")
    with pytest.raises(MakeFailed) as failure:
        _run_work(work, session, _Op(), monkeypatch)
    words, _details = explain(failure.value)
    assert words.startswith("Could not get the status report of 'gone': The server could not be reached"), words
    assert words.endswith(f"The report of the other servers was saved to {target}.")
    with zipfile.ZipFile(target) as archive:
        assert {n.split("/")[0] for n in archive.namelist()} == {model.host_folder("t", good.hostname)}
    target.unlink()
    work = command.report_work([gone], ["xen-info"], str(target), "t")
    with pytest.raises(MakeFailed):
        _run_work(work, session, _Op(), monkeypatch)
    assert not list(tmp_path.iterdir())  # nobody answered: no file


def test_the_command_line_writes_the_zip(pool, config_dir, password_file, tmp_path):
    target = tmp_path / "out.zip"
    planned = run(config_dir, "run", "host.status-report", "--file", str(target), "--dry-run",
                  *connection_args(pool, password_file), timeout=120)
    assert planned.returncode == 0 and "dry run" in planned.stdout, planned.stdout
    assert not target.exists()  # a dry run reads the servers' capabilities and writes nothing
    done = run(config_dir, "run", "host.status-report", "--file", str(target), "--entries", "xen-info,vtpm",
               *connection_args(pool, password_file), timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
    assert sum(n.endswith("/xen-info.out") for n in names) == 2 and sum(n.endswith("/vtpm.out") for n in names) == 2
    again = run(config_dir, "run", "host.status-report", "--file", str(target), *connection_args(pool, password_file))
    assert again.returncode != 0 and "exists" in again.stdout + again.stderr
    assert not (Path(str(target) + ".part")).exists()
    one = run(config_dir, "run", "host.status-report", "--host", "xcp-host-02", "--file", str(target), "--overwrite",
              "--entries", "vtpm", *connection_args(pool, password_file), timeout=120)
    assert one.returncode == 0, one.stdout + one.stderr
    with zipfile.ZipFile(target) as archive:
        folders = {n.split("/")[0] for n in archive.namelist() if "/" in n}
    assert len(folders) == 1 and next(iter(folders)).endswith("-bugtool-xcp-host-02")


def test_without_file_the_command_line_takes_xencenters_name():
    from xencenter.cli.answers import CliDialogs

    answer = CliDialogs().status_report(None, [])
    assert answer["hosts"] == [] and answer["file"].startswith("status-report-") and answer["file"].endswith(".zip")
    assert model.default_file_name(0).count("-") == 7
