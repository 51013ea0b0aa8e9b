"""A deliberately small raw client for the simulator tests: it shows the bytes on the wire.

It pins the simulator's printed certificate fingerprint (a mismatch fails the test) and speaks JSON-RPC 2.0
or 1.0 and XML-RPC by hand, so the envelopes themselves are under test rather than a client library's view.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import ssl
import time
import xmlrpc.client
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit


class Failure(Exception):
    def __init__(self, code: str, params: list[str]) -> None:
        super().__init__(code, *params)
        self.code = code
        self.params = params


@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Rpc:
    """One keep-alive connection to a simulator endpoint."""

    def __init__(self, url: str, fingerprint: str | None = None, timeout: float = 60.0) -> None:
        parts = urlsplit(url)
        self.url = url
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port
        self.fingerprint = fingerprint
        self.timeout = timeout
        self._https = parts.scheme == "https"
        self._conn: http.client.HTTPConnection | None = None
        self._ids = 0

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            if self._https:
                context = ssl.create_default_context()
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE  # pinned below instead
                conn = http.client.HTTPSConnection(self.host, self.port, timeout=self.timeout, context=context)
                conn.connect()
                der = conn.sock.getpeercert(binary_form=True)
                seen = ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())
                assert self.fingerprint is None or seen == self.fingerprint, (seen, self.fingerprint)
            else:
                conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self._conn = conn
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def post(self, path: str, body: bytes, content_type: str) -> Reply:
        conn = self._connection()
        try:
            conn.request("POST", path, body=body, headers={"Content-Type": content_type})
            response = conn.getresponse()
        except (http.client.HTTPException, OSError):
            self.close()
            raise
        reply = Reply(response.status, response.getheader("Content-Type", ""), response.read())
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        return reply

    # -- JSON-RPC -------------------------------------------------------------------------------------------

    def json_envelope(self, method: str, *params: Any, version: str = "2.0") -> dict[str, Any]:
        self._ids += 1
        request: dict[str, Any] = {"method": method, "params": list(params), "id": self._ids}
        if version == "2.0":
            request["jsonrpc"] = "2.0"
        reply = self.post("/jsonrpc", json.dumps(request).encode(), "application/json")
        assert reply.status == 200, reply
        assert reply.content_type == "application/json"
        return reply.json()

    def call(self, method: str, *params: Any) -> Any:
        envelope = self.json_envelope(method, *params)
        if "error" in envelope:
            raise Failure(envelope["error"]["message"], envelope["error"]["data"])
        return envelope["result"]

    def login(self, user: str = "root", password: str = "xenroot") -> str:
        return self.call("session.login_with_password", user, password, "1.1", "xencenter-tests")

    def wait_task(self, session: str, task: str, timeout: float = 10) -> dict:
        """The task's record once it is no longer pending."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            record = self.call("task.get_record", session, task)
            if record["status"] not in ("pending", "cancelling"):
                return record
            time.sleep(0.02)
        raise TimeoutError(task)

    # -- XML-RPC --------------------------------------------------------------------------------------------

    def xml_raw(self, method: str, *params: Any, path: str = "/") -> Reply:
        body = xmlrpc.client.dumps(tuple(params), method, allow_none=False).encode()
        return self.post(path, body, "text/xml")

    def xml_call(self, method: str, *params: Any) -> Any:
        reply = self.xml_raw(method, *params)
        assert reply.status == 200
        (status,), _ = xmlrpc.client.loads(reply.body)
        if status["Status"] != "Success":
            raise Failure(status["ErrorDescription"][0], status["ErrorDescription"][1:])
        return status["Value"]


def failure_of(fn: Any, *args: Any) -> Failure:
    """The Failure a call raises (the test fails if it succeeds)."""
    try:
        fn(*args)
    except Failure as failure:
        return failure
    raise AssertionError("the call succeeded")
