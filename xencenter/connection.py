"""One server connection's life: login, cache fill, event loop, heartbeat, reconnect, coordinator failover.

``Connection`` talks to the UI only through Qt signals, always emitted on the UI thread (the thread that
created it); the network work runs on two worker threads per connection (a supervisor that logs in,
heartbeats and reconnects, and an event loop on its own session that keeps ``cache`` current). The UI thread
never waits on the network.

Signals:
    state_changed(ConnectionState, str)    every state change, with a human reason ("Connection refused by
                                           10.0.0.1:443"); CONNECTING repeats with progress text.
    objects_changed(ChangeSet)             what the cache gained, changed and lost; at most one signal per
                                           ``Timing.batch_interval`` (~50 ms), merged, so storms stay cheap.
    certificate_unknown(str, CertificateInfo)
                                           host:port presented a certificate nobody trusts yet; the connection
                                           stopped. Trust it (``trust_certificate``) to connect.
    certificate_changed(str, str, CertificateInfo | None)
                                           host:port presented a certificate other than the pinned one (old
                                           fingerprint, new certificate, None if it could not be read again);
                                           refused. ``trust_certificate`` accepts it deliberately.
    authentication_failed(str)             wrong user or password (xapi's words); stopped, password forgotten.
    redirected(str, str)                   the address is a pool member; continuing with the coordinator at
                                           the second address.
    pool_addresses_changed(list)           the pool's host addresses (strings), for the saved-server entry.

Use: ``start(password)``, ``stop()`` (never blocks), ``shutdown(timeout)`` at exit (waits for the logouts),
``trust_certificate(address, fingerprint)`` after the user said yes. ``session`` is the logged-in session for
commands; ``fingerprint`` / ``fingerprint_for(address)`` give the pin that the console tunnel and
/rrd_updates must use for the coordinator / any host of the pool.

States: CONNECTING -> CONNECTED -> (LOST -> RECONNECTING -> CONNECTED ...) -> DISCONNECTED.
A first connection that fails ends in DISCONNECTED; once connected, losses are retried with backoff across
every known pool address until ``stop()``. The password is kept in memory only while the connection may
need it again (reconnects, session renewals) and never logged.
"""

from __future__ import annotations

import enum
import logging
import random
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from xencenter.login_gate import GATE, GateClosed, jittered
from xencenter.model import failures, gc_policy
from xencenter.model.cache import ChangeSet, ObjectCache
from xencenter.model.failures import connection_problem
from xencenter.model.values import parse_timestamp
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.settings import TrustStore
from xencenter.trust import InvalidFingerprint, normalize_fingerprint
from xencenter.xenapi.address import ServerAddress, host_url, located
from xencenter.xenapi.errors import (
    AuthenticationFailed,
    CertificateMismatch,
    CertificateUntrusted,
    EventsLost,
    Failure,
    HostIsSlave,
    SessionInvalid,
    TransportError,
    XenAPIError,
)
from xencenter.xenapi.session import Session
from xencenter.xenapi.tls import fetch_certificate

log = logging.getLogger(__name__)

#: Newest XenAPI version this program was written against (XenServer 8 / XCP-ng 8.3). Newer is fine:
#: it only earns a warning in the log (refusing is what made XCP-ng Center hated).
KNOWN_API_VERSION = (2, 21)
MAX_REDIRECTS = 3
MAX_ORPHANS = 64  # sessions whose logout did not get through, kept to try again (bounded: never a leak here)


#: The reasons a connection gives (``reason``, ``state_changed``), in English: code compares them and the log
#: keeps them; the window translates them where it shows them (``views/words.reason``, context ``Connection``).
DISCONNECTED = QT_TRANSLATE_NOOP("Connection", "Disconnected")
NOT_CONNECTED = QT_TRANSLATE_NOOP("Connection", "Not connected")
PASSWORD_NEEDED = QT_TRANSLATE_NOOP("Connection", "A password is needed")
CONNECTING = QT_TRANSLATE_NOOP("Connection", "Connecting to {address}…")
LOGGING_IN = QT_TRANSLATE_NOOP("Connection", "Logging in to {address} as {user}…")
LOADING = QT_TRANSLATE_NOOP("Connection", "Loading objects…")
FINDING_COORDINATOR = QT_TRANSLATE_NOOP("Connection", "Looking for the pool coordinator…")
INTERNAL_ERROR = QT_TRANSLATE_NOOP("Connection", "Internal error (see the log)")
REASONS = (DISCONNECTED, NOT_CONNECTED, PASSWORD_NEEDED, CONNECTING, LOGGING_IN, LOADING, FINDING_COORDINATOR,
           INTERNAL_ERROR, *failures.PROBLEMS)

