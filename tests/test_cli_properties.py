"""``main.py run host.edit / pool.edit / sr.edit / network.edit / vm.edit`` against the simulator, read back with
the official XenAPI SDK: only what is given changes, the perfmon document is XenCenter's, refusals are in words
and the DRAC password reaches only a xapi secret."""

from __future__ import annotations

import json

import pytest

from tests.test_cli import connection_args, run, sdk_session
from xencenter.model import perfmon

DRAC_PASSWORD = "drac-Pa55-61x"


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "2", "--op-seconds", "0.1")


def edit(pool, config_dir, password_file, command: str, target: str, *args: str):
    done = run(config_dir, "run", command, target, *args, "--json", *connection_args(pool, password_file),
               timeout=60)
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return done, (lines[0] if lines else {})


@pytest.fixture
def x(pool):
    session = sdk_session(pool)
    yield session.xenapi
    session.xenapi.session.logout()


def test_host_alerts_are_written_as_xencenter_writes_them(pool, config_dir, password_file, x):
    host = x.host.get_all()[0]
    name = x.host.get_name_label(host)
    done, line = edit(pool, config_dir, password_file, "host.edit", name, "--alert", "cpu=90/5",
                      "--alert", "network=200/2", "--alert", "dom0-memory=80/3", "--alert-interval", "30")
    assert done.returncode == 0 and line["outcome"] == "ok", done.stdout + done.stderr
    document = x.host.get_other_config(host)["perfmon"]
    assert document == (
        '<config><variable><name value="cpu_usage" /><alarm_trigger_level value="0.9" />'
        '<alarm_trigger_period value="300" /><alarm_auto_inhibit_period value="1800" /></variable>'
        '<variable><name value="network_usage" /><alarm_trigger_level value="204800" />'
        '<alarm_trigger_period value="120" /><alarm_auto_inhibit_period value="1800" /></variable></config>')
    dom0 = x.host.get_control_domain(host)
    assert [d.name for d in perfmon.parse(x.VM.get_other_config(dom0)["perfmon"])] == ["mem_usage"]
    assert perfmon.parse(x.VM.get_other_config(dom0)["perfmon"])[0].level == perfmon.Decimal("0.8")
    # Turning one off keeps the others; turning all off removes the key.
    done, line = edit(pool, config_dir, password_file, "host.edit", name, "--no-alert", "network")
    assert line["outcome"] == "ok", done.stdout + done.stderr
    assert [d.name for d in perfmon.parse(x.host.get_other_config(host)["perfmon"])] == ["cpu_usage"]
    done, line = edit(pool, config_dir, password_file, "host.edit", name, "--no-alert", "all")
    assert line["outcome"] == "ok", done.stdout + done.stderr
    assert "perfmon" not in x.host.get_other_config(host)
    assert "perfmon" not in x.VM.get_other_config(dom0)


def test_a_bad_alert_is_refused_in_words_and_changes_nothing(pool, config_dir, password_file, x):
    host = x.host.get_all()[0]
    name = x.host.get_name_label(host)
    done, line = edit(pool, config_dir, password_file, "host.edit", name, "--alert", "disk=10")
    assert done.returncode != 0 and "KIND=LEVEL" in done.stdout + done.stderr
    done, line = edit(pool, config_dir, password_file, "host.edit", name, "--alert", "cpu=50", "--alert-interval",
                      "7")
    assert done.returncode != 0 and "multiple of 5 minutes" in done.stdout + done.stderr
    assert "perfmon" not in x.host.get_other_config(host)


