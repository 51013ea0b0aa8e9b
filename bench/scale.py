"""Scale benchmark: how fast a big pool opens and how calm the UI stays under an event storm.

    python bench/scale.py --hosts 64 --vms 5000 [--runs N] [--events N] [--json]
    python bench/scale.py --pools 20 --vms-per-pool 1000 [--hosts 4] [--runs N] [--json]

Starts the simulator (``scale_sim.py``) with a synthetic pool, then for each run measures our connection,
tree and General tab in an offscreen window (``scale_app.py``), the raw fetch+parse floor and the official
SDK (``scale_baselines.py``), and the second start from the last known inventory (``scale_cached.py``).
With ``--pools`` it measures many pools at once instead (``scale_pools.py``). Prints medians; with
``--json`` the last line is one JSON object. See bench/README.md ("Scale") for what each figure means and
the recorded results.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from scale_app import AppRun, measure_app  # noqa: E402
from scale_baselines import Floor, measure_floor, measure_sdk  # noqa: E402
from scale_cached import CachedOpen, measure_cached_open  # noqa: E402
from scale_pools import PoolsRun, measure_pools, start_pools  # noqa: E402
from sim_process import PASSWORD, USER, start_sim  # noqa: E402

#: Keys of the JSON line (medians), compared across commits.
JSON_KEYS = (
    "login_to_cache_s", "login_to_tree_s", "floor_fetch_parse_s", "sdk_get_all_records_s", "peak_rss_mb",
    "events_per_s", "max_ui_stall_ms", "filter_ms", "select_ms", "general_tab_ms", "cached_open_s",
    "cached_to_live_s", "hosts", "vms",
)
POOLS_KEYS = ("pools_all_trees_s", "pools_max_ui_stall_ms", "pools_peak_rss_mb", "pools_reconnect_s",
              "pools_peak_concurrent_logins")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python bench/scale.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", type=int, help="hosts per pool (default 64; 4 with --pools)")
    parser.add_argument("--vms", type=int, default=5000)
    parser.add_argument("--pools", type=int, default=0, help="measure this many pools at once instead")
    parser.add_argument("--vms-per-pool", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5, help="repetitions (medians are reported)")
    parser.add_argument("--events", type=int, default=20_000, help="field changes the simulator makes")
    parser.add_argument("--no-sdk", action="store_true", help="skip the (slow) official SDK baseline")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds any single step may take")
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    args = parser.parse_args(argv)
    if args.hosts is None:
        args.hosts = 4 if args.pools else 64
    return args


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _summary(args: argparse.Namespace, apps: list[AppRun], floors: list[Floor], sdks: list[float],
             cached: list[CachedOpen], sim_start_s: float) -> dict[str, Any]:
    def med(name: str) -> float:
        return _median([getattr(a, name) for a in apps])

    def med_cached(name: str) -> float:
        return _median([getattr(c, name) for c in cached])

    floor = _median([f.fetch_parse_s for f in floors])
    floor_nogc = _median([f.fetch_parse_nogc_s for f in floors])
    sdk = _median(sdks)
    tree = med("login_to_tree_s")
    result: dict[str, Any] = {
        "login_to_cache_s": med("login_to_cache_s"),
        "login_to_tree_s": tree,
        "floor_fetch_parse_s": floor,
        "floor_fetch_parse_nogc_s": floor_nogc,
        "sdk_get_all_records_s": sdk,
        "tree_vs_floor": tree / floor,
        "tree_vs_floor_nogc": tree / floor_nogc,
        "tree_vs_sdk": tree / sdk if sdks else float("nan"),
        "peak_rss_mb": apps[0].peak_rss_mb,  # before any baseline ran in this process
        "loaded_rss_mb": apps[0].loaded_rss_mb,
        "events_per_s": med("events_per_s"),
        "events_per_s_end_to_end": med("events_per_s_end_to_end"),
        "events": int(med("events")),
        "churn_call_s": med("churn_call_s"),
        "ui_catch_up_s": med("ui_catch_up_s"),
        "max_ui_stall_ms": med("max_ui_stall_ms"),
        "filter_ms": med("filter_ms"),
        "filter_matches": int(med("filter_matches")),
        "select_ms": med("select_ms"),
        "select_max_ms": med("select_max_ms"),
        "general_tab_ms": med("general_tab_ms"),
        "cached_open_s": med_cached("cached_open_s"),
        "cached_to_live_s": med_cached("cached_to_live_s"),
        "cold_start_s": med_cached("cold_start_s"),
        "cached_to_live_vs_cold": med_cached("cached_to_live_s") / med_cached("cold_start_s"),
        "inventory_mb": med_cached("inventory_mb"),
        "inventory_save_s": med_cached("inventory_save_s"),
        "tree_items": apps[0].tree_items,
        "event_from_mb": floors[0].body_mb if floors else float("nan"),
        "objects": floors[0].events if floors else 0,
        "sim_start_s": sim_start_s,
        "runs": len(apps),
        "hosts": args.hosts,
        "vms": args.vms,
    }
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()}


def _report(summary: dict[str, Any]) -> str:
    s = summary
    return "\n".join([
        f"pool: {s['hosts']} hosts, {s['vms']} VMs, {s['objects']} objects, event.from body {s['event_from_mb']} MB,"
        f" {s['tree_items']} tree nodes; medians of {s['runs']} runs",
        f"login -> cache complete     {s['login_to_cache_s']:8.3f} s",
        f"login -> tree complete      {s['login_to_tree_s']:8.3f} s",
        f"floor (fetch + json.loads)  {s['floor_fetch_parse_s']:8.3f} s   ours/floor {s['tree_vs_floor']:.2f}x",
        f"floor, GC paused in parse   {s['floor_fetch_parse_nogc_s']:8.3f} s   ours/floor {s['tree_vs_floor_nogc']:.2f}x",
        f"SDK get_all_records (XML)   {s['sdk_get_all_records_s']:8.3f} s   ours/SDK   {s['tree_vs_sdk']:.2f}x",
        f"peak RSS                    {s['peak_rss_mb']:8.1f} MB  (first run; {s['loaded_rss_mb']:.1f} MB with the"
        " pool loaded after the storm)",
        f"events applied              {s['events_per_s']:8.0f} /s  ({s['events']} events; sim made them in"
        f" {s['churn_call_s']:.3f} s, {s['events_per_s_end_to_end']:.0f} /s counting that;"
        f" tree caught up {s['ui_catch_up_s']:.3f} s after the last)",
        f"worst UI stall              {s['max_ui_stall_ms']:8.1f} ms",
        f"filter '{'web'}'                {s['filter_ms']:8.1f} ms  ({s['filter_matches']} rows kept)",
        f"open General tab (VM)       {s['general_tab_ms']:8.1f} ms",
        f"selection change (100 VMs)  {s['select_ms']:8.1f} ms mean, {s['select_max_ms']:.1f} ms worst",
        f"second start -> cached tree {s['cached_open_s']:8.3f} s   (inventory file {s['inventory_mb']:.1f} MB,"
        f" saved in {s['inventory_save_s']:.3f} s)",
        f"second start -> live tree   {s['cached_to_live_s']:8.3f} s   ({s['cached_to_live_vs_cold']:.2f}x the"
        f" first start's {s['cold_start_s']:.3f} s, window made to live tree)",
    ])


def _pools_summary(args: argparse.Namespace, runs: list[PoolsRun]) -> dict[str, Any]:
    def med(name: str) -> float:
        return _median([getattr(r, name) for r in runs])

    result: dict[str, Any] = {f"pools_{name}": med(name) for name in (
        "all_trees_s", "max_ui_stall_ms", "filter_ms", "objects_view_ms", "reconnect_s",
        "reconnect_max_ui_stall_ms")}
    result.update(pools_peak_concurrent_logins=max(r.peak_concurrent_logins for r in runs),
                  pools_reconnect_peak_logins=max(r.reconnect_peak_logins for r in runs),
                  pools_peak_rss_mb=runs[0].peak_rss_mb, pools_tree_items=runs[0].tree_items,
                  pools=args.pools, vms_per_pool=args.vms_per_pool, hosts=args.hosts, runs=len(runs))
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()}


def _pools_report(s: dict[str, Any]) -> str:
    return "\n".join([
        f"{s['pools']} pools of {s['hosts']} hosts and {s['vms_per_pool']} VMs, {s['pools_tree_items']} tree nodes;"
        f" medians of {s['runs']} runs",
        f"window made -> every tree   {s['pools_all_trees_s']:8.3f} s   (at most"
        f" {s['pools_peak_concurrent_logins']} logins at once)",
        f"worst UI stall meanwhile    {s['pools_max_ui_stall_ms']:8.1f} ms",
        f"filter 'web', all pools     {s['pools_filter_ms']:8.1f} ms",
        f"Objects view, all pools     {s['pools_objects_view_ms']:8.1f} ms",
        f"all toolstacks restarted -> every tree live again {s['pools_reconnect_s']:.3f} s after the outage"
        f" (at most {s['pools_reconnect_peak_logins']} at once, worst stall"
        f" {s['pools_reconnect_max_ui_stall_ms']:.1f} ms)",
        f"peak RSS                    {s['pools_peak_rss_mb']:8.1f} MB",
    ])


def _main_pools(args: argparse.Namespace, app: QApplication) -> int:
    sims = start_pools(args.pools, args.hosts, args.vms_per_pool)
    runs: list[PoolsRun] = []
    try:
        for run in range(args.runs):
            runs.append(measure_pools(app, sims, args.timeout))
            r = runs[-1]
            print(f"run {run + 1}/{args.runs}: trees {r.all_trees_s:.3f} s, stall {r.max_ui_stall_ms:.1f} ms,"
                  f" reconnect {r.reconnect_s:.3f} s", file=sys.stderr, flush=True)
    finally:
        for sim in sims:
            sim.stop()
    summary = _pools_summary(args, runs)
    print(_pools_report(summary))
    if args.json:
        print(json.dumps(summary))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    warnings.filterwarnings("ignore", message="Unverified HTTPS request")
    app = QApplication.instance() or QApplication([])
    if args.pools:
        return _main_pools(args, app)
    sim = start_sim(args.hosts, args.vms)
    apps: list[AppRun] = []
    floors: list[Floor] = []
    sdks: list[float] = []
    cached: list[CachedOpen] = []
    try:
        for run in range(args.runs):
            began = time.perf_counter()
            apps.append(measure_app(app, sim, args.events, args.timeout))
            floors.append(measure_floor(sim.url, USER, PASSWORD))
            if not args.no_sdk:
                sdks.append(measure_sdk(sim.url, USER, PASSWORD, apps[-1].classes))
            cached.append(measure_cached_open(app, sim, args.timeout))
            a = apps[-1]
            print(f"run {run + 1}/{args.runs}: cache {a.login_to_cache_s:.3f} s, tree {a.login_to_tree_s:.3f} s,"
                  f" floor {floors[-1].fetch_parse_s:.3f} s" + (f", SDK {sdks[-1]:.3f} s" if sdks else "")
                  + f", {a.events_per_s:.0f} events/s, stall {a.max_ui_stall_ms:.1f} ms, second start: cached"
                  f" {cached[-1].cached_open_s:.3f} s, live {cached[-1].cached_to_live_s:.3f} s"
                  f" ({time.perf_counter() - began:.0f} s)", file=sys.stderr, flush=True)
    finally:
        sim.stop()
    summary = _summary(args, apps, floors, sdks, cached, sim.started_in_s)
    print(_report(summary))
    if args.json:
        print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
