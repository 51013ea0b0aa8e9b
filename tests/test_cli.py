"""``main.py tree`` and ``main.py show`` against the simulator, run as the user runs them (a subprocess).

Expectations come from the server's raw records, read with the official XenAPI SDK (an independent client),
never from this program's own output.
"""

from __future__ import annotations

import hashlib
import json
import ssl
import subprocess
import sys
from pathlib import Path

import pytest
import XenAPI

from tests.conftest import ROOT
from xencenter.model.naming import natural_key
from xencenter.settings import TrustStore
from xencenter.xenapi.address import ServerAddress

USER, PASSWORD = "root", "xenroot"


def run(config_dir: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {"XENCENTER_CONFIG_DIR": str(config_dir), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT, check=False)


def connection_args(server, password_file: Path, fingerprint: bool = True) -> list[str]:
    args = ["--server", server.url, "--user", USER, "--password-file", str(password_file)]
    return args + ["--fingerprint", server.fingerprint] if fingerprint else args


@pytest.fixture
def records(small_pool):
    """Every record of the pool, via the XenAPI SDK (XML-RPC), trusting the simulator's pinned certificate."""
    pem = ssl.get_server_certificate(("127.0.0.1", small_pool.port))
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
    assert digest == small_pool.fingerprint.replace(":", "").lower()  # checked here, so no CA check below
    session = XenAPI.Session(small_pool.url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    try:
        return {cls: getattr(session.xenapi, cls).get_all_records()
                for cls in ("VM", "host", "pool", "SR", "VM_guest_metrics")}
    finally:
        session.xenapi.session.logout()


def parse_tree(text: str) -> list[tuple[int, str]]:
    lines = text.rstrip("\n").split("\n")
    result = []
    for line in lines:
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        assert indent % 2 == 0, f"odd indentation: {line!r}"
        result.append((indent // 2, stripped))
    return result


def children_of(tree: list[tuple[int, str]], name: str, depth: int) -> list[str]:
    start = tree.index((depth, name))
    found = []
    for level, text in tree[start + 1:]:
        if level <= depth:
            break
        if level == depth + 1:
            found.append(text)
    return found


def test_tree_places_running_vms_under_their_host(small_pool, records, config_dir, password_file):
    result = run(config_dir, "tree", *connection_args(small_pool, password_file))
    assert result.returncode == 0, result.stderr
    tree = parse_tree(result.stdout)
    pool_name = next(iter(records["pool"].values()))["name_label"]
    assert tree[0] == (0, "XenCenter") and tree[1] == (1, pool_name)
    hosts = sorted((h["name_label"] for h in records["host"].values()), key=natural_key)
    assert [t for t in children_of(tree, pool_name, 1) if t in hosts] == hosts
    names = [text for _, text in tree]
    for vm in records["VM"].values():
        if vm["is_control_domain"] or vm["is_a_snapshot"]:
            assert vm["name_label"] not in names
        elif vm["power_state"] == "Running" and not vm["is_a_template"]:
            host = records["host"][vm["resident_on"]]["name_label"]
            assert vm["name_label"] in children_of(tree, host, 2), f"{vm['name_label']} not under {host}"
    default_templates = [v["name_label"] for v in records["VM"].values()
                         if v["is_a_template"] and v["is_default_template"]]
    assert default_templates and not set(default_templates) & set(names)


def test_tree_options_and_views(small_pool, records, config_dir, password_file):
    args = connection_args(small_pool, password_file)
    with_defaults = run(config_dir, "tree", *args, "--default-templates")
    assert with_defaults.returncode == 0, with_defaults.stderr
    default_templates = {v["name_label"] for v in records["VM"].values()
                         if v["is_a_template"] and v["is_default_template"]}
    assert default_templates <= {text for _, text in parse_tree(with_defaults.stdout)}

    objects = run(config_dir, "tree", *args, "--view", "objects")
    assert objects.returncode == 0, objects.stderr
    tree = parse_tree(objects.stdout)
    real_vms = sorted((v["name_label"] for v in records["VM"].values()
                       if not (v["is_a_template"] or v["is_control_domain"] or v["is_a_snapshot"])
                       and v["other_config"].get("HideFromXenCenter") != "true"), key=natural_key)
    assert children_of(tree, "VMs", 1) == real_vms
    assert children_of(tree, "Servers", 1) == sorted((h["name_label"] for h in records["host"].values()),
                                                      key=natural_key)

    tags = run(config_dir, "tree", *args, "--view", "tags")
    assert tags.returncode == 0, tags.stderr
    tag_tree = parse_tree(tags.stdout)
    for vm in records["VM"].values():
        if vm["tags"] and not (vm["is_a_template"] or vm["is_control_domain"] or vm["is_a_snapshot"]):
            for tag in vm["tags"]:
                assert vm["name_label"] in children_of(tag_tree, tag, 1)


def test_show_prints_the_general_tab(small_pool, records, config_dir, password_file):
    vm = next(v for v in records["VM"].values() if v["power_state"] == "Running" and not v["is_control_domain"]
              and not v["is_a_template"])
    result = run(config_dir, "show", vm["name_label"], *connection_args(small_pool, password_file))
    assert result.returncode == 0, result.stderr
    rows = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    assert rows["Name"] == vm["name_label"]
    assert rows["UUID"] == vm["uuid"]
    assert rows["Description"] == vm["name_description"]
    assert "Virtualization state" in rows
    assert rows["Virtual CPUs"] == str(vm["VCPUs_at_startup"])

    host = next(iter(records["host"].values()))
    result = run(config_dir, "show", host["uuid"], *connection_args(small_pool, password_file))
    assert result.returncode == 0, result.stderr
    assert f"Name: {host['name_label']}" in result.stdout.splitlines()
    brand = host["software_version"]["product_brand"]
    assert brand == "XCP-ng" and any(line.startswith(f"{brand}: ") for line in result.stdout.splitlines())


def test_show_names_the_pools_own_tools(small_pool, records, config_dir, password_file):
    """The window's words, the pool's brand: an XCP-ng pool's VM without tools lacks "XCP-ng Tools"."""
    bare = [v for v in records["VM"].values() if v["power_state"] == "Running" and not v["is_control_domain"]
            and v["guest_metrics"] not in records["VM_guest_metrics"]]
    names = [v["name_label"] for v in records["VM"].values()]
    vm = next(v for v in bare if names.count(v["name_label"]) == 1)
    result = run(config_dir, "show", vm["uuid"], *connection_args(small_pool, password_file))
    assert "Virtualization state: XCP-ng Tools not installed" in result.stdout.splitlines(), result.stdout


def test_show_unknown_name_fails_on_stderr(small_pool, config_dir, password_file):
    result = run(config_dir, "show", "no such thing", *connection_args(small_pool, password_file))
    assert result.returncode == 1
    assert "nothing called 'no such thing'" in result.stderr
    assert result.stdout == ""


def test_unknown_certificate_is_refused_with_its_fingerprint(small_pool, config_dir, password_file):
    result = run(config_dir, "tree", *connection_args(small_pool, password_file, fingerprint=False))
    assert result.returncode == 1
    assert small_pool.fingerprint.upper() in result.stderr
    assert "not trusted" in result.stderr
    assert result.stdout == ""


def test_a_pin_saved_by_the_window_is_used(small_pool, config_dir, password_file):
    TrustStore(config_dir).trust(ServerAddress.parse(small_pool.url), small_pool.fingerprint)
    result = run(config_dir, "tree", *connection_args(small_pool, password_file, fingerprint=False))
    assert result.returncode == 0, result.stderr


def test_a_wrong_fingerprint_is_refused(small_pool, config_dir, password_file):
    wrong = ":".join(["AB"] * 32)
    result = run(config_dir, "tree", "--server", small_pool.url, "--user", USER,
                 "--password-file", str(password_file), "--fingerprint", wrong)
    assert result.returncode == 1
    assert result.stderr == (f"error: refusing {small_pool.url}: its certificate does not match the fingerprint "
                             f"given (--fingerprint {wrong}); it presented {small_pool.fingerprint}\n")


def test_a_changed_certificate_is_refused_naming_both(small_pool, config_dir, password_file):
    wrong = ":".join(["CD"] * 32)
    TrustStore(config_dir).trust(ServerAddress.parse(small_pool.url), wrong)  # trusted earlier, in the window
    result = run(config_dir, "tree", *connection_args(small_pool, password_file, fingerprint=False))
    assert result.returncode == 1
    assert result.stderr == (f"error: refusing {small_pool.url}: its certificate changed (expected SHA-256 "
                             f"{wrong}, got {small_pool.fingerprint})\n")


def test_wrong_password(small_pool, config_dir, tmp_path):
    bad = tmp_path / "bad"
    bad.write_text("not the password")
    result = run(config_dir, "tree", *connection_args(small_pool, bad))
    assert result.returncode == 1
    assert "wrong user name or password" in result.stderr
    assert "not the password" not in result.stderr


def test_screenshot_is_handed_to_the_console_command(config_dir):
    result = run(config_dir, "screenshot", "--help")
    assert result.returncode == 0, result.stderr
    assert "--vnc" in result.stdout and "--out" in result.stdout


# ---- main.py commands and main.py run ------------------------------------------------------------------------


def run_json(server, config_dir: Path, password_file: Path, *args: str) -> dict:
    """``main.py run ARGS --json --yes`` against ``server``: its last line as JSON (stderr when it printed none)."""
    done = run(config_dir, "run", *args, "--json", "--yes", *connection_args(server, password_file), timeout=120)
    return json.loads(done.stdout.splitlines()[-1]) if done.stdout.strip() else {"stderr": done.stderr}


def sdk_session(server):
    pem = ssl.get_server_certificate(("127.0.0.1", server.port))
    assert hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest() == server.fingerprint.replace(":", "").lower()
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    return session


def a_vm(session, power_state: str) -> tuple[str, dict]:
    vms = session.xenapi.VM.get_all_records()
    names = [v["name_label"] for v in vms.values()]
    return next((ref, vm) for ref, vm in sorted(vms.items(), key=lambda item: item[1]["name_label"])
                if vm["power_state"] == power_state and not vm["is_a_template"] and not vm["is_control_domain"]
                and names.count(vm["name_label"]) == 1)


def test_commands_lists_every_command_with_its_parameters(config_dir):
    from xencenter.commands import default_commands

    listed = run(config_dir, "commands", "--json")
    assert listed.returncode == 0, listed.stderr
    commands = {c["id"]: c for c in json.loads(listed.stdout)}
    assert set(commands) == {c.id for c in default_commands()}
    assert {"vm.start", "vm.shutdown", "vm.force-shutdown", "vm.reboot", "vm.suspend", "vm.resume", "vm.snapshot",
            "vm.delete", "host.maintenance-enter", "host.reboot", "server.add"} <= set(commands)
    start_on = commands["vm.start-on"]
    assert start_on["applies_to"] == ["vm"]
    assert start_on["params"] == [{"name": "host", "option": "--host", "type": "host", "required": True,
                                   "choices": [], "default": None, "many": False, "secret": False,
                                   "help": "the server to start the VM on"}]
    plain = run(config_dir, "commands")
    assert "vm.start-on" in plain.stdout and "--host HOST" in plain.stdout


def test_run_shuts_a_vm_down_then_refuses_as_xapi_would(small_pool, config_dir, password_file):
    session = sdk_session(small_pool)
    try:
        ref, vm = a_vm(session, "Running")
        args = connection_args(small_pool, password_file)
        done = run(config_dir, "run", "vm.shutdown", vm["name_label"], *args)
        assert (done.returncode, done.stdout) == (0, f"{vm['name_label']}: ok\n"), done.stderr
        assert session.xenapi.VM.get_power_state(ref) == "Halted"
        again = run(config_dir, "run", "vm.shutdown", vm["uuid"], *args)
        assert again.returncode == 1
        assert again.stdout == f"{vm['name_label']}: failed: '{vm['name_label']}' is shut down. (VM_BAD_POWER_STATE)\n"
    finally:
        session.xenapi.session.logout()


def test_dry_run_changes_nothing_and_prints_the_calls(small_pool, config_dir, password_file):
    session = sdk_session(small_pool)
    try:
        ref, vm = a_vm(session, "Halted")
        planned = run(config_dir, "run", "vm.start", ref, *connection_args(small_pool, password_file), "--dry-run")
        assert planned.returncode == 0, planned.stderr
        assert planned.stdout == (f"{vm['name_label']}: ok (dry run: nothing changed)\n"
                                  f"  would call Async.VM.start({ref!r}, False, False)\n")
        assert session.xenapi.VM.get_power_state(ref) == "Halted"
        as_json = run(config_dir, "run", "vm.snapshot", ref, "--name", "planned", "--dry-run", "--json",
                      *connection_args(small_pool, password_file))
        line = json.loads(as_json.stdout)
        assert line["outcome"] == "ok" and line["calls"] == [f"Async.VM.snapshot({ref!r}, 'planned', [])"]
        assert line["created"][0]["class"] == "VM" and line["created"][0]["ref"].startswith("OpaqueRef:dry-run-")
        assert not any(v["name_label"] == "planned" for v in session.xenapi.VM.get_all_records().values())
    finally:
        session.xenapi.session.logout()


def test_run_reports_what_it_created_and_confirms_only_with_yes(small_pool, config_dir, password_file):
    session = sdk_session(small_pool)
    try:
        ref, vm = a_vm(session, "Running")
        args = connection_args(small_pool, password_file)
        snap = json.loads(run(config_dir, "run", "vm.snapshot", vm["uuid"], "--name", "from cli", "--json",
                              *args).stdout)
        (created,) = snap["created"]
        assert created["class"] == "VM" and session.xenapi.VM.get_name_label(created["ref"]) == "from cli"
        assert session.xenapi.VM.get_snapshot_of(created["ref"]) == ref
        refused = run(config_dir, "run", "vm.force-shutdown", ref, *args)
        assert refused.returncode == 1 and "give --yes" in refused.stdout and "pulling the power cable" in refused.stdout
        assert session.xenapi.VM.get_power_state(ref) == "Running"
        forced = run(config_dir, "run", "vm.force-shutdown", ref, "--yes", *args)
        assert forced.returncode == 0, forced.stdout + forced.stderr
        assert session.xenapi.VM.get_power_state(ref) == "Halted"
    finally:
        session.xenapi.session.logout()


def test_run_targets_and_usage_errors(small_pool, config_dir, password_file):
    session = sdk_session(small_pool)
    try:
        ref, vm = a_vm(session, "Halted")
        session.xenapi.VM.set_name_label(a_vm(session, "Running")[0], vm["name_label"])  # two VMs, one name
        named = [v["uuid"] for v in session.xenapi.VM.get_all_records().values() if v["name_label"] == vm["name_label"]]
    finally:
        session.xenapi.session.logout()
    args = connection_args(small_pool, password_file)
    twice = run(config_dir, "run", "vm.start", vm["name_label"], *args)
    assert twice.returncode == 1 and twice.stderr.startswith(f"error: several objects are called {vm['name_label']!r}")
    assert all(uuid in twice.stderr for uuid in named) and "give the UUID" in twice.stderr
    missing = run(config_dir, "run", "vm.start", "no such vm", *args)
    assert (missing.returncode, missing.stderr) == (1, "error: no VM called 'no such vm'\n")
    unknown = run(config_dir, "run", "vm.frobnicate", "x")
    assert unknown.returncode == 2 and "no command 'vm.frobnicate'" in unknown.stderr and "vm.start" in unknown.stderr
    window = run(config_dir, "run", "vm.properties", vm["uuid"], *args)
    assert window.returncode == 2 and "vm.edit" in window.stderr
    needs = run(config_dir, "run", "vm.start-on", vm["uuid"], *args)
    assert needs.returncode == 2 and "--host" in needs.stderr
    helped = run(config_dir, "run", "vm.edit", "--help")
    assert helped.returncode == 0 and "--memory-mib" in helped.stdout and "--vcpus" in helped.stdout