def test_multipathing_needs_maintenance_mode(pool, config_dir, password_file, x):
    host = x.host.get_all()[1]
    name = x.host.get_name_label(host)
    done, _ = edit(pool, config_dir, password_file, "host.edit", name, "--multipathing")
    assert done.returncode != 0 and "maintenance mode" in done.stdout + done.stderr
    assert x.host.get_multipathing(host) is False
    x.host.disable(host)
    done, _ = edit(pool, config_dir, password_file, "host.edit", name, "--multipathing")
    running = [v for v in x.host.get_resident_VMs(host) if not x.VM.get_is_control_domain(v)]
    assert done.returncode != 0 or not running
    for vm in running:
        x.VM.hard_shutdown(vm)
    done, line = edit(pool, config_dir, password_file, "host.edit", name, "--multipathing", "--syslog-destination",
                      "syslog.example")
    assert line["outcome"] == "ok", done.stdout + done.stderr
    assert x.host.get_multipathing(host) is True
    assert x.host.get_other_config(host)["multipathhandle"] == "dmp"
    assert x.host.get_logging(host)["syslog_destination"] == "syslog.example"
    assert all(x.PBD.get_currently_attached(p) for p in x.host.get_PBDs(host))


def test_drac_password_goes_into_a_secret_only(pool, config_dir, password_file, tmp_path, x):
    host = x.host.get_all()[0]
    name = x.host.get_name_label(host)
    secret_file = tmp_path / "drac"
    secret_file.write_text(DRAC_PASSWORD)
    args = ("--power-on-mode", "DRAC", "--power-on-ip", "127.0.0.9", "--power-on-user", "root",
            "--power-on-password-file", str(secret_file))
    dry = run(config_dir, "run", "host.edit", name, *args, "--dry-run", *connection_args(pool, password_file))
    assert dry.returncode == 0 and "set_power_on_mode" in dry.stdout, dry.stdout + dry.stderr
    assert DRAC_PASSWORD not in dry.stdout + dry.stderr
    done, line = edit(pool, config_dir, password_file, "host.edit", name, *args)
    assert line["outcome"] == "ok" and DRAC_PASSWORD not in done.stdout + done.stderr
    assert x.host.get_power_on_mode(host) == "DRAC"
    config = x.host.get_power_on_config(host)
    assert (config["power_on_ip"], config["power_on_user"]) == ("127.0.0.9", "root")
    secret = x.secret.get_by_uuid(config["power_on_password_secret"])
    assert x.secret.get_value(secret) == DRAC_PASSWORD
    assert not any(DRAC_PASSWORD in p.read_text(errors="replace") for p in config_dir.rglob("*") if p.is_file())


def test_pool_mail_and_switches(pool, config_dir, password_file, x):
    ref = x.pool.get_all()[0]
    name = x.pool.get_name_label(ref)
    done, _ = edit(pool, config_dir, password_file, "pool.edit", name, "--mail-to", "ops@example.com")
    assert done.returncode != 0 and "SMTP server" in done.stdout + done.stderr
    done, line = edit(pool, config_dir, password_file, "pool.edit", name, "--mail-to", "ops@example.com",
                      "--mail-server", "smtp.example:25", "--migration-compression", "--tls-verification",
                      "--no-live-patching")
    assert line["outcome"] == "ok", done.stdout + done.stderr
    other = x.pool.get_other_config(ref)
    assert (other["mail-destination"], other["ssmtp-mailhub"]) == ("ops@example.com", "smtp.example:25")
    assert x.pool.get_migration_compression(ref) is True and x.pool.get_live_patching_disabled(ref) is True
    assert x.pool.get_tls_verification_enabled(ref) is True
    done, _ = edit(pool, config_dir, password_file, "pool.edit", name, "--no-tls-verification")
    assert done.returncode != 0 and "cannot be turned off" in done.stdout + done.stderr
    network = next(n for n in x.network.get_all() if x.network.get_PIFs(n))
    done, line = edit(pool, config_dir, password_file, "pool.edit", name, "--migration-network",
                      x.network.get_uuid(network))
    assert line["outcome"] == "ok", done.stdout + done.stderr
    assert x.pool.get_other_config(ref)["xo:migrationNetwork"] == x.network.get_uuid(network)  # Xen Orchestra's
    done, line = edit(pool, config_dir, password_file, "pool.edit", name, "--no-migration-network")
    assert line["outcome"] == "ok" and "xo:migrationNetwork" not in x.pool.get_other_config(ref)


