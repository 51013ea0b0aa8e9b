"""``main.py run sr.new`` and the SR's life (repair, detach, forget, reattach, destroy, set-default, rescan) from
the command line against the simulator's storage world, read back with the official XenAPI SDK; secrets (the
SMB password, the CHAP secret) must appear in no output, log or file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import connection_args, run, sdk_session

SMB_PASSWORD, CHAP_SECRET = "smb-Pa55-word-71", "chap-S3cret-93"


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "3", "--vms", "2", "--op-seconds", "0.1")


def sr_new(pool, config_dir, password_file, *args: str, dry_run: bool = False):
    extra = ["--dry-run"] if dry_run else []
    done = run(config_dir, "run", "sr.new", *args, "--json", *extra, *connection_args(pool, password_file),
               timeout=120)
    return done, (json.loads(done.stdout) if done.stdout.strip() else {})


def made_sr(line: dict) -> str:
    return next(c["ref"] for c in line["created"] if c["class"] == "SR")


def nfs_sr(pool, config_dir, password_file, name: str) -> str:
    """A new NFS SR on nfs.example:/vms, made through the command line: its ref."""
    done, line = sr_new(pool, config_dir, password_file, "--type", "nfs", "--name", name,
                        "--storage-server", "nfs.example", "--path", "/vms")
    assert line["outcome"] == "ok", done.stdout + done.stderr
    return made_sr(line)


def test_sr_new_nfs_is_shared_and_plugged_on_every_host(pool, config_dir, password_file):
    done, line = sr_new(pool, config_dir, password_file, "--type", "nfs", "--name", "VM store",
                        "--storage-server", "nfs.example", "--path", "/vms", "--default")
    assert done.returncode == 0 and line["outcome"] == "ok", done.stdout + done.stderr
    session = sdk_session(pool)
    try:
        x = session.xenapi
        sr = made_sr(line)
        record = x.SR.get_record(sr)
        assert (record["name_label"], record["type"], record["shared"]) == ("VM store", "nfs", True)
        pbds = [x.PBD.get_record(p) for p in record["PBDs"]]
        assert sorted(p["host"] for p in pbds) == sorted(x.host.get_all())
        assert all(p["currently_attached"] for p in pbds)
        assert all(p["device_config"] == {"server": "nfs.example", "serverpath": "/vms"} for p in pbds)
        pool_ref = x.pool.get_all()[0]
        assert x.pool.get_default_SR(pool_ref) == sr and x.pool.get_suspend_image_SR(pool_ref) == sr
        found = x.SR.probe_ext(x.host.get_all()[0], {"server": "nfs.example", "serverpath": "/vms"}, "nfs", {})
        assert [r["sr"]["uuid"] for r in found] == [record["uuid"]]
    finally:
        session.xenapi.session.logout()


def test_an_unexported_path_fails_with_the_backends_words_and_leaves_nothing(pool, config_dir, password_file):
    session = sdk_session(pool)
    try:
        before = set(session.xenapi.SR.get_all())
        done, line = sr_new(pool, config_dir, password_file, "--type", "nfs", "--name", "nowhere",
                            "--storage-server", "nfs.example", "--path", "/not-exported")
        assert done.returncode == 1 and line["error_code"] == "SR_BACKEND_FAILURE_73"
        assert "Could not create the SR" in line["message"] and "NFS mount error" in line["message"]
        assert set(session.xenapi.SR.get_all()) == before
    finally:
        session.xenapi.session.logout()


def test_sr_repair_plugs_an_unplugged_pbd_again(pool, config_dir, password_file):
    sr = nfs_sr(pool, config_dir, password_file, "to repair")
    session = sdk_session(pool)
    try:
        x = session.xenapi
        first, *_ = x.SR.get_PBDs(sr)
        x.PBD.unplug(first)
        assert not x.PBD.get_currently_attached(first)
        args = connection_args(pool, password_file)
        repaired = run(config_dir, "run", "sr.repair", "to repair", *args)
        assert repaired.returncode == 0, repaired.stdout + repaired.stderr
        assert all(x.PBD.get_currently_attached(p) for p in x.SR.get_PBDs(sr))
        again = run(config_dir, "run", "sr.repair", "to repair", *args)
        assert again.returncode == 1 and "nothing to repair" in again.stdout
    finally:
        session.xenapi.session.logout()


def test_detach_reattach_forget_and_destroy(pool, config_dir, password_file):
    args = connection_args(pool, password_file)
    sr = nfs_sr(pool, config_dir, password_file, "lifecycle")
    session = sdk_session(pool)
    try:
        x = session.xenapi
        uuid = x.SR.get_uuid(sr)
        refused = run(config_dir, "run", "sr.detach", "lifecycle", *args)
        assert refused.returncode == 1 and "give --yes" in refused.stdout and "inaccessible" in refused.stdout
        assert run(config_dir, "run", "sr.detach", "lifecycle", "--yes", *args).returncode == 0
        assert x.SR.get_PBDs(sr) == []
        assert "The SR is currently detached." in run(config_dir, "run", "sr.detach", uuid, "--yes", *args).stdout
        forgot = run(config_dir, "run", "sr.forget", uuid, "--yes", *args)
        assert forgot.returncode == 0, forgot.stdout
        assert uuid not in [x.SR.get_uuid(s) for s in x.SR.get_all()]
        done, line = sr_new(pool, config_dir, password_file, "--type", "nfs", "--name", "lifecycle again",
                            "--storage-server", "nfs.example", "--path", "/vms", "--reattach", uuid)
        assert line["outcome"] == "ok", done.stdout
        back = x.SR.get_by_uuid(uuid)
        assert all(x.PBD.get_currently_attached(p) for p in x.SR.get_PBDs(back)) and len(x.SR.get_PBDs(back)) == 3
        assert run(config_dir, "run", "sr.rescan", uuid, *args).returncode == 0
        assert run(config_dir, "run", "sr.set-default", uuid, *args).returncode == 0
        assert x.pool.get_default_SR(x.pool.get_all()[0]) == back
        destroyed = run(config_dir, "run", "sr.destroy", uuid, "--yes", *args)
        assert destroyed.returncode == 0, destroyed.stdout
        assert uuid not in [x.SR.get_uuid(s) for s in x.SR.get_all()]
        assert x.SR.probe_ext(x.host.get_all()[0], {"server": "nfs.example", "serverpath": "/vms"}, "nfs", {}) == []
    finally:
        session.xenapi.session.logout()


def secret_world() -> dict:
    return {"iscsi": {"san.example": {"port": 3260, "chap": {"user": "initiator", "secret": CHAP_SECRET},
                                      "iqns": {"iqn.2026-01.example:san": [
                                          {"id": 0, "size": str(50 << 30), "scsi_id": "3600aaa0", "srs": []}]}}},
            "smb": {"//files.example/vms": {"username": "admin", "password": SMB_PASSWORD, "srs": []}}}


def test_secrets_go_to_secret_objects_and_appear_nowhere(pool, config_dir, password_file, tmp_path):
    session = sdk_session(pool)
    try:
        x = session.xenapi
        x.sim.set_storage_world(secret_world())
        smb_file, chap_file, wrong_file = tmp_path / "smb", tmp_path / "chap", tmp_path / "wrong"
        smb_file.write_text(SMB_PASSWORD + "\n")
        chap_file.write_text(CHAP_SECRET + "\n")
        wrong_file.write_text("not-the-chap-secret-55\n")
        outputs = []
        smb = ["--type", "smb", "--name", "SMB store", "--storage-server", "//files.example/vms", "--username", "admin",
               "--share-password-file", str(smb_file)]
        iscsi = ["--type", "iscsi", "--name", "SAN", "--target", "san.example", "--iqn", "iqn.2026-01.example:san",
                 "--lun", "0", "--chap-user", "initiator"]
        planned, _ = sr_new(pool, config_dir, password_file, *smb, dry_run=True)
        outputs.append(planned.stdout + planned.stderr)
        plain = run(config_dir, "run", "sr.new", *smb, "--dry-run", *connection_args(pool, password_file))
        outputs.append(plain.stdout + plain.stderr)
        assert "secret.create" in plain.stdout and "SR.create" in plain.stdout
        assert x.secret.get_all() == []
        wrong, line = sr_new(pool, config_dir, password_file, *iscsi, "--chap-password-file", str(wrong_file))
        outputs.append(wrong.stdout + wrong.stderr)
        assert line["error_code"] == "SR_BACKEND_FAILURE_68" and "CHAP" in line["message"]
        assert x.secret.get_all() == []  # the failed attempt's secret was removed
        for args in (smb, [*iscsi, "--chap-password-file", str(chap_file)]):
            done, line = sr_new(pool, config_dir, password_file, *args)
            outputs.append(done.stdout + done.stderr)
            assert line["outcome"] == "ok", done.stdout + done.stderr
        pbds = x.PBD.get_all_records().values()
        smb_config = next(p["device_config"] for p in pbds if p["device_config"].get("server") == "//files.example/vms")
        assert "password" not in smb_config and x.secret.get_value(
            x.secret.get_by_uuid(smb_config["password_secret"])) == SMB_PASSWORD
        chap_config = next(p["device_config"] for p in pbds if p["device_config"].get("target") == "san.example")
        assert chap_config["SCSIid"] == "3600aaa0" and "chappassword" not in chap_config
        files = [p.read_text(errors="replace") for p in Path(config_dir).rglob("*") if p.is_file()]
        for text in [*outputs, *files, json.dumps(list(pbds), default=str)]:
            assert SMB_PASSWORD not in text and CHAP_SECRET not in text
    finally:
        session.xenapi.session.logout()


def test_reattach_a_detached_sr_and_reclaim_freed_space(pool, config_dir, password_file):
    args = connection_args(pool, password_file)
    sr = nfs_sr(pool, config_dir, password_file, "detached")
    session = sdk_session(pool)
    try:
        x = session.xenapi
        assert "already attached" in run(config_dir, "run", "sr.reattach", "detached", *args).stdout
        assert run(config_dir, "run", "sr.detach", "detached", "--yes", *args).returncode == 0
        wrong = run(config_dir, "run", "sr.reattach", "detached", "--storage-server", "nfs.example", "--path",
                    "/iso-typo", *args)
        assert wrong.returncode == 1 and "SR_BACKEND_FAILURE_73" in wrong.stdout
        assert x.SR.get_PBDs(sr) == [] and x.SR.get_name_label(sr) == "detached"  # undone, the SR kept
        again = run(config_dir, "run", "sr.reattach", "detached", "--storage-server", "nfs.example", "--path",
                    "/vms", *args)
        assert again.returncode == 0, again.stdout + again.stderr
        pbds = x.SR.get_PBDs(sr)
        assert len(pbds) == 3 and all(x.PBD.get_currently_attached(p) for p in pbds)

        refused = run(config_dir, "run", "sr.reclaim-space", "detached", "--yes", *args)
        assert refused.returncode == 1 and "not supported on this SR" in refused.stdout
        trimmed = run(config_dir, "run", "sr.reclaim-space", "iSCSI virtual disk storage", *args)
        assert trimmed.returncode == 1 and "give --yes" in trimmed.stdout and "significant load" in trimmed.stdout
        trimmed = run(config_dir, "run", "sr.reclaim-space", "iSCSI virtual disk storage", "--yes", "--dry-run", *args)
        assert trimmed.returncode == 0 and "host.call_plugin(" in trimmed.stdout and "'do_trim'" in trimmed.stdout
        trimmed = run(config_dir, "run", "sr.reclaim-space", "iSCSI virtual disk storage", "--yes", *args)
        assert trimmed.returncode == 0, trimmed.stdout + trimmed.stderr
    finally:
        session.xenapi.session.logout()


def test_sr_new_on_a_server_without_probe_ext_finds_the_lun_with_sr_probe(sim_factory, config_dir, password_file):
    """XenServer 7.4 and older have only SR.probe: the LUN's SCSI id comes from SM's XML listing instead."""
    pool = sim_factory("--hosts", "2", "--vms", "2", "--op-seconds", "0.1", "--release", "jura")
    done, line = sr_new(pool, config_dir, password_file, "--type", "iscsi", "--name", "LUN store",
                        "--target", "iscsi.example", "--iqn", "iqn.2024-01.example:storage", "--lun", "1")
    assert done.returncode == 0 and line["outcome"] == "ok", done.stdout + done.stderr
    called = [c.split("(")[0] for c in line["calls"]]
    assert called.index("SR.probe_ext") < called.index("SR.probe") < called.index("Async.SR.create"), called
    session = sdk_session(pool)
    try:
        x = session.xenapi
        record = x.SR.get_record(made_sr(line))
        configs = [x.PBD.get_device_config(p) for p in record["PBDs"]]
        assert {c["SCSIid"] for c in configs} == {"36001405a0000000000000000000000a1"}
        assert record["physical_size"] == str(200 << 30) and record["type"] == "lvmoiscsi"
    finally:
        session.xenapi.session.logout()
    done, line = sr_new(pool, config_dir, password_file, "--type", "iscsi", "--name", "No such LUN",
                        "--target", "iscsi.example", "--iqn", "iqn.2024-01.example:storage", "--lun", "7")
    assert done.returncode != 0 and "the target has no LUN 7 (LUNs: 0, 1)" in done.stdout + done.stderr
