"""File > Export Server List / Import Server List in XenCenter's own format: no users, no passwords; a file
XenCenter wrote is read, a file we write is what XenCenter reads; a broken file changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from xencenter.model.server_list_file import UNREADABLE, ListedServer, ServerListError, parse, render

ROOT = Path(__file__).resolve().parents[1]
#: as XenCenter's exportSettingsToolStripMenuItem_Click writes it: XmlTextWriter(Encoding.Unicode)
XENCENTER_WROTE = ('<?xml version="1.0" encoding="utf-16"?><XenConnections>\n<XenConnection><Hostname>pool.example'
                   '</Hostname><Port>443</Port>\n  <FriendlyName>Lab &amp; test</FriendlyName></XenConnection>\n'
                   '<XenConnection><Hostname>fe80::1</Hostname><Port>8443</Port>\n  <FriendlyName />'
                   '</XenConnection>\n</XenConnections>').encode("utf-16")


def run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XENCENTER_CONFIG_DIR=str(config), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "main.py", "run", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=env)


def saved(config: Path) -> list[dict]:
    return json.loads((config / "servers.json").read_text())["servers"]


def test_a_list_xencenter_wrote_is_imported_once_without_any_login(tmp_path, config_dir):
    source = tmp_path / "servers.config"
    source.write_bytes(XENCENTER_WROTE)
    first = run(config_dir, "server.import-list", "--file", str(source))
    assert (first.returncode, first.stdout) == (0, "server.import-list: ok (2 added, 0 already in the list)\n"), first
    assert [(s["address"], s["display_name"], s["user"], s["remember_password"]) for s in saved(config_dir)] == [
        ("pool.example", "Lab & test", "root", False), ("[fe80::1]:8443", "", "root", False)]
    again = run(config_dir, "server.import-list", "--file", str(source))
    assert again.stdout == "server.import-list: ok (0 added, 2 already in the list)\n"
    assert len(saved(config_dir)) == 2


def test_the_export_is_xencenters_format_and_reads_back(tmp_path, config_dir):
    source, exported = tmp_path / "in.config", tmp_path / "out.config"
    source.write_bytes(XENCENTER_WROTE)
    run(config_dir, "server.import-list", "--file", str(source))
    result = run(config_dir, "server.export-list", "--file", str(exported))
    assert (result.returncode, result.stdout) == (0, "server.export-list: ok (2 servers)\n"), result
    data = exported.read_bytes()
    assert data.startswith(b"\xff\xfe<\x00?\x00x\x00m\x00l\x00")  # UTF-16 with its byte order mark, as XenCenter
    assert parse(data) == [ListedServer("pool.example", 443, "Lab & test"), ListedServer("fe80::1", 8443, "")]
    assert "root" not in data.decode("utf-16"), "no user (nor password) leaves the machine in the list"


def test_a_broken_file_is_said_in_xencenters_words_and_changes_nothing(tmp_path, config_dir):
    source = tmp_path / "in.config"
    source.write_bytes(XENCENTER_WROTE)
    run(config_dir, "server.import-list", "--file", str(source))
    before = (config_dir / "servers.json").read_bytes()
    broken = tmp_path / "broken.config"
    broken.write_bytes(XENCENTER_WROTE[: len(XENCENTER_WROTE) // 2])  # cut off half-way
    result = run(config_dir, "server.import-list", "--file", str(broken))
    assert result.returncode == 1
    assert result.stdout.startswith(f"server.import-list: failed: {UNREADABLE} (not XML: ")
    assert (config_dir / "servers.json").read_bytes() == before


@pytest.mark.parametrize(("text", "detail"), [
    ("<Servers/>", "the document is <Servers>, not <XenConnections>"),
    ("<XenConnections><XenConnection><Port>443</Port></XenConnection></XenConnections>", "server 1 has no Hostname"),
    ("<XenConnections><XenConnection><Hostname>h</Hostname><Port>99999</Port></XenConnection></XenConnections>",
     "server 1 (h) has the port '99999'"),
])
def test_what_is_wrong_with_a_list_is_named(text, detail):
    with pytest.raises(ServerListError) as caught:
        parse(text.encode())
    assert (str(caught.value), caught.value.detail) == (UNREADABLE, detail)


def test_names_are_escaped_both_ways():
    servers = [ListedServer("h", 443, "<a & b>")]
    assert parse(render(servers).encode("utf-16")) == servers
