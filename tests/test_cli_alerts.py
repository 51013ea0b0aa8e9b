"""``main.py alerts`` and ``main.py run alert.dismiss`` against the simulator; the official SDK makes the
messages and reads back what was dismissed."""

from __future__ import annotations

import json

import pytest
import XenAPI

from tests.test_cli import PASSWORD, USER, connection_args, run


@pytest.fixture
def sdk(small_pool):
    session = XenAPI.Session(small_pool.url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    yield session.xenapi
    session.xenapi.session.logout()


def a_running_vm(sdk) -> dict:
    return next(vm for vm in sdk.VM.get_all_records().values()
                if vm["power_state"] == "Running" and not vm["is_control_domain"])


def test_alerts_json_names_and_words(small_pool, sdk, config_dir, password_file):
    vm = a_running_vm(sdk)
    ref = sdk.message.create("VM_CRASHED", "2", "VM", vm["uuid"], "crash dump saved")
    result = run(config_dir, "alerts", "--json", *connection_args(small_pool, password_file))
    assert result.returncode == 0, result.stderr
    alerts = json.loads(result.stdout)
    assert len(alerts) == len(sdk.message.get_all())
    mine = next(a for a in alerts if a["ref"] == ref)
    assert mine["uuid"] == sdk.message.get_record(ref)["uuid"]
    assert (mine["name"], mine["priority"], mine["severity"]) == ("VM_CRASHED", 2, "Major")
    assert mine["object"] == {"class": "VM", "ref": sdk.VM.get_by_uuid(vm["uuid"]), "name": vm["name_label"]}
    assert mine["title"] == f"{vm['name_label']}: VM Crashed"
    assert mine["body"] == f"Virtual machine '{vm['name_label']}' has crashed"
    assert mine["timestamp"].startswith("20")
    stamps = [a["timestamp"] for a in alerts]
    assert stamps == sorted(stamps, reverse=True)  # newest first

    text = run(config_dir, "alerts", "--severity", "major", *connection_args(small_pool, password_file))
    assert f"Virtual machine '{vm['name_label']}' has crashed" in text.stdout
    assert all(" Major " in line for line in text.stdout.splitlines()
               if line and not line.startswith(" ") and not line.startswith("Total"))


def test_alerts_since_filters_and_rejects_a_bad_date(small_pool, sdk, config_dir, password_file):
    result = run(config_dir, "alerts", "--json", "--since", "2999-01-01", *connection_args(small_pool, password_file))
    assert result.returncode == 0 and json.loads(result.stdout) == []
    bad = run(config_dir, "alerts", "--since", "yesterday", *connection_args(small_pool, password_file))
    assert bad.returncode != 0 and "is not a date" in bad.stderr


def test_dismiss_removes_the_messages_on_the_server(small_pool, sdk, config_dir, password_file):
    vm = a_running_vm(sdk)
    refs = [sdk.message.create("VM_STARTED", "5", "VM", vm["uuid"], "") for _ in range(2)]
    uuids = [sdk.message.get_record(r)["uuid"] for r in refs]
    kept = sdk.message.create("VM_SHUTDOWN", "5", "VM", vm["uuid"], "")
    dry = run(config_dir, "run", "alert.dismiss", *uuids, "--yes", "--dry-run", *connection_args(small_pool, password_file))
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "message.destroy_many" in dry.stdout and set(refs) <= set(sdk.message.get_all())
    refused = run(config_dir, "run", "alert.dismiss", uuids[0], *connection_args(small_pool, password_file))
    assert refused.returncode == 1 and "give --yes" in refused.stdout
    result = run(config_dir, "run", "alert.dismiss", *uuids, "--yes", *connection_args(small_pool, password_file))
    assert result.returncode == 0, result.stdout + result.stderr
    remaining = set(sdk.message.get_all())
    assert not set(refs) & remaining and kept in remaining


def test_sim_message_errors(sdk):
    with pytest.raises(XenAPI.Failure) as bad_object:
        sdk.message.create("VM_CRASHED", "2", "VM", "not-a-uuid", "")
    assert bad_object.value.details == ["UUID_INVALID", "VM", "not-a-uuid"]
    with pytest.raises(XenAPI.Failure) as gone:
        sdk.message.destroy("OpaqueRef:missing")
    assert gone.value.details == ["HANDLE_INVALID", "message", "OpaqueRef:missing"]
