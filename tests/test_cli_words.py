"""The command line's words, asserted word for word: ``--help`` lists every subcommand, every failure is one
``error: ...`` line with exit status 1 (never Python's or OpenSSL's text), http:// is warned about once, and a
pool member's address says where the run was taken."""

from __future__ import annotations

import socket

import XenAPI

from tests.test_cli import PASSWORD, USER, connection_args, run
from xencenter.cli import SUBCOMMANDS


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_help_lists_every_subcommand_with_a_line(config_dir):
    for flag in ("--help", "-h"):
        result = run(config_dir, flag)
        assert result.returncode == 0, result.stderr
        listed = [line.split()[0] for line in result.stdout.split("commands:\n")[1].split("\n\n")[0].splitlines()]
        assert listed == list(SUBCOMMANDS)
        for name, (text, _) in SUBCOMMANDS.items():
            assert f"  {name}" in result.stdout and text in result.stdout
    for name in SUBCOMMANDS:
        own = run(config_dir, name, "--help")
        assert own.returncode == 0 and own.stdout.startswith(f"usage: main.py {name}"), (name, own.stderr)


def test_http_to_an_https_server(small_pool, config_dir, password_file):
    http = small_pool.url.replace("https://", "http://")
    result = run(config_dir, "tree", "--server", http, "--user", USER, "--password-file", str(password_file))
    where = f"127.0.0.1:{small_pool.port}"
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"warning: {http} is plain HTTP: the password and everything else travel unencrypted\n"
        f"error: cannot reach {http}: {where} speaks HTTPS, not plain HTTP: use https://{where}\n")


def test_https_to_a_plain_http_server(sim_factory, config_dir, password_file):
    plain = sim_factory("--hosts", "1", "--vms", "2", "--http")
    https = plain.url.replace("http://", "https://")
    result = run(config_dir, "tree", "--server", https, "--user", USER, "--password-file", str(password_file))
    where = f"127.0.0.1:{plain.port}"
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (f"error: cannot reach {https}: {where} answered in plain HTTP, not HTTPS: use "
                             f"http://{where} only on a network you trust (the password then travels unencrypted)\n")


def test_http_that_works_is_warned_about_once(sim_factory, config_dir, password_file):
    plain = sim_factory("--hosts", "2", "--vms", "2", "--http")
    result = run(config_dir, "tree", "--server", plain.url, "--user", USER, "--password-file", str(password_file))
    assert result.returncode == 0, result.stderr
    assert result.stderr == (f"warning: {plain.url} is plain HTTP: the password and everything else travel "
                             "unencrypted\n")
    assert "xcp-host-01" in result.stdout


def _member(server) -> str:
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    try:
        pool = session.xenapi.pool.get_record(session.xenapi.pool.get_all()[0])
        return next(h["address"] for ref, h in session.xenapi.host.get_all_records().items() if ref != pool["master"])
    finally:
        session.xenapi.session.logout()


def test_a_pool_member_says_the_run_was_taken_to_the_coordinator(small_pool, config_dir, password_file):
    member = f"{_member(small_pool)}:{small_pool.port}"
    coordinator = f"127.0.0.1:{small_pool.port}"
    args = ["--server", f"https://{member}", "--user", USER, "--password-file", str(password_file)]
    pinned = run(config_dir, "tree", *args, "--fingerprint", small_pool.fingerprint)
    assert pinned.returncode == 0, pinned.stderr
    assert pinned.stderr == f"note: {member} is a pool member; connected to its coordinator {coordinator}\n"
    unknown = run(config_dir, "tree", *args)
    assert unknown.returncode == 1
    assert unknown.stderr.endswith(f"run again with --fingerprint {small_pool.fingerprint}\n")
    assert unknown.stderr.startswith(f"error: refusing https://{member}: its certificate is not trusted")


def test_screenshot_failures_in_words(small_pool, config_dir, password_file, tmp_path):
    out = str(tmp_path / "shot.png")
    port = _free_port()
    refused = run(config_dir, "screenshot", "--vnc", f"127.0.0.1:{port}", "--out", out)
    assert (refused.returncode, refused.stderr) == (1, f"error: cannot reach 127.0.0.1:{port}: Connection refused\n")
    nowhere = run(config_dir, "screenshot", "--vnc", f"127.0.0.1:{port}", "--out", "/no/such/folder/shot.png")
    assert (nowhere.returncode, nowhere.stderr) == (
        1, "error: cannot write /no/such/folder/shot.png: the folder /no/such/folder does not exist\n")
    missing = run(config_dir, "screenshot", *connection_args(small_pool, password_file), "--vm", "no such vm",
                  "--out", out)
    assert (missing.returncode, missing.stderr) == (1, "error: no VM or host called 'no such vm'\n")
    no_password = run(config_dir, "screenshot", "--vnc", f"127.0.0.1:{port}", "--password-file",
                      str(tmp_path / "absent"), "--out", out)
    assert (no_password.returncode, no_password.stderr) == (
        1, f"error: cannot read the password file {tmp_path / 'absent'}: No such file or directory\n")


def test_a_screenshot_through_a_member_follows_to_the_coordinator(small_pool, config_dir, password_file, tmp_path):
    member = f"{_member(small_pool)}:{small_pool.port}"
    out = tmp_path / "host.png"
    result = run(config_dir, "screenshot", "--server", f"https://{member}", "--password-file", str(password_file),
                 "--fingerprint", small_pool.fingerprint, "--vm", "xcp-host-01", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"note: {member} is a pool member")
    assert result.stdout.startswith(f"{out}: ") and "encrypted (TLS)" in result.stdout
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_tree_json_gives_each_object_with_its_children(small_pool, config_dir, password_file):
    import json

    result = run(config_dir, "tree", "--json", *connection_args(small_pool, password_file))
    assert result.returncode == 0, result.stderr
    (pool,) = json.loads(result.stdout)
    session = XenAPI.Session(small_pool.url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    try:
        vms, hosts = session.xenapi.VM.get_all_records(), session.xenapi.host.get_all_records()
    finally:
        session.xenapi.session.logout()
    assert pool["class"] == "pool" and pool["uuid"] and pool["ref"].startswith("OpaqueRef:")
    by_host = {node["ref"]: node for node in pool["children"] if node.get("class") == "host"}
    assert set(by_host) == set(hosts)
    for ref, host in hosts.items():
        node = by_host[ref]
        assert (node["name"], node["uuid"]) == (host["name_label"], host["uuid"])
        under = {child["ref"]: child for child in node["children"] if child.get("class") == "VM"}
        resident = {r for r, vm in vms.items() if vm["resident_on"] == ref and not vm["is_control_domain"]}
        assert resident <= set(under), "a VM that runs on a host is under it"
        for r, child in under.items():  # the others are at home there: stopped with the host as affinity
            vm = vms[r]
            assert r in resident or (vm["power_state"] in ("Halted", "Suspended") and vm["affinity"] == ref)
            assert (child["power_state"], child["uuid"], child["children"]) == (vm["power_state"], vm["uuid"], [])
