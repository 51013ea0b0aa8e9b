"""Shared by the fault tests (a module, not conftest, so test files can import it)."""

from __future__ import annotations

from tests.live import SIM_PASSWORD, SIM_USER, sim_address  # noqa: F401 (re-exported)
from xencenter.connection import Timing
from xencenter.xenapi.records import as_builtins
from xencenter.xenapi.session import Session

#: Short enough that loss, failover and recovery happen within a test; long enough for a loaded CI box.
FAST = Timing(
    heartbeat_interval=0.25,
    heartbeat_timeout=1.5,
    event_timeout=1.0,
    call_timeout=3.0,
    connect_timeout=1.5,
    reconnect_delays=(0.1, 0.2, 0.4),
    event_retry_delay=0.1,
    orphan_grace=1.0,
)

#: Server-side state a cache must mirror: every class the connection fills (sessions are not events).
NOT_CACHED = {"session", "event", "user"}



def login(url: str, fingerprint: str | None, user: str = SIM_USER, password: str = SIM_PASSWORD,
          timeout: float = 10.0) -> Session:
    session = Session(url, fingerprint=fingerprint, timeout=timeout, connect_timeout=5)
    session.login_with_password(user, password)
    return session


def server_state(api, classes: list[str]) -> dict[str, dict[str, dict]]:
    """A fresh ``get_all_records`` of each class (``api`` is a session's ``xenapi``): the truth a cache is
    compared with."""
    return {cls: getattr(api, cls).get_all_records() for cls in classes}


def cache_state(connection, classes: list[str]) -> dict[str, dict[str, dict]]:
    return {cls: {ref: as_builtins(record) for ref, record in connection.cache.items(cls)} for cls in classes}


def differences(cached: dict, truth: dict) -> list[str]:
    """Human-readable differences between a cache and the server (empty when equal)."""
    found = []
    for cls, theirs in truth.items():
        mine = cached.get(cls, {})
        for ref in sorted(set(mine) ^ set(theirs)):
            found.append(f"{cls} {ref} {'only cached' if ref in mine else 'missing'}")
        for ref in sorted(set(mine) & set(theirs)):
            if mine[ref] != theirs[ref]:
                fields = [k for k in theirs[ref] if mine[ref].get(k) != theirs[ref][k]]
                found.append(f"{cls} {ref} differs in {fields[:5]}")
    return found


def same_session_on(url: str, session: Session) -> Session:
    """The logged-in session ``session``, talking to another endpoint of the pool (a member answers ``sim.*``
    controls although it refuses logins): for steering a simulator whose coordinator is being cut off."""
    return Session.resume(url, session.ref, fingerprint=session.fingerprint, timeout=session.timeout,
                          connect_timeout=5)