class ConnectionState(enum.Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    LOST = "lost"
    RECONNECTING = "reconnecting"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True)
class Timing:
    """Every delay of a connection's life; tests shrink them."""

    heartbeat_interval: float = 15.0
    heartbeat_timeout: float = 10.0
    misses_before_lost: int = 2
    event_timeout: float = 30.0  # event.from long poll; the HTTP read timeout adds call_timeout to it
    call_timeout: float = 30.0
    connect_timeout: float = 10.0
    reconnect_delays: tuple[float, ...] = (2.0, 5.0, 10.0, 20.0, 30.0)  # the last one repeats
    event_retry_delay: float = 1.0  # after a failed event.from, before trying again
    event_failures_before_lost: int = 3  # consecutive failed event.from calls: the cache is stale, reconnect
    # A session cut off by a lost connection is logged out once connected again, but not before this long:
    # an operation still polling its task through it may finish meanwhile (xenapi.tasks rides out outages).
    orphan_grace: float = 30.0
    batch_interval: float = 0.05
    reconnect: bool = True  # False: a lost connection ends DISCONNECTED (Options > Connection)

    @classmethod
    def chosen(cls, connect: float, read: float, reconnect: bool, longest_wait: float) -> Timing:
        """Options > Connection: the timeouts, and retries backing off as usual up to ``longest_wait``."""
        delays = tuple(d for d in cls.reconnect_delays if d < longest_wait) + (float(longest_wait),)
        return cls(connect_timeout=connect, call_timeout=read, reconnect=reconnect, reconnect_delays=delays)


class _Stop(Exception):
    """The user stopped the connection while the worker was busy."""


class _Fatal(Exception):
    """Retrying cannot help (trust or credentials): stop and let the user decide."""

    def __init__(self, cause: XenAPIError, address: ServerAddress) -> None:
        super().__init__(connection_problem(cause))
        self.cause = cause
        self.address = address


