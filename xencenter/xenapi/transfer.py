"""Streaming a VM or a disk to and from xapi over HTTP: ``GET /export``, ``PUT /import``, ``PUT /import_raw_vdi``,
``GET /export_raw_vdi``, each under a task the client makes (``task.create``) and names in ``task_id``.

xapi answers these with a status line at once and then streams; what happened is the task's to say, so the
bytes move on a helper thread while this one polls the task: its progress is reported, a cancel becomes
``task.cancel`` (xapi then stops the stream), and the outcome is the task's result or error. Bytes never sit in
memory beyond one chunk: downloads are written as they arrive, uploads read from their source as they go, with
a Content-Length (xapi's import refuses chunked bodies). Same TLS trust as the API (the session's pin); the
session goes in xapi's ``session_id`` cookie, never in the URL.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import requests

from xencenter import ORIGINATOR

from .errors import ProtocolError, SessionInvalid, TaskCancelled, XenAPIError
from .session import Session
from .tasks import FINISHED, wait_task
from .tls import TLSAdapter
from .transport import network_error
from .values import NULL_REF

CHUNK = 1024 * 1024
POLL_SECONDS = 0.25
#: How long a finished (or failed) stream waits for its task to end before the stream's own error is given.
SETTLE_SECONDS = 5.0

Progress = Callable[[float], None]


class _Stream:
    """An upload body read from ``chunks`` on demand, with a known length (so requests sends Content-Length)."""

    def __init__(self, chunks: Iterable[bytes], length: int, stop: threading.Event) -> None:
        self._chunks, self._length, self._stop = chunks, length, stop
        self.sent = 0

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks:
            if self._stop.is_set():
                raise TaskCancelled()
            self.sent += len(chunk)
            yield chunk


def _http(session: Session, fingerprint: str | None = None) -> requests.Session:
    http = requests.Session()
    http.trust_env = False  # trust is ours to decide, never the environment's
    http.headers["User-Agent"] = ORIGINATOR
    http.mount("https://", TLSAdapter(fingerprint or session.fingerprint))
    return http


def _query(task: str, params: dict[str, str]) -> dict[str, str]:
    return {"task_id": task, **params}


def _cookie(session: Session) -> dict[str, str]:
    """The session travels as xapi's ``session_id`` cookie, not in the URL (which logs and proxies keep)."""
    return {"Cookie": f"session_id={session.ref or NULL_REF}"}


def _check_status(session: Session, response: requests.Response, what: str) -> None:
    if response.status_code in (401, 403):
        raise SessionInvalid(params=[session.ref or NULL_REF])
    if response.status_code != 200:
        raise ProtocolError(f"the server answered the {what} with HTTP {response.status_code}")


def download(session: Session, task: str, path: str, params: dict[str, str], out: BinaryIO, *,
             progress: Progress | None = None, cancel: threading.Event | None = None,
             host: tuple[str, str | None] | None = None) -> Any:
    """GET ``path`` into ``out`` under ``task``; the task's result (xapi's error, or TaskCancelled, otherwise).
    ``host``: another host of the pool serves it (its URL and pin; ``/system-status`` is each host's own), the
    task is still followed through ``session``."""
    stop = threading.Event()
    url, fingerprint = host if host is not None else (session.url, None)

    def transfer(http: requests.Session) -> None:
        timeout = (session.connect_timeout, max(session.timeout, 60.0))
        with http.get(url + path, params=_query(task, params), headers=_cookie(session), stream=True,
                      timeout=timeout) as response:
            _check_status(session, response, "download")
            # http.client's response under urllib3's: readinto one reused buffer, no copies nor decoding layers
            source = getattr(response.raw, "_fp", None) or response.raw
            buffer = bytearray(CHUNK)
            view = memoryview(buffer)
            while not stop.is_set():
                n = source.readinto(buffer)
                if not n:
                    return
                out.write(view[:n])
            raise TaskCancelled()

    return _under_task(session, task, transfer, stop, progress, cancel, fingerprint, url)


def upload(session: Session, task: str, path: str, params: dict[str, str], chunks: Iterable[bytes], length: int,
           *, progress: Progress | None = None, cancel: threading.Event | None = None) -> Any:
    """PUT ``length`` bytes from ``chunks`` to ``path`` under ``task``; the task's result."""
    stop = threading.Event()

    def transfer(http: requests.Session) -> None:
        timeout = (session.connect_timeout, max(session.timeout, 60.0))
        body = _Stream(chunks, length, stop)
        with http.put(session.url + path, params=_query(task, params), data=body, timeout=timeout,
                      headers={"Content-Type": "application/octet-stream", **_cookie(session)}) as response:
            _check_status(session, response, "upload")

    return _under_task(session, task, transfer, stop, progress, cancel)


def _under_task(session: Session, task: str, transfer: Callable[[requests.Session], None], stop: threading.Event,
                progress: Progress | None, cancel: threading.Event | None, fingerprint: str | None = None,
                url: str = "") -> Any:
    """Run ``transfer`` on a helper thread while following the task; then the task's outcome."""
    http = _http(session, fingerprint)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            transfer(http)
        except BaseException as e:  # given to the caller below
            failure.append(e)

    worker = threading.Thread(target=run, name=f"transfer {task}", daemon=True)
    worker.start()
    cancelled_at: float | None = None
    try:
        while worker.is_alive():
            record = session.call("task.get_record", task)
            if progress is not None and record.get("status") == "pending":
                progress(float(record.get("progress", 0.0)))
            if cancel is not None and cancel.is_set() and cancelled_at is None:
                cancelled_at = time.monotonic()
                try:
                    session.call("task.cancel", task)
                except XenAPIError:
                    pass  # finished meanwhile, or not cancellable: its status tells
            if cancelled_at is not None and time.monotonic() - cancelled_at > SETTLE_SECONDS:
                stop.set()  # the server did not stop in time: stop our side
                http.close()
            worker.join(POLL_SECONDS)
        if failure and not _settled(session, task):
            _abandon(session, task)
            if cancelled_at is not None:
                raise TaskCancelled(params=[task])  # we stopped it ourselves: the user's cancel
            raise _transfer_error(session, failure[0], url or session.url)
        return wait_task(session, task, progress=progress, cancel=cancel)
    finally:
        stop.set()
        http.close()


def _settled(session: Session, task: str) -> bool:
    """Whether the task ends soon after its stream did (then its outcome explains the stream's end)."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        try:
            if session.call("task.get_record", task).get("status") in FINISHED:
                return True
        except XenAPIError:
            return False
        time.sleep(POLL_SECONDS / 2)
    return False


def _abandon(session: Session, task: str) -> None:
    """The server never took the task (the request did not get through): it is ours to end."""
    for method in ("task.cancel", "task.destroy"):
        try:
            session.call(method, task)
        except XenAPIError:
            pass  # already gone or finishing: nothing more to do


def _transfer_error(session: Session, exc: BaseException, url: str) -> BaseException:
    """The network's failures in the family's words (requests' errors are OSErrors too: they come first)."""
    if isinstance(exc, requests.RequestException):
        where = urlsplit(url)
        port = where.port or (443 if where.scheme == "https" else 80)
        return network_error(exc, where.hostname or session.host, port, connect_timeout=session.connect_timeout)
    return exc
