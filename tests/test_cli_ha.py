"""High availability from main.py run, read back with the SDK: enable with priorities and a heartbeat SR,
refusals in words, disable."""

from __future__ import annotations

import pytest

from tests.test_cli import run_json, sdk_session


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "3", "--vms", "9", "--op-seconds", "0.01")



def test_enable_and_disable_ha(pool, config_dir, password_file):
    session = sdk_session(pool)
    x = session.xenapi
    try:
        ref = x.pool.get_all()[0]
        name = x.pool.get_name_label(ref)
        vms = sorted((v["name_label"], r) for r, v in x.VM.get_all_records().items()
                     if v["power_state"] == "Running" and not v["is_a_template"] and not v["is_control_domain"])
        sr = next(s["name_label"] for s in x.SR.get_all_records().values()
                  if s["shared"] and s["content_type"] != "iso" and s["type"] not in ("iso", "udev"))
        off = run_json(pool, config_dir, password_file, "pool.ha-disable", name)
        assert (off["outcome"], off["message"], off["error_code"]) == (
            "failed", "HA is not enabled on this pool.", "HA_NOT_ENABLED")
        on = run_json(pool, config_dir, password_file, "pool.ha-enable", name, "--heartbeat-sr", sr, "--failures",
                      "1", "--restart", vms[0][1], "--best-effort", vms[1][1], "--order", f"{vms[0][0]}=2",
                      "--delay", f"{vms[0][0]}=30")
        assert on["outcome"] == "ok", on
        record = x.pool.get_record(ref)
        assert record["ha_enabled"] and record["ha_host_failures_to_tolerate"] == "1"
        assert x.SR.get_name_label(x.VDI.get_SR(record["ha_statefiles"][0])) == sr
        assert x.VM.get_ha_restart_priority(vms[0][1]) == "restart"
        assert x.VM.get_ha_restart_priority(vms[1][1]) == "best-effort"
        assert (x.VM.get_order(vms[0][1]), x.VM.get_start_delay(vms[0][1])) == ("2", "30")
        again = run_json(pool, config_dir, password_file, "pool.ha-enable", name)
        assert (again["outcome"], again["error_code"]) == ("failed", "HA_IS_ENABLED")
        assert run_json(pool, config_dir, password_file, "pool.ha-disable", name)["outcome"] == "ok"
        assert x.pool.get_ha_enabled(ref) is False
        wrong = run_json(pool, config_dir, password_file, "pool.ha-enable", name, "--order", "nobody=1")
        assert (wrong["outcome"], wrong["message"]) == ("failed", "No VM called 'nobody'.")
        assert x.pool.get_ha_enabled(ref) is False
    finally:
        x.session.logout()
