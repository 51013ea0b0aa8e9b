"""Shared by the live connection tests (a module, not conftest, so test files can import it)."""

from __future__ import annotations

from pathlib import Path

from tests.live import SIM_PASSWORD, SIM_USER, sim_address  # noqa: F401 (re-exported)
from xencenter.connection import Timing

#: Everything shrunk so that loss, failover and batching happen in a test's time.
FAST = Timing(
    heartbeat_interval=0.2,
    heartbeat_timeout=2.0,
    event_timeout=1.0,
    call_timeout=5.0,
    connect_timeout=2.0,
    reconnect_delays=(0.1, 0.2, 0.5),
    event_retry_delay=0.1,
)



#: The real pool databases the simulator can serve (the same list as tests/conftest.py's XAPI_DBS).
XAPI_DBS = sorted((Path(__file__).resolve().parents[3] / "shared" / "data" / "xapi-db").glob("*.xml"))
