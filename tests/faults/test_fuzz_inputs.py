"""Bad input from files and the network: only the project's own error types may escape.

tests/xenapi/test_codecs.py fuzzes the RPC envelopes and values; this adds what it does not reach: XML
declarations naming odd encodings, whole replies through ``Session`` (HTTP status and content type included),
wrong-typed records through the client's datamodel types into the cache, and the simulator's state-database
loader (malformed XML, broken S-expressions, undecodable values). The RRD parser is fuzzed in test_rrd.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xmlrpc.client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, XAPI_DBS
from xencenter.model.cache import ObjectCache
from xencenter.sim.faults import wrong_types
from xencenter.sim.statedb import StateDBError, load_state_db
from xencenter.xenapi import jsonrpc_codec, xmlrpc_codec
from xencenter.xenapi.errors import ProtocolError, XenAPIError
from xencenter.xenapi.events import parse_event_batch
from xencenter.xenapi.values import typed_result

ENCODINGS = ["utf-8", "UTF-8", "utf-16", "latin-1", "ascii", "U-TF-8", "rot13", "base64", "", "x" * 300, "utf_32"]


def _xml_reply(value) -> bytes:
    return xmlrpc.client.dumps(({"Status": "Success", "Value": value},), methodresponse=True,
                               allow_none=True).encode()


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_any_declared_encoding_is_decoded_or_refused_as_a_protocol_error(encoding):
    body = _xml_reply("OpaqueRef:x").replace(b"<?xml version='1.0'?>",
                                             f'<?xml version="1.0" encoding="{encoding}"?>'.encode())
    try:
        assert xmlrpc_codec.decode_response(body) == "OpaqueRef:x"
    except ProtocolError:
        pass


@settings(max_examples=200, deadline=None)
@given(encoding=st.text(max_size=12), version=st.sampled_from(["1.0", "1.1", "2", ""]), tail=st.binary(max_size=20))
def test_fuzz_xml_declarations(encoding, version, tail):
    head = f'<?xml version="{version}" encoding="{encoding}"?>'.encode("utf-8", "replace")
    try:
        xmlrpc_codec.decode_response(head + _xml_reply("x").split(b"?>", 1)[1] + tail)
    except ProtocolError:
        pass


# -- wrong types through the client's datamodel types into the cache ----------------------------------------

CLASSES = ["VM", "host", "SR", "VDI", "VBD", "VIF", "network", "pool", "VM_metrics", "console", "host_metrics"]
values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=6), kids, max_size=3),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def real_records():
    from xencenter.sim.synthetic import generate_pool

    records = generate_pool(1, 3, seed=3)
    return {cls: next(iter(records[cls].items())) for cls in CLASSES if records[cls]}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cls=st.sampled_from(CLASSES), field_index=st.integers(0, 400), value=values,
       protocol=st.sampled_from(["json", "xml"]), mangle_all=st.booleans())
def test_wrong_types_in_event_snapshots_are_refused_or_harmless(real_records, cls, field_index, value, protocol,
                                                                mangle_all):
    """A record with a field of the wrong type is refused as a ProtocolError by the client or stored; it never
    raises anything else, on the wire or in the cache."""
    ref, record = real_records[cls]
    snapshot = dict(record)
    if mangle_all:
        snapshot = wrong_types(snapshot)
    else:
        name = sorted(snapshot)[field_index % len(snapshot)]
        snapshot[name] = value
    batch = {"events": [{"id": "1", "timestamp": "1", "class": cls.lower(), "operation": "add", "ref": ref,
                         "snapshot": snapshot}], "valid_ref_counts": {}, "token": "1,0"}
    if protocol == "json":
        body = json.dumps({"jsonrpc": "2.0", "result": batch, "id": 1}, default=str).encode()
        def decode(b: bytes):
            return jsonrpc_codec.decode_response(b, 1)
    else:
        try:
            body = _xml_reply(json.loads(json.dumps(batch, default=str)))
        except OverflowError:
            return  # XML-RPC cannot even carry such an int: no server could send it
        decode = xmlrpc_codec.decode_response
    cache = ObjectCache()
    try:
        events = parse_event_batch(typed_result("event.from", decode(body))).events
    except XenAPIError as e:
        assert isinstance(e, ProtocolError), e
        return
    cache.refill(events)
    assert cache.record(cls, ref) is not None


# -- the state-database loader ------------------------------------------------------------------------------

SMALL_DB = min(XAPI_DBS, key=lambda p: p.stat().st_size)


def _write(tmp_path, text: str | bytes):
    path = tmp_path / "state.db"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


@pytest.mark.parametrize("content, words", [
    ("", "not well-formed"),
    ("<database><table name='VM'>", "not well-formed"),
    ("<html><body>not a database</body></html>", "not a XAPI state database"),
    ("<database><table name='VM'><row name__label='x'/></table></database>", "has no _ref"),
    ("<database><table name='VM'><row _ref='OpaqueRef:a' memory__static_max='lots'/></table></database>",
     "table VM, row OpaqueRef:a, field memory_static_max"),
    ("<database><table name='VM'><row _ref='OpaqueRef:a' VCPUs__max='1e999'/></table></database>",
     "field VCPUs_max"),
    ("<database><table name='VM'><row _ref='OpaqueRef:a' other_config='" + "(" * 5000 + "'/></table></database>",
     "field other_config"),
    ("<database><table name='host'><row _ref='OpaqueRef:h' cpu_info='((&apos;a&apos; (&apos;b&apos;)))'/>\
</table></database>", "field cpu_info"),
    ("<database><table name='VM'><row _ref='OpaqueRef:a' allowed_operations='(())'/></table></database>",
     "field allowed_operations"),
])
def test_a_damaged_database_raises_its_own_error_saying_where(tmp_path, content, words):
    with pytest.raises(StateDBError, match=words.replace("(", r"\(")):
        load_state_db(_write(tmp_path, content))


def test_truncated_real_dumps_load_or_raise_state_db_errors(tmp_path):
    data = SMALL_DB.read_bytes()
    for cut in range(0, len(data), max(1, len(data) // 40)):
        try:
            load_state_db(_write(tmp_path, data[:cut]))
        except StateDBError:
            pass


attribute_values = st.text(alphabet=st.sampled_from("()'\"\\ %_ntab0123.-eE:"), max_size=30) | st.text(max_size=10)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=st.sampled_from(["VM", "host", "SR", "VDI", "VBD", "pool", "task", "no_such_class", "vm"]),
       field=st.sampled_from(["name__label", "other_config", "memory__static_max", "VCPUs__max", "allowed_operations",
                              "is_a_template", "start_time", "resident_on", "tags", "VBDs", "cpu_info",
                              "current_operations", "progress", "blocked_operations", "_ref", "x__y__z"]),
       value=attribute_values)
def test_fuzz_row_values(tmp_path, table, field, value):
    from xml.sax.saxutils import quoteattr

    ref = "" if field == "_ref" else " _ref='OpaqueRef:r'"
    content = f"<database><table name='{table}'><row{ref} {field}={quoteattr(value)}/></table></database>"
    try:
        load_state_db(_write(tmp_path, content))
    except StateDBError:
        pass


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(max_size=12), at=st.integers(0, 10**9))
def test_fuzz_bytes_in_a_real_dump(tmp_path, junk, at):
    data = SMALL_DB.read_bytes()
    at %= len(data)
    try:
        load_state_db(_write(tmp_path, data[:at] + junk + data[at + len(junk):]))
    except StateDBError:
        pass


def test_the_simulator_refuses_a_damaged_database_in_words(tmp_path):
    path = _write(tmp_path, "<database><table name='VM'><row _ref='OpaqueRef:a' VCPUs__max='many'/></table></database>")
    done = subprocess.run([sys.executable, "-m", "xencenter.sim", "--db", str(path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "field VCPUs_max" in done.stderr and "Traceback" not in done.stderr
