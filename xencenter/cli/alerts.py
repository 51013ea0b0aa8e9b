"""``main.py alerts``: the pool's alerts in the Alerts pane's words (``model/alerts.py``), newest first."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timezone

from xencenter.cli.common import UsageError, connection_arguments, run_guarded
from xencenter.cli.inventory import PROG, read_pool
from xencenter.model.alerts import AlertFilter, alerts_of, severity_text, sort_alerts

SEVERITY_CHOICES = {severity_text(p).lower(): p for p in range(6)}


def _date(text: str) -> datetime:
    """An ISO 8601 date or time; without a zone it is local time."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--since: {text!r} is not a date (give 2026-12-01 or 2026-12-01T08:00)") from None
    return when if when.tzinfo else when.astimezone(timezone.utc)


def alerts_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"{PROG} alerts", description="Print the pool's alerts, newest first.")
    connection_arguments(parser)
    parser.add_argument("--since", metavar="DATE", help="only alerts from this date or time on (ISO 8601)")
    parser.add_argument("--severity", action="append", choices=list(SEVERITY_CHOICES),
                        help="only alerts of this severity (repeat for several)")
    parser.add_argument("--json", action="store_true", help="a JSON list of objects")
    args = parser.parse_args(argv)

    def body() -> int:
        since = _date(args.since) if args.since else None
        cache, _name = read_pool(args)
        wanted = AlertFilter(priorities=frozenset(SEVERITY_CHOICES[s] for s in args.severity or ()), since=since)
        alerts = sort_alerts(a for a in alerts_of(cache, args.server) if wanted.matches(a))
        if args.json:
            print(json.dumps([a.as_json() for a in alerts], indent=2))
            return 0
        for alert in alerts:
            print(f"{alert.date}  {alert.severity:<11}  {alert.applies_to}  {alert.title}")
            for line in alert.body.splitlines():
                print(f"    {line}")
        print(f"Total alerts: {len(alerts)}")
        return 0

    return run_guarded(body)
