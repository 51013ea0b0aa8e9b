"""``main.py search`` against the simulator serving the shared databases, run as the user runs it.

Expected results are worked out from the database XML (see tests/model/xensearch/test_databases.py for the
facts of state3.xml; as the simulator serves it, its hosts have no metrics and are down, so XenCenter hides
the VMs and SRs on them); refs are checked against what the official XenAPI SDK reads from the server.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import XenAPI

from tests.conftest import SHARED_DATA, start_sim
from tests.test_cli import PASSWORD, USER, run

STATE3 = SHARED_DATA / "xapi-db" / "state3.xml"
COWLEY1 = SHARED_DATA / "xapi-db" / "cowley1.xml"


@pytest.fixture(scope="module")
def state3():
    server = start_sim("--db", str(STATE3))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def cowley1():
    server = start_sim("--db", str(COWLEY1))
    yield server
    server.stop()


def search(config_dir: Path, password_file: Path, *servers, extra: tuple[str, ...] = ()):
    args = ["search"]
    for server in servers:
        args += ["--server", server.url]
    args += ["--user", USER, "--password-file", str(password_file)]
    for server in servers:
        args += ["--fingerprint", server.fingerprint]
    return run(config_dir, *args, *extra)


def refs_by_name(server, cls: str) -> dict[str, str]:
    """name -> ref of one class, read with the XenAPI SDK (the simulator's certificate is pinned by the test
    run itself: it is on loopback and was started here)."""
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    try:
        return {r["name_label"]: ref for ref, r in getattr(session.xenapi, cls).get_all_records().items()}
    finally:
        session.xenapi.session.logout()


def test_a_saved_search_by_uuid_as_json(state3, config_dir, password_file):
    """"Servers by Department" (f8d4e7ab-...): Department contains "i", grouped by the field: value groups have
    no ref; the objects are the hosts with their refs."""
    result = search(config_dir, password_file, state3, extra=("--saved", "f8d4e7ab-e1a8-4df1-8deb-77dfe1806f93",
                                                              "--json"))
    assert result.returncode == 0, result.stderr
    hosts = refs_by_name(state3, "host")
    assert json.loads(result.stdout) == {"groups": [
        {"group": "Engineering", "groups": [], "objects": [{"ref": hosts["chester"], "class": "host", "name": "chester"}]},
        {"group": "Finance", "groups": [], "objects": [{"ref": hosts["grimsby"], "class": "host", "name": "grimsby"}]},
    ], "objects": []}


def test_a_builtin_search_by_name_as_text(state3, config_dir, password_file):
    """VMs by Power State: only the halted VMs are shown (the running ones are on hosts that are down)."""
    result = search(config_dir, password_file, state3, extra=("--saved", "VMs by Power State"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Halted", "  Debian Etch 4.0 (2)", "  Debian Etch 4.0 (4)",
                                          "  Debian Etch 4.0 (5)"]


def test_folder_groups_carry_their_path(state3, config_dir, password_file):
    result = search(config_dir, password_file, state3, extra=("--saved", "Everything in a folder", "--json"))
    assert result.returncode == 0, result.stderr
    vms = refs_by_name(state3, "VM")
    foo, red = json.loads(result.stdout)["groups"]
    assert (foo["group"], foo["ref"], foo["class"]) == ("foo", "/foo", "folder")
    assert red == {"group": "red", "ref": "/red", "class": "folder", "groups": [], "objects": []}
    bar = foo["groups"][0]
    assert bar["ref"] == "/foo/bar" and [g["ref"] for g in bar["groups"]] == ["/foo/bar/sq", "/foo/bar/sqrt"]
    assert bar["groups"][0]["objects"] == [{"ref": vms["Debian Etch 4.0 (2)"], "class": "VM",
                                            "name": "Debian Etch 4.0 (2)"}]


def test_a_query_file_over_two_servers(state3, cowley1, config_dir, password_file, tmp_path):
    """VMs grouped by pool, from a file: each pool group carries its ref. cowley1's hosts are up (its 4 VMs
    show), state3's are down (3 halted VMs show)."""
    query = tmp_path / "by-pool.xensearch"
    query.write_text('<Search uuid="0" name="by pool" major_version="2" minor_version="0"><Query><QueryScope>'
                     '<VM /></QueryScope></Query><XenModelObjectPropertyGrouping property="pool" /><sorting />'
                     '</Search>')
    result = search(config_dir, password_file, state3, cowley1, extra=("--query-file", str(query), "--json"))
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)["groups"]
    pools = {**refs_by_name(state3, "pool"), **refs_by_name(cowley1, "pool")}
    assert [(g["group"], g["ref"], g["class"]) for g in groups] == [
        ("Grimsby Pool", pools["Grimsby Pool"], "pool"), ("Grimsby pool", pools["Grimsby pool"], "pool")]
    assert [o["name"] for o in groups[0]["objects"]] == [
        "Demo Linux VM (1)", "DVS-Controller-build2750", "Windows 2000 SP4 (32-bit) (1)", "Windows Vista JA"]
    assert [o["name"] for o in groups[1]["objects"]] == [f"Debian Etch 4.0 ({n})" for n in (2, 4, 5)]


def test_an_unknown_saved_search_lists_the_known_ones(state3, config_dir, password_file):
    result = search(config_dir, password_file, state3, extra=("--saved", "No such search"))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("error: no saved search called 'No such search'")
    assert "VMs by Power State (dead-beef-1234-vmsbyps)" in result.stderr  # built-in
    assert "Folder hierarchy (0e69156e-f977-4da4-9d27-2ca16443109d)" in result.stderr  # saved in state3


def test_a_damaged_query_file_is_an_error_in_words(state3, config_dir, password_file, tmp_path):
    query = tmp_path / "cut.xensearch"
    query.write_text('<Search uuid="0" name="cut" major_version="2" minor_version="0"><Query><QueryScope>')
    result = search(config_dir, password_file, state3, extra=("--query-file", str(query)))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"error: {query}: not well-formed XML")
    assert "Traceback" not in result.stderr


def test_a_query_from_a_newer_xencenter_runs_with_a_warning(state3, config_dir, password_file, tmp_path):
    query = tmp_path / "newer.xensearch"
    query.write_text('<Search uuid="0" name="newer" major_version="2" minor_version="1"><Query><QueryScope>'
                     '<Server /></QueryScope><AuraQuery glow="yes" /></Query><sorting /></Search>')
    result = search(config_dir, password_file, state3, extra=("--query-file", str(query)))
    assert result.returncode == 0, result.stderr
    assert "warning:" in result.stderr and "AuraQuery" in result.stderr
    assert result.stdout.splitlines() == ["grimsby", "chester"]  # the filter it does not know keeps everything


@pytest.mark.parametrize("extra", [
    ("--saved", "x", "--query-file", "f"),  # one or the other
    (),  # neither
])
def test_usage_errors_exit_2(state3, config_dir, password_file, extra):
    result = search(config_dir, password_file, state3, extra=extra)
    assert result.returncode == 2
    assert "error:" in result.stderr and result.stdout == ""


def test_fingerprints_are_one_or_one_per_server(state3, cowley1, config_dir, password_file):
    args = ["search", "--server", state3.url, "--server", cowley1.url, "--password-file", str(password_file),
            "--fingerprint", "AA", "--fingerprint", "BB", "--fingerprint", "CC", "--saved", "VMs by vApp"]
    result = run(config_dir, *args)
    assert result.returncode == 2 and "once per --server" in result.stderr
