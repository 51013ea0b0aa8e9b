"""event.from over a real HTTPS simulator: a reply large enough to be decoded while it arrives gives the same
records as decoding it whole, and a broken one is an error in words."""

from __future__ import annotations

import json

import pytest
import requests

from tests.live import SIM_PASSWORD, SIM_USER
from xencenter.xenapi import json_pieces
from xencenter.xenapi.errors import ProtocolError, TransportError
from xencenter.xenapi.events import snapshot_record
from xencenter.xenapi.records import Record, as_builtins
from xencenter.xenapi.session import Session


@pytest.fixture(scope="module")
def big_pool():
    from xencenter.sim.process import SimProcess

    server = SimProcess.start(["--hosts", "4", "--vms", "300", "--port", "0"])
    yield server
    server.stop()


def _raw_events(server) -> dict:
    """The reply decoded whole by json.loads, the way the official SDKs do."""
    http = requests.Session()
    login = {"jsonrpc": "2.0", "method": "session.login_with_password", "params": [SIM_USER, SIM_PASSWORD], "id": 1}
    ref = http.post(server.url + "/jsonrpc", json=login, verify=False).json()["result"]
    call = {"jsonrpc": "2.0", "method": "event.from", "params": [ref, ["*"], "", 5.0], "id": 2}
    body = http.post(server.url + "/jsonrpc", json=call, verify=False).content
    assert len(body) > 4 * json_pieces.PIECE  # large enough to be streamed in several runs
    return json.loads(body)["result"]


def _session(server) -> Session:
    session = Session(server.url, fingerprint=server.fingerprint, timeout=10)
    session.login_with_password(SIM_USER, SIM_PASSWORD)
    return session


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_streamed_records_equal_the_whole_reply(big_pool):
    raw = _raw_events(big_pool)
    with _session(big_pool) as session:
        batch = session.event_from(["*"], "", 5.0)
    assert len(batch.events) == len(raw["events"])
    assert all(isinstance(e.snapshot, Record) for e in batch.events)
    mine = {(e.cls, e.ref): as_builtins(e.snapshot) for e in batch.events}
    theirs = {(e["class"], e["ref"]): as_builtins(snapshot_record(e["class"], e["snapshot"])) for e in raw["events"]}
    assert mine == theirs
    assert batch.token and batch.valid_ref_counts


@pytest.mark.parametrize("kind", ["truncated", "wrong_types"])
def test_a_broken_large_reply_is_an_error_in_words(big_pool, kind):
    with _session(big_pool) as session, _session(big_pool) as admin:
        admin.call("sim.malformed", kind, "event.from", 1)
        with pytest.raises((ProtocolError, TransportError)) as failure:
            session.event_from(["*"], "", 5.0)
        assert str(failure.value) and "Traceback" not in str(failure.value)
        assert len(session.event_from(["*"], "", 5.0).events) > 1000  # the rule is used up; all is well again


def test_a_connection_dropped_while_streaming_is_a_transport_error(big_pool):
    with _session(big_pool) as session, _session(big_pool) as admin:
        chunks_read = []
        original = session._chunks

        def drop_after_first_chunk(response, read_timeout):
            for chunk in original(response, read_timeout):
                chunks_read.append(len(chunk))
                if len(chunks_read) == 1:
                    admin.call("sim.drop_connections")
                yield chunk

        session._chunks = drop_after_first_chunk  # type: ignore[method-assign]
        with pytest.raises((TransportError, ProtocolError)):
            session.event_from(["*"], "", 5.0)
        session._chunks = original  # type: ignore[method-assign]
        assert len(session.event_from(["*"], "", 5.0).events) > 1000