class _Run:
    """One start()..stop() span with the sessions it logged in; threads of an older run notice they are
    obsolete, log out what they own and say nothing more."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.wake = threading.Event()  # heartbeat now (event loop trouble) or stop
        self.stop_reason = DISCONNECTED
        self.thread: threading.Thread | None = None
        self.sessions: set[Session] = set()
        self.sessions_lock = threading.Lock()  # logins and the final logout never interleave


class _Link:
    """The sessions of one successful login to the coordinator; dead once the connection is lost."""

    def __init__(self, address: ServerAddress, main: Session, events: Session, coordinator_ref: str) -> None:
        self.address = address
        self.main = main
        self.events = events
        self.coordinator_ref = coordinator_ref
        self.dead = False
        self.broken: str | None = None  # why the event stream gave up (the cache can no longer be trusted)
        self.answered_at = time.monotonic()  # the last successful heartbeat


class Connection(QObject):
    """One server (a pool coordinator or a lone host) and its object cache; see the module docstring."""

    state_changed = Signal(object, str)
    objects_changed = Signal(object)
    certificate_unknown = Signal(str, object)
    certificate_changed = Signal(str, str, object)
    authentication_failed = Signal(str)
    redirected = Signal(str, str)
    pool_addresses_changed = Signal(list)

    _from_worker = Signal(object, str, tuple)  # run, signal name, arguments: re-emitted on the UI thread
    _changes_pending = Signal()

    def __init__(
        self,
        address: str | ServerAddress,
        user: str,
        *,
        trust: TrustStore,
        pool_addresses: Iterable[str] = (),
        cache: ObjectCache | None = None,
        timing: Timing = Timing(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.address = address if isinstance(address, ServerAddress) else ServerAddress.parse(address)
        self.user = user
        self.cache = cache if cache is not None else ObjectCache()
        self.timing = timing
        self._trust = trust
        self.state = ConnectionState.DISCONNECTED
        self.reason = NOT_CONNECTED
        #: Where the coordinator is now (differs from ``address`` after a redirect or a failover).
        self.coordinator = self.address
        #: The logged-in session for commands (None while not connected); renewed in place after a
        #: toolstack restart, so hold the Connection, not the Session.
        self.session: Session | None = None
        self.api_version: tuple[int, int] | None = None
        self.software_version: dict[str, str] = {}
        self._pool_addresses = [self._parse(a) for a in pool_addresses]
        self._orphans: list[tuple[float, str]] = []  # (when, ref) of sessions whose logout did not get through
        self._orphans_lock = threading.Lock()
        self._password: str | None = None
        self._run: _Run | None = None
        self._writer_lock = threading.Lock()  # one cache writer at a time, and never for a dead link
        self._pending = ChangeSet()
        self._pending_lock = threading.Lock()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(round(timing.batch_interval * 1000))
        self._flush_timer.timeout.connect(self._flush)
        self._from_worker.connect(self._on_worker)
        self._changes_pending.connect(self._on_changes_pending)

    def __repr__(self) -> str:
        return f"<Connection {self.user}@{self.address} {self.state.value}>"

    # ---- UI-thread API -------------------------------------------------------------------------------

    @property
    def pool_addresses(self) -> list[str]:
        return [str(a) for a in self._pool_addresses]

    @property
    def name(self) -> str:
        """The pool's name, else the coordinator's host name ("" before the first fill): the tree's label."""
        pool = self.cache.pool()
        name = pool.record.get("name_label", "") if pool is not None else ""
        if not name and pool is not None:
            coordinator = self.cache.record("host", pool.record.get("master", ""))
            name = coordinator.get("name_label", "") if coordinator else ""
        return name

    @property
    def fingerprint(self) -> str | None:
        """The coordinator's pinned SHA-256 (None: verified by the system store); the console tunnel and
        /rrd_updates must use the same trust as the API."""
        return self.fingerprint_for(self.coordinator)

    @property
    def password(self) -> str | None:
        """The password it logs in with (None once forgotten): ``pool.join`` sends the coordinator's."""
        return self._password

    def fingerprint_for(self, address: str | ServerAddress) -> str | None:
        """The fingerprint to pin for any host of this pool: the user's pin, else the one the pool itself
        reports for that host (``Certificate`` objects, read over the already trusted channel)."""
        where = address if isinstance(address, ServerAddress) else self._parse(address)
        pinned = self._trust.pinned(where)
        return pinned if pinned else self._pool_certificate(where)

    def pin_source(self, address: str | ServerAddress) -> str:
        """Where ``fingerprint_for(address)`` comes from: "yours" (a certificate the user trusted), "pool" (the
        pool's Certificate object for that host, read over the trusted channel) or "" (nobody's)."""
        where = address if isinstance(address, ServerAddress) else self._parse(address)
        if self._trust.pinned(where):
            return "yours"
        return "pool" if self._pool_certificate(where) else ""

    def url_of(self, target: str) -> str:
        """Where a pool host is reached from here: ``target`` is a host's address (``host.address``) or a URL
        the pool gave out (a console location); without a port of its own it takes this connection's."""
        base = self.coordinator.url
        return located(target, base) if "://" in target else host_url(base, target)

    def start(self, password: str | None = None) -> None:
        """Connect (in the background). A new password replaces the remembered one."""
        if password is not None:
            self._password = password
        if self._run is not None and not self._run.stop.is_set():
            return
        if self._password is None:  # forgotten after a stop or a refusal: the UI must ask
            self._set_state(ConnectionState.DISCONNECTED, PASSWORD_NEEDED)
            self.authentication_failed.emit(PASSWORD_NEEDED)
            return
        run = _Run()
        self._run = run
        self._set_state(ConnectionState.CONNECTING, CONNECTING.format(address=self.address))
        run.thread = threading.Thread(target=self._life, args=(run,), name=f"connection {self.address}", daemon=True)
        run.thread.start()

    def stop(self, reason: str = DISCONNECTED) -> None:
        """Disconnect: the worker logs out every session, then reports DISCONNECTED. Never blocks."""
        self._password = None
        run = self._run
        if run is None or run.stop.is_set():
            return
        run.stop_reason = reason
        run.stop.set()
        run.wake.set()

    def shutdown(self, timeout: float = 5.0) -> bool:
        """At exit: stop and wait (up to ``timeout`` s) for the logouts; True when they finished."""
        run = self._run
        self.stop("Closing")
        if run is None or run.thread is None:
            return True
        run.thread.join(timeout)
        return not run.thread.is_alive()

    def trust_certificate(self, address: str, fingerprint: str, *, connect: bool = True,
                          for_run: bool = False) -> None:
        """Pin ``fingerprint`` for ``address`` (host:port from a certificate signal) and connect again, there:
        the question came from a host this connection was on its way to (a member it failed over to).
        ``for_run``: only for this process (the command line's ``--fingerprint``), nothing saved."""
        if for_run:
            self._trust.pin_for_run(address, fingerprint)
        else:
            self._trust.trust(address, fingerprint)
        where = self._parse(address)
        if where in (*self._pool_addresses, self.address):
            self.coordinator = where
        if connect:
            self.start()

    # ---- worker -> UI ----------------------------------------------------------------------------------

    def follow(self, host_address: str) -> ServerAddress:
        """The coordinator's management address changed (``host.management_reconfigure``): from now on the
        connection is to ``host_address`` (same port), with the certificate trusted at the old address. Safe
        from any thread; the link to the old address is lost and the connection comes back at the new one."""
        where = self._parse(host_address)
        pinned = self._trust.pinned(self.coordinator)
        if pinned and not self._trust.pinned(where):
            self._trust.pin_for_run(where, pinned)
        self._pool_addresses = [where, *(a for a in self._pool_addresses if a != where)]
        self.address = self.coordinator = where
        return where

    def _tell(self, run: _Run, name: str, *args: Any) -> None:
        self._from_worker.emit(run, name, args)

    @Slot(object, str, tuple)
    def _on_worker(self, run: _Run, name: str, args: tuple) -> None:
        if run is not self._run:
            return  # an obsolete run (stopped and restarted meanwhile)
        if name == "state":
            state, reason = args
            if state is ConnectionState.CONNECTED:
                self._flush()  # the filled cache reaches the UI before "connected"
            if state in (ConnectionState.LOST, ConnectionState.DISCONNECTED):
                self.session = None
            self._set_state(state, reason)
        elif name == "linked":
            link, api_version, software_version = args
            self.session, self.coordinator = link.main, link.address
            self.api_version, self.software_version = api_version, software_version
        else:
            getattr(self, name).emit(*args)

    def _set_state(self, state: ConnectionState, reason: str) -> None:
        self.state, self.reason = state, reason
        log.info("%s@%s: %s (%s)", self.user, self.address, state.value, reason)
        self.state_changed.emit(state, reason)

    def _post_changes(self, changes: ChangeSet) -> None:
        """From a worker: queue changes for the next UI batch."""
        if not changes:
            return
        with self._pending_lock:
            first = not self._pending
            self._pending.merge(changes)
        if first:
            self._changes_pending.emit()

    @Slot()
    def _on_changes_pending(self) -> None:
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    @Slot()
    def _flush(self) -> None:
        self._flush_timer.stop()
        with self._pending_lock:
            changes, self._pending = self._pending, ChangeSet()
        if not changes:
            return
        if changes.touches(("host", "Certificate")):
            self._update_pool_addresses()
        self.objects_changed.emit(changes)

    def _update_pool_addresses(self) -> None:
        found = []
        for _, host in self.cache.items("host"):
            try:
                found.append(self._parse(host.get("address") or ""))
            except ValueError:
                continue
        if found and found != self._pool_addresses:
            self._pool_addresses = found
            self.pool_addresses_changed.emit([str(a) for a in found])

    # ---- the supervisor thread -------------------------------------------------------------------------

    def _life(self, run: _Run) -> None:
        final_reason: str | None = None
        fatal: _Fatal | None = None
        link: _Link | None = None
        reconnecting = False
        attempt = 0
        try:
            while not run.stop.is_set():
                try:
                    link = self._establish(run, reconnecting)
                except _Fatal as exc:
                    fatal, final_reason = exc, str(exc)
                    break
                except XenAPIError as exc:
                    if not reconnecting:
                        final_reason = connection_problem(exc)
                        break
                    delays = self.timing.reconnect_delays
                    delay = round(jittered(delays[min(attempt, len(delays) - 1)]), 1)
                    attempt += 1
                    self._tell(run, "state", ConnectionState.RECONNECTING,
                               f"{connection_problem(exc)}; trying again in {delay:g} s")
                    run.stop.wait(delay)
                    continue
                attempt = 0
                self._tell(run, "state", ConnectionState.CONNECTED, f"Connected to {link.address}")
                lost = self._watch(run, link)
                self._drop_link(run, link, timeout=None if lost is None else self.timing.heartbeat_timeout)
                link = None
                if lost is None:
                    break
                if not self.timing.reconnect:
                    final_reason = f"{lost} (reconnecting is off in Options > Connection)"
                    break
                reconnecting = True
                self._tell(run, "state", ConnectionState.LOST, lost)
                self._tell(run, "state", ConnectionState.RECONNECTING, FINDING_COORDINATOR)
                # Losses that happened together (a network blip) must not retry together.
                run.stop.wait(random.uniform(0, self.timing.reconnect_delays[0]))
        except _Stop:
            pass
        except Exception:  # a bug must not leave the UI waiting forever
            log.exception("connection %s failed", self.address)
            final_reason = INTERNAL_ERROR
        finally:
            stopped_by_user = run.stop.is_set()
            run.stop.set()  # no new logins from here on; start() begins a new run
            if link is not None:
                self._drop_link(run, link)
            self._logout_all(run)
            self._retry_orphans(self.coordinator, everything=True)
            if fatal is not None and not stopped_by_user:
                self._report_fatal(run, fatal)
            reason = run.stop_reason if stopped_by_user else final_reason
            self._tell(run, "state", ConnectionState.DISCONNECTED, reason or run.stop_reason)

    def _report_fatal(self, run: _Run, fatal: _Fatal) -> None:
        cause, where = fatal.cause, fatal.address
        if isinstance(cause, AuthenticationFailed):
            self._password = None
            self._tell(run, "authentication_failed", connection_problem(cause))
        elif isinstance(cause, CertificateUntrusted):
            self._tell(run, "certificate_unknown", where.key, cause.info)
        elif isinstance(cause, CertificateMismatch):
            try:
                info = fetch_certificate(where.host, where.port, self.timing.connect_timeout)
            except TransportError:
                info = None
            self._tell(run, "certificate_changed", where.key, cause.expected, info)

    def _establish(self, run: _Run, reconnecting: bool) -> _Link:
        """Log in to the coordinator (trying every known address when reconnecting), fill the cache and
        start the event loop; a few connections at a time (``login_gate``)."""
        state = ConnectionState.RECONNECTING if reconnecting else ConnectionState.CONNECTING
        try:
            with GATE.turn(run.stop, lambda: self._tell(run, "state", state,
                                                        "Waiting while other servers load their objects…")):
                return self._establish_now(run, reconnecting)
        except GateClosed:
            raise _Stop from None

    def _establish_now(self, run: _Run, reconnecting: bool) -> _Link:
        candidates = [self.coordinator]
        if reconnecting:
            candidates += [*self._pool_addresses, self.address]
        address, main = self._login_anywhere(run, list(dict.fromkeys(candidates)), announce=not reconnecting)
        events: Session | None = None
        try:
            if not reconnecting:
                self._tell(run, "state", ConnectionState.CONNECTING, LOADING)
            coordinator_ref, api_version, software_version = self._read_coordinator(main)
            events = self._login(run, address, announce=False)[1]
            link = _Link(address, main, events, coordinator_ref)
            self._heartbeat(link)  # also sets the server clock offset before the first fill
            # The whole pool arrives: decoded and stored with the collector paused until the refill has
            # settled it (a collection in between would walk every new object once, ~0.3 s per 5,000 VMs).
            with gc_policy.paused():
                batch = events.event_from(["*"], "", self.timing.event_timeout)
                with self._writer_lock:
                    changes = self.cache.refill(batch.events)
        except BaseException:
            for session in (main, events):
                if session is not None:
                    self._forget_session(run, session, timeout=self.timing.heartbeat_timeout)
            raise
        self._post_changes(changes)
        self._tell(run, "linked", link, api_version, software_version)
        threading.Thread(
            target=self._event_loop, args=(run, link, batch.token), name=f"events {address}", daemon=True
        ).start()
        return link

    def _login_anywhere(
        self, run: _Run, candidates: list[ServerAddress], announce: bool
    ) -> tuple[ServerAddress, Session]:
        """The first candidate that leads to a logged-in coordinator session. Trust and credential problems
        win over network errors in the report: they need the user; a dead member does not."""
        fatal: _Fatal | None = None
        last: XenAPIError | None = None
        for candidate in candidates:
            try:
                return self._login(run, candidate, announce)
            except _Fatal as exc:
                fatal = fatal or exc
                if isinstance(exc.cause, AuthenticationFailed) or candidate == self.coordinator:
                    raise
            except XenAPIError as exc:
                log.info("%s: %s", candidate, connection_problem(exc))
                last = exc
        if fatal is not None:
            raise fatal
        assert last is not None
        raise last

    def _login(self, run: _Run, address: ServerAddress, announce: bool) -> tuple[ServerAddress, Session]:
        """A logged-in session on the coordinator reached from ``address`` (following HOST_IS_SLAVE)."""
        for _ in range(MAX_REDIRECTS + 1):
            if run.stop.is_set() or self._password is None:
                raise _Stop
            if announce:
                self._tell(run, "state", ConnectionState.CONNECTING, LOGGING_IN.format(
                    address=address, user=self.user))
            session = Session(
                address.url,
                fingerprint=self.fingerprint_for(address),
                timeout=self.timing.call_timeout,
                connect_timeout=self.timing.connect_timeout,
            )
            try:
                session.login_with_password(self.user, self._password)
            except HostIsSlave as exc:
                session.close()
                if not exc.coordinator_address:
                    raise
                target = self._parse(exc.coordinator_address, default_port=address.port)
                log.info("%s is a pool member; the coordinator is %s", address, target)
                if announce:
                    self._tell(run, "redirected", str(address), str(target))
                address = target
                continue
            except (AuthenticationFailed, CertificateUntrusted, CertificateMismatch) as exc:
                session.close()
                raise _Fatal(exc, address) from None
            except BaseException:
                session.close()
                raise
            self._register(run, session)
            return address, session
        raise HostIsSlave("HOST_IS_SLAVE", [str(address)])

    def _register(self, run: _Run, session: Session) -> None:
        """Track a fresh session for logout; if the user stopped meanwhile, log it out at once."""
        with run.sessions_lock:
            if not run.stop.is_set():
                run.sessions.add(session)
                return
        self._logout(session)
        raise _Stop

    def _read_coordinator(self, session: Session) -> tuple[str, tuple[int, int] | None, dict[str, str]]:
        pool_ref = session.xenapi.pool.get_all()[0]
        coordinator = session.xenapi.pool.get_master(pool_ref)
        try:
            version = (
                int(session.xenapi.host.get_API_version_major(coordinator)),
                int(session.xenapi.host.get_API_version_minor(coordinator)),
            )
        except (Failure, ValueError, TypeError):
            version = None
        software = dict(session.xenapi.host.get_software_version(coordinator) or {})
        if version is not None and version > KNOWN_API_VERSION:
            log.warning(
                "%s speaks XenAPI %d.%d (%s %s), newer than the %d.%d this program knows; carrying on, "
                "but new features may be missing",
                self.address, *version, software.get("product_brand", ""), software.get("product_version", ""),
                *KNOWN_API_VERSION,
            )
        return coordinator, version, software

    def _watch(self, run: _Run, link: _Link) -> str | None:
        """Heartbeat until the connection is lost (returns why, in words) or stopped (returns None).

        Misses count at most once per ``heartbeat_interval``: a heartbeat woken early by a failing event
        stream judges at once, but a blip shorter than two intervals is never a loss.
        """
        misses = 0
        last = ""
        counted_at = -float("inf")
        while True:
            run.wake.wait(self.timing.heartbeat_interval)
            run.wake.clear()
            if run.stop.is_set():
                return None
            if link.broken:
                return link.broken
            try:
                self._heartbeat(link)
                misses = 0
                link.answered_at = time.monotonic()
                if self._orphans:
                    self._retry_orphans(link.address)
            except HostIsSlave as exc:
                return f"{link.address} is no longer the pool coordinator ({exc.coordinator_address} is)"
            except SessionInvalid:
                if not self._renew(run, link, link.main):
                    last = "its session ended and logging in again failed"
                    misses, counted_at = self._miss(misses, counted_at)
            except XenAPIError as exc:
                last = connection_problem(exc)
                misses, counted_at = self._miss(misses, counted_at)
                log.info("%s: heartbeat missed (%d): %s", link.address, misses, last)
            if misses >= self.timing.misses_before_lost:
                return f"{link.address} stopped answering" + (f": {last}" if last else "")

    def _miss(self, misses: int, counted_at: float) -> tuple[int, float]:
        now = time.monotonic()
        if now - counted_at < self.timing.heartbeat_interval:
            return misses, counted_at
        return misses + 1, now

    def _heartbeat(self, link: _Link) -> None:
        server_time = link.main.call(
            "host.get_servertime", link.coordinator_ref, read_timeout=self.timing.heartbeat_timeout
        )
        offset = parse_timestamp(server_time)
        if offset is not None:
            self.cache.server_time_offset = offset - time.time()

    def _renew(self, run: _Run, link: _Link, session: Session) -> bool:
        """Log a session in again after SESSION_INVALID (toolstack restart); False if that failed."""
        with run.sessions_lock:  # a concurrent logout must not miss the renewed session
            password = self._password
            if run.stop.is_set() or link.dead or password is None:
                return False
            try:
                session.login_with_password(self.user, password)
            except XenAPIError as exc:
                log.info("%s: could not log in again: %s", link.address, connection_problem(exc))
                return False
        log.info("%s: session renewed", link.address)
        return True

    # ---- the event thread ------------------------------------------------------------------------------

    def _event_loop(self, run: _Run, link: _Link, token: str) -> None:
        """Keep the cache current; EVENTS_LOST and SESSION_INVALID mean a clean refill (token "").

        A stream that keeps failing while the host still answers heartbeats (garbled or stalled answers)
        leaves a cache nobody can trust: after ``event_failures_before_lost`` failures in a row, with a
        heartbeat answered since they began, the link is marked broken; the supervisor reports the
        connection lost and reconnects, which refills. (When heartbeats fail too, they decide.)
        """
        failures = 0
        failing_since = 0.0
        while not (run.stop.is_set() or link.dead):
            try:
                if token:
                    batch = link.events.event_from(["*"], token, self.timing.event_timeout)
                else:  # the whole pool again (a refill): queued with the logins of other connections
                    with GATE.turn(run.stop):
                        batch = link.events.event_from(["*"], token, self.timing.event_timeout)
            except GateClosed:
                break
            except EventsLost:
                log.info("%s: events lost, refilling", link.address)
                token = ""
                continue
            except SessionInvalid:
                if not self._renew(run, link, link.events):
                    failures += 1
                    failing_since = failing_since or time.monotonic()
                    why = "its session ended and logging in again failed"
                    if self._events_broken(run, link, failures, failing_since, why):
                        break
                    run.stop.wait(self.timing.event_retry_delay)
                token = ""
                continue
            except XenAPIError as exc:
                if run.stop.is_set() or link.dead:
                    break
                failures += 1
                failing_since = failing_since or time.monotonic()
                log.info("%s: event.from failed (%d): %s", link.address, failures, connection_problem(exc))
                if self._events_broken(run, link, failures, failing_since, connection_problem(exc)):
                    break
                run.wake.set()  # let the heartbeat judge at once
                run.stop.wait(self.timing.event_retry_delay)
                continue
            failures, failing_since = 0, 0.0
            with self._writer_lock:
                if run.stop.is_set() or link.dead:
                    break
                changes = self.cache.refill(batch.events) if token == "" else self.cache.apply(batch.events)
            token = batch.token
            self._post_changes(changes)

    def _events_broken(self, run: _Run, link: _Link, failures: int, failing_since: float, why: str) -> bool:
        if failures < self.timing.event_failures_before_lost or link.answered_at < failing_since:
            return False
        link.broken = f"Updates from {link.address} keep failing: {why}"
        run.wake.set()
        return True

    # ---- sessions ----------------------------------------------------------------------------------------

    def _drop_link(self, run: _Run, link: _Link, timeout: float | None = None) -> None:
        """Retire a link: its event thread stops applying, its sessions are logged out (quickly when the
        server is probably gone)."""
        with self._writer_lock, run.sessions_lock:
            link.dead = True
        for session in (link.main, link.events):
            self._forget_session(run, session, timeout)

    def _forget_session(self, run: _Run, session: Session, timeout: float | None = None) -> None:
        with run.sessions_lock:
            run.sessions.discard(session)
        self._logout(session, timeout)

    def _logout_all(self, run: _Run) -> None:
        with run.sessions_lock:
            sessions, run.sessions = list(run.sessions), set()
        for session in sessions:
            self._logout(session)

    def _logout(self, session: Session, timeout: float | None = None) -> None:
        """Best effort: xapi caps sessions per user, so leaking them would lock the admin out. A logout that
        does not get through is tried again once connected (``_retry_orphans``)."""
        if timeout is not None:
            session.timeout = min(session.timeout, timeout)
            session.connect_timeout = min(session.connect_timeout, timeout)
        try:
            session.logout()
        except XenAPIError as exc:
            log.info("logout from %s failed: %s", session.host, connection_problem(exc))
            if session.ref:
                self._adopt_orphans([(time.monotonic(), session.ref)])
        finally:
            session.close()

    def _adopt_orphans(self, orphans: list[tuple[float, str]]) -> None:
        with self._orphans_lock:
            self._orphans.extend(orphans)
            del self._orphans[:-MAX_ORPHANS]

    def _retry_orphans(self, address: ServerAddress, everything: bool = False) -> None:
        """Log out the sessions left behind (those older than ``orphan_grace``, or all), through ``address``
        (the coordinator knows the whole pool's); stops at the first that cannot get through, keeping the
        rest for the next time."""
        ripe = time.monotonic() - self.timing.orphan_grace
        with self._orphans_lock:
            orphans = [o for o in self._orphans if everything or o[0] <= ripe]
            self._orphans = [o for o in self._orphans if o not in orphans]
        for index, (_, ref) in enumerate(orphans):
            session = Session.resume(
                address.url, ref, fingerprint=self.fingerprint_for(address),
                timeout=self.timing.heartbeat_timeout, connect_timeout=self.timing.connect_timeout,
            )
            try:
                session.logout()
            except XenAPIError as exc:
                log.info("logout of a session left behind failed: %s", connection_problem(exc))
                self._adopt_orphans(orphans[index:])
                return
            finally:
                session.close()

    # ---- addresses and pool-vouched certificates -------------------------------------------------------

    def _parse(self, text: str, default_port: int | None = None) -> ServerAddress:
        return ServerAddress.parse(text, default_port=default_port or self.address.port)

    def _pool_certificate(self, address: ServerAddress) -> str | None:
        host_refs = {ref for ref, host in self.cache.items("host") if self._same_host(host.get("address"), address)}
        if not host_refs:
            return None
        for _, cert in self.cache.items("Certificate"):
            if cert.get("host") in host_refs and cert.get("type", "host") == "host":
                for field in ("fingerprint_sha256", "fingerprint"):
                    try:
                        return normalize_fingerprint(cert.get(field) or "")
                    except InvalidFingerprint:
                        continue
        return None

    def _same_host(self, text: Any, address: ServerAddress) -> bool:
        try:
            return isinstance(text, str) and self._parse(text) == address
        except ValueError:
            return False
