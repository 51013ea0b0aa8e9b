"""The simulator's storage, as xapi and SM do it, through the official XenAPI SDK: issue 14's default storage
world, probes at each level with the backends' failures, SR.create on every host of a shared SR, introduce +
PBD.create + plug, the SR's allowed_operations and SR_HAS_PBD / SR_NO_PBDS / SR_NOT_EMPTY / PBD_EXISTS,
forget (found again by a probe) and destroy (gone from the storage), secrets for SMB credentials."""

from __future__ import annotations

import pytest
import XenAPI

GIB = 1 << 30


@pytest.fixture
def x(sim_factory):
    server = sim_factory("--hosts", "2", "--vms", "2", "--op-seconds", "0.05")
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password("root", "xenroot", "1.0", "tests")
    yield session.xenapi
    session.xenapi.session.logout()


def failure(call, *args) -> list[str]:
    with pytest.raises(XenAPI.Failure) as caught:
        call(*args)
    return caught.value.details


def test_the_default_world_of_issue_14(x):
    host = x.host.get_all()[0]
    exports = [r["configuration"]["serverpath"] for r in x.SR.probe_ext(host, {"server": "nfs.example"}, "nfs", {})]
    assert {"/vms", "/iso"} <= set(exports)
    assert x.SR.probe_ext(host, {"server": "nfs.example", "serverpath": "/vms"}, "nfs", {}) == []
    iqns = x.SR.probe_ext(host, {"target": "iscsi.example", "port": "3260"}, "lvmoiscsi", {})
    # the issue's IQN, and the one the synthetic pool's own iSCSI SR lives on
    assert [r["configuration"]["targetIQN"] for r in iqns] == ["iqn.2024-01.example:storage", "iqn.2024-01.san:vms"]
    iqn = iqns[0]
    assert iqn["complete"] is False
    luns = x.SR.probe_ext(host, iqn["configuration"], "lvmoiscsi", {})
    assert [(r["extra_info"]["LUNid"], int(r["extra_info"]["size"])) for r in luns] == [("0", 100 * GIB),
                                                                                       ("1", 200 * GIB)]
    smb = {"server": "//smb.example/share", "username": "admin", "password": "secret"}
    assert x.SR.probe_ext(host, smb, "smb", {}) == []
    iso = x.SR.create(host, {"location": "nfs.example:/iso"}, 0, "ISOs", "", "iso", "iso", True, {})
    assert sorted(x.VDI.get_name_label(v) for v in x.SR.get_VDIs(iso)) == ["debian-12.5.0-amd64-netinst.iso",
                                                                         "guest-tools.iso"]


def test_probe_failures_carry_the_backends_words(x):
    host = x.host.get_all()[0]
    assert failure(x.SR.probe_ext, host, {}, "nfs", {}) == [
        "SR_BACKEND_FAILURE_102", "", "The request is missing the server parameter", ""]
    assert failure(x.SR.probe_ext, host, {"server": "nope.example"}, "nfs", {})[:2] == ["SR_BACKEND_FAILURE_140", ""]
    code, _, words, _ = failure(x.SR.probe_ext, host, {"server": "nfs.example", "serverpath": "/x"}, "nfs", {})
    assert code == "SR_BACKEND_FAILURE_73" and words.startswith("NFS mount error [opterr=")
    assert failure(x.SR.probe_ext, host, {"server": "nfs.example", "nfsversion": "2"}, "nfs", {})[0] == \
        "SR_BACKEND_FAILURE_72"
    assert failure(x.SR.probe_ext, host, {"target": "iscsi.example", "port": "3261"}, "lvmoiscsi", {})[0] == \
        "SR_BACKEND_FAILURE_141"
    wrong = {"server": "//smb.example/share", "username": "admin", "password": "wrong"}
    assert failure(x.SR.probe_ext, host, wrong, "smb", {})[:2] == ["SR_BACKEND_FAILURE_111", ""]
    assert failure(x.SR.probe_ext, host, {}, "zfs", {}) == ["SR_UNKNOWN_DRIVER", "zfs"]


def test_an_srs_life_with_xapis_rules(x):
    hosts = x.host.get_all()
    config = {"server": "nfs.example", "serverpath": "/vms"}
    sr = x.SR.create(hosts[0], config, 0, "life", "", "nfs", "user", True, {})
    pbds = x.SR.get_PBDs(sr)
    assert sorted(x.PBD.get_host(p) for p in pbds) == sorted(hosts) and all(x.PBD.get_currently_attached(p)
                                                                           for p in pbds)
    ops = x.SR.get_allowed_operations(sr)
    assert "vdi_create" in ops and "scan" in ops and "destroy" not in ops and "forget" not in ops
    assert failure(x.SR.destroy, sr) == ["SR_HAS_PBD", sr]
    assert failure(x.SR.forget, sr) == ["SR_HAS_PBD", sr]
    assert failure(x.PBD.create, {"host": hosts[0], "SR": sr, "device_config": config})[0] == "PBD_EXISTS"
    assert failure(x.PBD.destroy, pbds[0])[0] == "OPERATION_NOT_ALLOWED"
    x.VDI.create({"SR": sr, "virtual_size": str(GIB), "type": "user", "sharable": False, "read_only": False,
                        "other_config": {}, "name_label": "d", "name_description": ""})
    for pbd in pbds:
        x.PBD.unplug(pbd)
    assert failure(x.SR.scan, sr) == ["SR_NO_PBDS", sr]
    assert failure(x.SR.destroy, sr) == ["SR_NOT_EMPTY"]
    uuid = x.SR.get_uuid(sr)
    x.SR.forget(sr)
    assert uuid not in [x.SR.get_uuid(s) for s in x.SR.get_all()] and not set(pbds) & set(x.PBD.get_all())
    (found,) = x.SR.probe_ext(hosts[0], config, "nfs", {})
    assert found["sr"]["uuid"] == uuid and found["sr"]["name_label"] == "life"
    back = x.SR.introduce(uuid, "life", "", "nfs", "user", True, {})
    assert failure(x.SR.introduce, uuid, "life", "", "nfs", "user", True, {}) == ["SR_UUID_EXISTS", uuid]
    assert failure(x.SR.destroy, back) == ["SR_NO_PBDS", back]
    for host in hosts:
        x.PBD.plug(x.PBD.create({"host": host, "SR": back, "device_config": config}))
    x.SR.scan(back)
    for pbd in x.SR.get_PBDs(back):
        x.PBD.unplug(pbd)
    assert "destroy" in x.SR.get_allowed_operations(back)
    x.SR.destroy(back)
    assert x.SR.probe_ext(hosts[0], config, "nfs", {}) == []


def test_a_pbd_with_a_wrong_secret_does_not_plug_and_a_right_one_does(x):
    host = x.host.get_all()[0]
    right = x.secret.create({"value": "secret"})
    wrong = x.secret.create({"value": "not it"})
    config = {"server": "//smb.example/share", "username": "admin", "password_secret": x.secret.get_uuid(wrong)}
    assert failure(x.SR.create, host, config, 0, "smb", "", "smb", "user", True, {})[0] == "SR_BACKEND_FAILURE_111"
    assert [s for s in x.SR.get_all_records().values() if s["name_label"] == "smb"] == []
    config["password_secret"] = x.secret.get_uuid(right)
    sr = x.SR.create(host, config, 0, "smb", "", "smb", "user", True, {})
    assert all(x.PBD.get_currently_attached(p) for p in x.SR.get_PBDs(sr))
