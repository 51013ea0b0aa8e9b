"""Smoke test of the transfer benchmark's code (not of its figures): a small run prints a sane JSON line."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT, require_binary


def test_a_small_run_measures_both_ways_against_curl():
    require_binary("curl")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "transfer.py"), "--mib", "4", "--runs", "1",
                          "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert (result["mib"], result["runs"]) == (4, 1) and result["xva_mib"] >= 4
    assert set(result["mib_per_s"]) == {"export ours", "export curl", "import ours", "import curl"}
    assert all(rate > 0 for rate in result["mib_per_s"].values())
    assert result["rss_growth_mib"] < 64, "streamed: never the whole disk in memory"
