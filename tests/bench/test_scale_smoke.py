"""Smoke test of the scale benchmark's code (not of its figures): a 500-VM run produces a sane JSON line."""

from __future__ import annotations

import json
import math
import subprocess
import sys

from tests.conftest import ROOT

KEYS = {"login_to_cache_s", "login_to_tree_s", "floor_fetch_parse_s", "sdk_get_all_records_s", "peak_rss_mb",
        "events_per_s", "max_ui_stall_ms", "filter_ms", "select_ms", "general_tab_ms", "cached_open_s",
        "cached_to_live_s", "hosts", "vms"}


def test_a_small_run_prints_every_key_with_sane_values():
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scale.py"), "--hosts", "4", "--vms", "500", "--runs", "1",
         "--events", "3000", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert KEYS <= set(result)
    assert (result["hosts"], result["vms"]) == (4, 500)
    for key in KEYS - {"hosts", "vms"}:
        assert isinstance(result[key], (int, float)) and math.isfinite(result[key]) and result[key] >= 0, key
    # The figures must describe what happened: a cache before its tree, events counted, pages drawn.
    assert 0 < result["login_to_cache_s"] <= result["login_to_tree_s"]
    assert result["events"] == 3000 and result["events_per_s"] > 0
    assert result["tree_items"] > 500 and 0 < result["filter_matches"] < result["tree_items"]
    assert result["objects"] > 500 * 8  # disks, VIFs, metrics... per VM
    assert 50 < result["peak_rss_mb"] < 4000
    assert result["select_ms"] > 0 and result["general_tab_ms"] > 0
    assert 0 < result["cached_open_s"] < result["cached_to_live_s"], "the last known tree comes before the live one"
    assert result["inventory_mb"] > 0.1


POOLS_KEYS = {"pools_all_trees_s", "pools_max_ui_stall_ms", "pools_peak_rss_mb", "pools_reconnect_s",
              "pools_peak_concurrent_logins"}


def test_a_small_many_pools_run_prints_every_key_with_sane_values():
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scale.py"), "--pools", "3", "--vms-per-pool", "40", "--runs", "1",
         "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert POOLS_KEYS <= set(result)
    assert (result["pools"], result["vms_per_pool"], result["hosts"]) == (3, 40, 4)
    for key in POOLS_KEYS:
        assert isinstance(result[key], (int, float)) and math.isfinite(result[key]) and result[key] > 0, key
    assert 1 <= result["pools_peak_concurrent_logins"] <= 3
    assert 1 <= result["pools_reconnect_peak_logins"] <= 3
    assert result["pools_tree_items"] > 3 * 40
