"""A console session that outlives connections: an RFB client on its own event loop in a background thread,
reconnecting with backoff when the VM reboots or the tunnel drops. No Qt here; the widget listens.

The UI thread only ever schedules work on the loop (``call``); it never waits on the network."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from .protocol import RFBError
from .rfb import Client, Closed, Video
from .security import Security

Connector = Callable[[], Awaitable[Client]]
BACKOFF = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)


@dataclass(frozen=True)
class Status:
    """``state`` is connecting, connected, disconnected (will retry), failed (will not) or stopped;
    ``error`` is why it failed (e.g. a CertificateUnknown the UI can ask about)."""

    state: str
    message: str
    retry_in: float | None = None
    error: BaseException | None = None


@dataclass(frozen=True)
class Connected:
    """A new client is live (its ``video`` replaces any previous one)."""

    video: Video
    extended_keys: bool
    security: Security


class ConsoleSession:
    """Runs ``connector()`` in a background loop, forwards the client's events to ``listener`` (called in the
    session thread: keep it short and thread-safe) and reconnects after ``backoff`` delays."""

    def __init__(self, connector: Connector, listener: Callable[[object], None], description: str = "",
                 backoff: tuple[float, ...] = BACKOFF):
        self._connector = connector
        self._listener = listener
        self.description = description
        self._backoff = backoff
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run_loop, name=f"console {description}", daemon=True)
        self._stop = asyncio.Event()  # (3.10+: events bind to the loop that first waits on them)
        self._wake = asyncio.Event()
        self.client: Client | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Disconnect and end the thread (returns at once if it already ended)."""
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def call(self, fn: Callable[[Client], object]) -> None:
        """Run ``fn(client)`` on the session thread if connected (input events, requests); else drop it."""

        def run() -> None:
            if self.client is not None and not self.client.closed:
                fn(self.client)

        if self._thread.is_alive():
            with contextlib.suppress(RuntimeError):  # the loop closed between the check and the call
                self._loop.call_soon_threadsafe(run)

    def reconnect_now(self) -> None:
        """Skip the remaining backoff delay."""
        if self._thread.is_alive():
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._wake.set)

    def _run_loop(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._main())
        finally:
            self._loop.close()

    def _status(self, state: str, message: str, retry_in: float | None = None) -> None:
        self._listener(Status(state, message, retry_in))

    async def _main(self) -> None:
        stopper = asyncio.ensure_future(self._stop.wait())
        failures = 0
        final = Status("stopped", "Disconnected")
        try:
            while not self._stop.is_set():
                self._status("connecting", f"Connecting to {self.description}…")
                reason = await self._session(stopper)
                if self._stop.is_set():
                    break
                if isinstance(reason, RFBError) and not reason.retry:  # a password, a certificate
                    final = Status("failed", str(reason), error=reason)
                    break
                if self.client is not None:  # it was connected: retry soon, then back off
                    failures = 0
                delay = self._backoff[min(failures, len(self._backoff) - 1)]
                failures += 1
                self._status("disconnected", _describe(reason), delay)
                self._wake.clear()
                waker = asyncio.ensure_future(self._wake.wait())
                await asyncio.wait({stopper, waker}, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
                waker.cancel()
                self.client = None
        finally:
            stopper.cancel()
            if self.client is not None:
                await self.client.close()
            self._listener(final)

    async def _session(self, stopper: asyncio.Future) -> BaseException | None:
        """Connect and run until the session ends; returns why it ended."""
        self.client = None
        connecting = asyncio.ensure_future(self._connector())
        await asyncio.wait({connecting, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if not connecting.done():
            connecting.cancel()
            with contextlib.suppress(BaseException):
                await connecting
            return None
        try:
            client = connecting.result()
        except Exception as e:  # RFBError, tunnel errors: shown to the user, then retried
            return e
        self.client = client
        client.add_listener(self._forward)
        self._listener(Connected(client.video, client.keyboard.extended, client.security))
        self._status("connected", self.description)
        closed = asyncio.ensure_future(client.wait_closed())
        await asyncio.wait({closed, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if not closed.done():
            await client.close()
            return None
        return closed.result()

    def _forward(self, event: object) -> None:
        if not isinstance(event, Closed):
            self._listener(event)


def _describe(reason: BaseException | None) -> str:
    if reason is None:
        return "the server closed the session"
    if isinstance(reason, RFBError):
        return str(reason)
    return f"{type(reason).__name__}: {reason}"
