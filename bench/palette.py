"""Command palette benchmark: keystroke to updated list over a large pool.

    python bench/palette.py [--hosts 64] [--vms 5000] [--runs 9] [--json]

Builds the synthetic pool into an ObjectCache (as a connection's first ``event.from`` fills it), opens the
window's CommandPalette (offscreen) over it and types queries one character at a time; each keystroke's time is
from ``setText`` to the list holding and having painted the new results (the palette updates synchronously). Floor, in the
same run: one substring pass over the lower-cased names (the least a name search can do). Goal: < 30 ms a
keystroke at 5,000 VMs. See bench/README.md ("Command palette").
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from search import filled_cache  # noqa: E402  (bench/search.py)

QUERIES = ("start web 3", "shut", "frc rbt sql 12", "cache 4", "host 0")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", type=int, default=64)
    parser.add_argument("--vms", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QWidget

    from xencenter.connection import Connection
    from xencenter.operations.context import make_context
    from xencenter.settings import Settings
    from xencenter.views.dialogs import WindowDialogs
    from xencenter.views.navigation import NavigationPane
    from xencenter.views.palette import CommandPalette
    from xencenter.views.prompts import DialogPrompter

    app = QApplication.instance() or QApplication([])
    import tempfile

    settings = Settings.load(Path(tempfile.mkdtemp(prefix="palette-bench-")))
    context = make_context(settings, DialogPrompter(), WindowDialogs())
    cache = filled_cache(args.hosts, args.vms)
    context.connections.adopt(Connection("127.0.0.1:1", "root", trust=settings.trust, cache=cache), "Bench pool")
    window = QWidget()
    window.resize(1280, 800)
    window.show()
    navigation = NavigationPane(context.connections, parent=window)
    names = [obj.name.lower() for cls in ("VM", "host", "pool", "SR", "network") for obj in cache.all(cls)]

    keystrokes: list[float] = []
    floors: list[float] = []
    opening: list[float] = []
    for _ in range(args.runs):
        started = time.perf_counter()
        palette = CommandPalette(context, navigation, lambda *a, **k: [], [], window)
        palette.show_over(window)
        opening.append(time.perf_counter() - started)
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                text = query[:end]
                started = time.perf_counter()
                palette.query.setText(text)
                palette.list.viewport().repaint()  # painted too, not only listed
                assert palette.model.rowCount() == len(palette.results)
                keystrokes.append(time.perf_counter() - started)
                started = time.perf_counter()
                _ = [n for n in names if text in n]
                floors.append(time.perf_counter() - started)
        palette.deleteLater()
        app.processEvents()
    result = {
        "vms": args.vms, "keystrokes": len(keystrokes),
        "palette_keystroke_median_ms": round(statistics.median(keystrokes) * 1000, 2),
        "palette_keystroke_p95_ms": round(sorted(keystrokes)[int(len(keystrokes) * 0.95)] * 1000, 2),
        "palette_keystroke_max_ms": round(max(keystrokes) * 1000, 2),
        "palette_open_median_ms": round(statistics.median(opening) * 1000, 2),
        "floor_substring_pass_median_ms": round(statistics.median(floors) * 1000, 3),
    }
    floor = max(result["floor_substring_pass_median_ms"], 1e-3)
    result["ratio_to_floor"] = round(result["palette_keystroke_median_ms"] / floor, 1)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