def test_network_and_sr_edits_touch_only_what_is_given(pool, config_dir, password_file, x):
    network = next(n for n in x.network.get_all() if x.network.get_PIFs(n))
    name = x.network.get_name_label(network)
    before = x.network.get_record(network)
    done, line = edit(pool, config_dir, password_file, "network.edit", name, "--mtu", "9000", "--no-automatic",
                      "--tags", "storage")
    assert line["outcome"] == "ok", done.stdout + done.stderr
    after = x.network.get_record(network)
    assert (after["MTU"], after["other_config"]["automatic"], after["tags"]) == ("9000", "false", ["storage"]) \
        or (int(after["MTU"]), after["other_config"]["automatic"], after["tags"]) == (9000, "false", ["storage"])
    assert (after["name_label"], after["name_description"]) == (before["name_label"], before["name_description"])
    done, _ = edit(pool, config_dir, password_file, "network.edit", name, "--mtu", "100")
    assert done.returncode != 0 and "between 1500 and 9216" in done.stdout + done.stderr
    sr = next(s for s in x.SR.get_all() if x.SR.get_shared(s) and x.SR.get_content_type(s) != "iso")
    done, line = edit(pool, config_dir, password_file, "sr.edit", x.SR.get_uuid(sr), "--alert", "sr-usage=85/2",
                      "--description", "main store")
    assert line["outcome"] == "ok", done.stdout + done.stderr
    definitions = perfmon.parse(x.SR.get_other_config(sr)["perfmon"])
    assert [(d.name, d.level, d.period) for d in definitions] == [("physical_utilisation", perfmon.Decimal("0.85"),
                                                                   perfmon.Decimal(120))]
    assert x.SR.get_name_description(sr) == "main store"


def test_vm_pages_custom_fields_and_shadow_memory(pool, config_dir, password_file, x):
    ref = x.pool.get_all()[0]
    x.pool.remove_from_gui_config(ref, "XenCenter.CustomFields")
    x.pool.add_to_gui_config(ref, "XenCenter.CustomFields",
                             '<CustomFieldDefinitions><CustomFieldDefinition name="owner" type="String" '
                             'defaultValue="" /></CustomFieldDefinitions>')
    vm = next(v for v in x.VM.get_all() if not x.VM.get_is_a_template(v) and not x.VM.get_is_control_domain(v))
    x.VM.set_HVM_boot_policy(vm, "BIOS order")
    if x.VM.get_power_state(vm) != "Halted":
        x.VM.hard_shutdown(vm)
    host = x.host.get_all()[1]
    uuid = x.VM.get_uuid(vm)
    done, line = edit(pool, config_dir, password_file, "vm.edit", uuid, "--custom", "owner=alice",
                      "--ha-priority", "best-effort", "--start-order", "2", "--start-delay", "30",
                      "--home-server", x.host.get_name_label(host), "--shadow-multiplier", "4",
                      "--alert", "disk=500/3")
    assert line["outcome"] == "ok", done.stdout + done.stderr
    record = x.VM.get_record(vm)
    assert record["other_config"]["XenCenter.CustomFields.owner"] == "alice"
    assert (record["ha_restart_priority"], int(record["order"]), int(record["start_delay"])) == ("best-effort", 2, 30)
    assert record["affinity"] == host and float(record["HVM_shadow_multiplier"]) == 4.0
    assert [d.name for d in perfmon.parse(record["other_config"]["perfmon"])] == ["disk_usage"]
    done, _ = edit(pool, config_dir, password_file, "vm.edit", uuid, "--custom", "nobody=x")
    assert done.returncode != 0 and "no custom field called 'nobody'" in done.stdout + done.stderr
    done, line = edit(pool, config_dir, password_file, "vm.edit", uuid, "--custom", "owner=", "--no-home-server")
    assert line["outcome"] == "ok", done.stdout + done.stderr
    record = x.VM.get_record(vm)
    assert "XenCenter.CustomFields.owner" not in record["other_config"] and record["affinity"] == "OpaqueRef:NULL"
