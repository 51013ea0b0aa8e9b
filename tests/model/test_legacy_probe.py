"""SM's XML answers to ``SR.probe`` (as its drivers print them with minidom's toprettyxml) read into the
``probe_result`` records the wizard and ``sr.new`` use with ``SR.probe_ext``."""

from __future__ import annotations

import pytest

from xencenter.model.failures import explain
from xencenter.model.legacy_probe import UnreadableProbe, partial_listing, results_of

EXPORTS = """<?xml version="1.0" ?>
<nfs-exports>
\t<Export>
\t\t<Target>nfs.example</Target>
\t\t<Path>/vms</Path>
\t\t<Accesslist>*</Accesslist>
\t</Export>
\t<Export>
\t\t<Target>nfs.example</Target>
\t\t<Path>/iso</Path>
\t\t<Accesslist>10.0.0.0/8</Accesslist>
\t</Export>
</nfs-exports>
"""

IQNS = """<?xml version="1.0" ?>
<iscsi-target-iqns>
\t<TGT>
\t\t<Index>0</Index>
\t\t<IPAddress>192.0.2.10</IPAddress>
\t\t<TargetIQN>iqn.2024-01.example:storage</TargetIQN>
\t</TGT>
\t<TGT>
\t\t<Index>1</Index>
\t\t<IPAddress>192.0.2.11</IPAddress>
\t\t<Port>3261</Port>
\t\t<TargetIQN>iqn.2024-01.example:other</TargetIQN>
\t</TGT>
</iscsi-target-iqns>
"""

LUNS = """<?xml version="1.0" ?>
<iscsi-target>
\t<LUN>
\t\t<vendor>LIO-ORG</vendor>
\t\t<serial>a0</serial>
\t\t<LUNid>0</LUNid>
\t\t<size>107374182400</size>
\t\t<SCSIid>36001405a0</SCSIid>
\t</LUN>
</iscsi-target>
"""

DEVICES = """<?xml version="1.0" ?>
<Devlist>
\t<BlockDevice>
\t\t<path>/dev/sdc</path>
\t\t<numpaths>2</numpaths>
\t\t<SCSIid>3600a0b80</SCSIid>
\t\t<vendor>NETAPP</vendor>
\t\t<serial>S1</serial>
\t\t<size>53687091200</size>
\t\t<adapter>1</adapter>
\t\t<channel>0</channel>
\t\t<id>0</id>
\t\t<lun>3</lun>
\t\t<hba>qla2xxx</hba>
\t</BlockDevice>
\t<Adapter>
\t\t<host>host1</host>
\t\t<name>qla2xxx</name>
\t</Adapter>
</Devlist>
"""

SRLIST = """<?xml version="1.0" ?>
<SRlist>
\t<SR>
\t\t<UUID>0d9c6a3e-1111-4222-8333-444455556666</UUID>
\t\t<Devlist>/dev/disk/by-id/scsi-36001405a0</Devlist>
\t\t<size>107369988096</size>
\t\t<name_label>Old SAN SR</name_label>
\t</SR>
\t<SupportedVersions>
\t\t<Version>3</Version>
\t</SupportedVersions>
</SRlist>
"""


def test_an_nfs_servers_exports():
    results = results_of(EXPORTS, {"server": "nfs.example"})
    assert [r["configuration"] for r in results] == [{"server": "nfs.example", "serverpath": "/vms"},
                                                    {"server": "nfs.example", "serverpath": "/iso"}]
    assert not any(r["complete"] for r in results)


def test_a_targets_iqns_keep_the_users_target_and_chap_user():
    config = {"target": "san.example", "port": "3260", "chapuser": "init", "chappassword": "x"}
    results = results_of(IQNS, config)
    assert [r["configuration"] for r in results] == [
        {"target": "san.example", "port": "3260", "chapuser": "init", "targetIQN": "iqn.2024-01.example:storage"},
        {"target": "san.example", "port": "3261", "chapuser": "init", "targetIQN": "iqn.2024-01.example:other"}]
    assert all("chappassword" not in r["configuration"] for r in results)


def test_an_iqns_luns_and_hba_devices():
    config = {"target": "san.example", "port": "3260", "targetIQN": "iqn.2024-01.example:storage"}
    (lun,) = results_of(LUNS, config)
    assert lun["complete"] and lun["configuration"] == {**config, "SCSIid": "36001405a0"}
    assert lun["extra_info"] == {"LUNid": "0", "size": "107374182400", "vendor": "LIO-ORG", "serial": "a0"}
    (device,) = results_of(DEVICES, {})
    assert device["configuration"] == {"SCSIid": "3600a0b80"}
    assert (device["extra_info"]["size"], device["extra_info"]["vendor"], device["extra_info"]["path"]) == (
        "53687091200", "NETAPP", "/dev/sdc")


def test_an_sr_list():
    config = {"target": "san.example", "targetIQN": "iqn", "SCSIid": "36001405a0"}
    (found,) = results_of(SRLIST, config)
    assert found["configuration"] == config and found["complete"]
    assert found["sr"] == {"uuid": "0d9c6a3e-1111-4222-8333-444455556666", "name_label": "Old SAN SR",
                           "name_description": "", "total_space": 107369988096, "free_space": 0}
    assert results_of("<SRlist/>", {}) == []


def test_partial_probes_carry_their_listing_and_real_failures_do_not():
    assert partial_listing("SR_BACKEND_FAILURE_96", ["", "missing IQN", IQNS]) == IQNS
    assert partial_listing("SR_BACKEND_FAILURE_101", ["", "missing serverpath", EXPORTS]) == EXPORTS
    assert partial_listing("SR_BACKEND_FAILURE_68", ["", "ISCSI login failed", ""]) is None
    assert partial_listing("SR_BACKEND_FAILURE_107", ["", "The SCSIid parameter is missing", ""]) is None
    assert partial_listing("SR_BACKEND_FAILURE_96", ["", "words"]) is None


@pytest.mark.parametrize("answer", ["<SRlist><SR>", "not xml at all", "<html><body>proxy</body></html>", ""])
def test_an_unreadable_answer_is_said_in_words(answer):
    with pytest.raises(UnreadableProbe, match="probe answer") as caught:
        results_of(answer, {})
    words, code = explain(caught.value)
    assert words.startswith("The server's probe answer") and code == "UNREADABLE_PROBE"
