"""Smoke test of the Search tab benchmark's code (not of its figures): a small run prints a sane JSON line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT


def test_a_small_run_times_every_stage():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "search_tab.py"), "--hosts", "2", "--vms", "60",
                          "--runs", "2", "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert (result["hosts"], result["vms"], result["runs"]) == (2, 60, 2)
    assert [s["search"] for s in result["searches"]] == ["Synthetic pool: Overview", "VMs and Snapshots",
                                                         "VMs by Operating System"]
    for s in result["searches"]:
        for stage in ("run", "show", "update", "figures"):
            assert 0 < s[stage]["min_ms"] <= s[stage]["median_ms"] <= s[stage]["max_ms"], stage
        assert s["stall_ms"] >= 0 and s["rows"] >= s["objects"] > 0
    assert result["searches"][2]["objects"] == 60  # every VM of the pool, once
