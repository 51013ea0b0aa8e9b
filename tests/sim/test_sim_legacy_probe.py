"""A simulator answering as an older xapi (``--release jura``, XenServer 7.4): calls the schema dates later are
unknown, the hosts report that API version, and ``SR.probe`` answers as SM's drivers do — an SR list in XML,
or, for a partial configuration, SM's error with the next level as XML in its third parameter."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest
import XenAPI

from tests.sim.test_sim_storage import failure

GIB = 1 << 30
WORLD = {
    "nfs": {"files.example": {"versions": ["3", "4"], "exports": {
        "/vms": {"srs": [{"uuid": "5b1d1f0e-0000-4000-8000-00000000000a", "name_label": "Old NFS SR",
                          "total_space": str(40 * GIB), "free_space": str(30 * GIB)}]},
        "/empty": {"srs": []}}}},
    "iscsi": {"san.example": {"port": 3260, "chap": {"user": "init", "secret": "chap-71"}, "iqns": {
        "iqn.2026-01.example:san": [
            {"id": 0, "size": str(100 * GIB), "scsi_id": "3600b0", "srs": []},
            {"id": 1, "size": str(200 * GIB), "scsi_id": "3600b1", "srs": [
                {"uuid": "0d9c6a3e-1111-4222-8333-444455556666", "name_label": "Old SAN SR",
                 "total_space": str(200 * GIB), "free_space": str(150 * GIB)}]}]}}},
    "hba": [{"scsi_id": "3600a0b80", "size": str(50 * GIB), "vendor": "NETAPP", "path": "/dev/sdc", "srs": []}],
}


@pytest.fixture
def server(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "2", "--op-seconds", "0.05", "--release", "jura")


@pytest.fixture
def x(server):
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password("root", "xenroot", "1.0", "tests")
    session.xenapi.sim.set_storage_world(WORLD)
    yield session.xenapi
    session.xenapi.session.logout()


def tags(xml: str, tag: str) -> list[str]:
    return [(e.text or "").strip() for e in ElementTree.fromstring(xml).iter(tag)]


def test_a_jura_server_lacks_later_calls_and_says_its_version(x, server):
    host = x.host.get_all()[0]
    assert (x.host.get_API_version_major(host), x.host.get_API_version_minor(host)) == ("2", "9")
    assert failure(x.SR.probe_ext, host, {"server": "files.example"}, "nfs", {}) == [
        "MESSAGE_METHOD_UNKNOWN", "SR.probe_ext"]
    methods = XenAPI.Session(server.url, ignore_ssl=True).system.listMethods()["Value"]  # no session: xapi's rule
    assert "SR.probe" in methods and "SR.probe_ext" not in methods and "VM.start" in methods


def test_nfs_exports_then_the_srs_of_an_export(x):
    host = x.host.get_all()[0]
    code, _, words, listing = failure(x.SR.probe, host, {"server": "files.example"}, "nfs", {})
    assert (code, words) == ("SR_BACKEND_FAILURE_101", "The request is missing the serverpath parameter")
    assert sorted(tags(listing, "Path")) == ["/empty", "/vms"] and set(tags(listing, "Target")) == {"files.example"}
    found = x.SR.probe(host, {"server": "files.example", "serverpath": "/vms", "probeversion": ""}, "nfs", {})
    assert tags(found, "UUID") == ["5b1d1f0e-0000-4000-8000-00000000000a"] and tags(found, "Version") == ["3", "4"]
    assert tags(x.SR.probe(host, {"server": "files.example", "serverpath": "/empty"}, "nfs", {}), "UUID") == []
    assert failure(x.SR.probe, host, {"server": "files.example", "serverpath": "/x"}, "nfs", {})[0] == \
        "SR_BACKEND_FAILURE_73"


def test_iscsi_iqns_luns_and_the_sr_on_a_lun(x):
    host = x.host.get_all()[0]
    target = {"target": "san.example", "port": "3260", "chapuser": "init", "chappassword": "chap-71"}
    assert failure(x.SR.probe, host, {**target, "chappassword": "wrong"}, "lvmoiscsi", {})[0] == \
        "SR_BACKEND_FAILURE_68"
    code, _, _, listing = failure(x.SR.probe, host, target, "lvmoiscsi", {})
    assert code == "SR_BACKEND_FAILURE_96" and tags(listing, "TargetIQN") == ["iqn.2026-01.example:san"]
    assert tags(listing, "Index") == ["0"] and tags(listing, "Port") == []  # SM names only a port other than 3260
    iqn = {**target, "targetIQN": "iqn.2026-01.example:san"}
    code, _, _, listing = failure(x.SR.probe, host, iqn, "lvmoiscsi", {})
    assert code == "SR_BACKEND_FAILURE_107"
    assert list(zip(tags(listing, "LUNid"), tags(listing, "SCSIid"), tags(listing, "size"))) == [
        ("0", "3600b0", str(100 * GIB)), ("1", "3600b1", str(200 * GIB))]
    found = x.SR.probe(host, {**iqn, "SCSIid": "3600b1"}, "lvmoiscsi", {})
    assert tags(found, "UUID") == ["0d9c6a3e-1111-4222-8333-444455556666"] and tags(found, "size") == [
        str(200 * GIB)]
    assert tags(x.SR.probe(host, {**iqn, "SCSIid": "3600b0"}, "lvmoiscsi", {}), "UUID") == []


def test_hba_devices(x):
    host = x.host.get_all()[0]
    code, _, _, listing = failure(x.SR.probe, host, {}, "lvmohba", {})
    assert code == "SR_BACKEND_FAILURE_107"
    assert (tags(listing, "SCSIid"), tags(listing, "vendor"), tags(listing, "path")) == (
        ["3600a0b80"], ["NETAPP"], ["/dev/sdc"])
    assert tags(x.SR.probe(host, {"SCSIid": "3600a0b80"}, "lvmohba", {}), "UUID") == []
