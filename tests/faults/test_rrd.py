"""/rrd_updates: the simulator's export (XML and JSON, per host, resident VMs only) and the client's parser
and fetcher over the pinned TLS, including fuzzed and hostile bodies."""

from __future__ import annotations

import json
import math
import time

import pytest
import requests
from fault_helpers import login
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import start_sim
from xencenter.sim.rrd import to_json, to_xml, updates
from xencenter.xenapi.errors import (
    CertificateMismatch,
    CertificateUntrusted,
    ProtocolError,
    SessionInvalid,
    XenAPIError,
)
from xencenter.xenapi.rrd import (
    Column,
    RRDUpdates,
    fetch_rrd_updates,
    parse_rrd_updates,
)

WRONG_PIN = "AB:" * 31 + "AB"


@pytest.fixture(scope="module")
def pool(request):
    server = start_sim("--hosts", "2", "--vms", "8")
    request.addfinalizer(server.stop)
    return server


@pytest.fixture
def session(pool):
    session = login(pool.url, pool.fingerprint)
    yield session
    session.logout()


def _raw(pool, session, **query) -> requests.Response:
    params = {"session_id": session.ref, "start": str(int(time.time()) - 60), "cf": "AVERAGE", "interval": "5",
              "host": "true", **query}
    return requests.get(f"{pool.url}/rrd_updates", params=params, verify=False, timeout=10)


def _hosts(api) -> dict[str, dict]:
    return api.host.get_all_records()


def _coordinator(api) -> str:
    return api.pool.get_master(api.pool.get_all()[0])


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_the_xml_export_has_xapis_shape(pool, session):
    reply = _raw(pool, session)
    assert reply.status_code == 200 and reply.headers["Content-Type"].startswith("text/xml")
    assert reply.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?><xport><meta><start>')
    export = parse_rrd_updates(reply.content)
    assert export.step == 5 and 10 <= len(export.rows) <= 13  # one minute of 5 s rows
    times = [t for t, _ in export.rows]
    assert times == sorted(times, reverse=True) and times[0] == export.end and times[-1] == export.start
    assert all(len(values) == len(export.columns) for _, values in export.rows)


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_a_host_reports_itself_and_only_its_resident_vms(pool, session):
    api = session.xenapi
    coordinator = _coordinator(api)
    hosts = _hosts(api)
    vms = api.VM.get_all_records()
    export = parse_rrd_updates(_raw(pool, session).content)
    kinds = {(c.kind, c.uuid) for c in map(Column.parse, export.columns)}
    expected_vms = {vms[v]["uuid"] for v in hosts[coordinator]["resident_VMs"] if not vms[v]["is_control_domain"]}
    assert {u for k, u in kinds if k == "vm"} == expected_vms and expected_vms
    assert {u for k, u in kinds if k == "host"} == {hosts[coordinator]["uuid"]}
    assert all(c.startswith("AVERAGE:") for c in export.columns)
    vm_uuid = next(iter(expected_vms))
    for metric in ("cpu0", "memory", "memory_internal_free"):
        assert f"AVERAGE:vm:{vm_uuid}:{metric}" in export.columns
    cpu = export.series(f"AVERAGE:vm:{vm_uuid}:cpu0")
    assert all(0 <= v <= 1 for _, v in cpu) and len({v for _, v in cpu}) > 1  # plausible, not constant
    memory = next(vms[v]["memory_target"] for v in vms if vms[v]["uuid"] == vm_uuid)
    assert export.latest(f"AVERAGE:vm:{vm_uuid}:memory") == pytest.approx(memory)


def test_the_member_endpoint_reports_the_members_vms(pool, session):
    api = session.xenapi
    member = next(h for h in _hosts(api) if h != _coordinator(api))
    member_url = next(iter(pool.members.values()))
    export = fetch_rrd_updates(session, member_url, int(time.time()) - 30, 5, pool.fingerprint)
    member_uuid = _hosts(api)[member]["uuid"]
    assert {c.uuid for c in map(Column.parse, export.columns) if c.kind == "host"} == {member_uuid}
    resident = {api.VM.get_uuid(v) for v in _hosts(api)[member]["resident_VMs"]}
    assert {c.uuid for c in map(Column.parse, export.columns) if c.kind == "vm"} <= resident


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_json_and_xml_carry_the_same_numbers(pool, session):
    start = str(int(time.time()) - 120)
    as_xml = parse_rrd_updates(_raw(pool, session, start=start, interval="60").content)
    reply = _raw(pool, session, start=start, interval="60", json="true")
    assert reply.headers["Content-Type"].startswith("application/json") and json.loads(reply.content)["meta"]
    as_json = parse_rrd_updates(reply.content)
    assert as_json.columns == as_xml.columns and as_json.step == 60
    assert [t for t, _ in as_json.rows] == [t for t, _ in as_xml.rows]


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_filters_steps_and_refusals(pool, session):
    api = session.xenapi
    vm_uuid = next(c.uuid for c in map(Column.parse, parse_rrd_updates(_raw(pool, session).content).columns)
                   if c.kind == "vm")
    only = parse_rrd_updates(_raw(pool, session, vm_uuid=vm_uuid).content)
    assert {Column.parse(c).uuid for c in only.columns} == {vm_uuid}
    day = parse_rrd_updates(_raw(pool, session, start=str(-3 * 86400), interval="86400").content)
    assert day.step == 86400 and 2 <= len(day.rows) <= 4
    assert _raw(pool, session, session_id="OpaqueRef:nobody").status_code == 401
    assert _raw(pool, session, start="yesterday").status_code == 400
    assert _raw(pool, session, cf="MEDIAN").status_code == 400
    assert api.pool.get_all()  # the session is untouched by the refusals


def test_fetch_goes_over_the_pin_and_refuses_others(pool, session):
    start = int(time.time()) - 10
    export = fetch_rrd_updates(session, pool.url, start, 5, pool.fingerprint)
    assert export.columns and export.rows
    with pytest.raises(CertificateMismatch):
        fetch_rrd_updates(session, pool.url, start, 5, WRONG_PIN)
    with pytest.raises(CertificateUntrusted):
        fetch_rrd_updates(session, pool.url, start, 5, None)


def test_fetch_with_a_dead_session_is_session_invalid(pool):
    gone = login(pool.url, pool.fingerprint)
    gone_ref = gone.ref
    gone.logout()
    gone._ref = gone_ref  # a session the server no longer knows
    with pytest.raises(SessionInvalid):
        fetch_rrd_updates(gone, pool.url, int(time.time()) - 10, 5, pool.fingerprint)


def test_faults_on_the_route_are_protocol_errors(pool, session):
    start = int(time.time()) - 10
    for kind in ("html500", "truncated", "invalid_xml"):
        session.xenapi.sim.malformed(kind, "/rrd_updates", 1)
        with pytest.raises(ProtocolError):
            fetch_rrd_updates(session, pool.url, start, 5, pool.fingerprint)
    assert fetch_rrd_updates(session, pool.url, start, 5, pool.fingerprint).rows


# -- the parser on its own -------------------------------------------------------------------------------------

SAMPLE = {"start": 100, "step": 5, "end": 110, "legend": ["AVERAGE:host:h1:cpu0", "AVERAGE:vm:v1:memory"],
          "rows": [(110, [0.5, float("nan")]), (105, [0.25, 1024.0]), (100, [0.0, 1024.0])]}


def test_both_formats_parse_to_the_same_export():
    xml, js = parse_rrd_updates(to_xml(SAMPLE)), parse_rrd_updates(to_json(SAMPLE))
    for export in (xml, js):
        assert export.columns == tuple(SAMPLE["legend"]) and (export.start, export.step, export.end) == (100, 5, 110)
        assert export.series("AVERAGE:host:h1:cpu0") == [(100, 0.0), (105, 0.25), (110, 0.5)]
        assert math.isnan(export.rows[0][1][1]) and export.latest("AVERAGE:vm:v1:memory") == 1024.0
    assert Column.parse("AVERAGE:vm:v1:vbd_xvda_read") == Column("AVERAGE", "vm", "v1", "vbd_xvda_read")


def test_old_xapis_json_with_bare_keys_is_understood():
    body = b'{meta: {start: 100, step: 5, end: 100, rows: 1, columns: 1, legend: ["AVERAGE:host:h:cpu0"]}, ' \
           b'data: [{t: 100, values: [0.5]}]}'
    assert parse_rrd_updates(body).series("AVERAGE:host:h:cpu0") == [(100, 0.5)]


@pytest.mark.parametrize("body", [
    b"", b"   ", b"null", b"[]", b"{}", b"<xport/>", b"<html><body>500</body></html>", b"<xport><meta>",
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><xport>&b;</xport>',
    to_xml(SAMPLE).replace(b"<v>0.2500</v>", b""),  # a short row
    to_xml(SAMPLE).replace(b"<v>0.2500</v>", b"<v>lots</v>"),
    to_xml(SAMPLE).replace(b"AVERAGE:host:h1:cpu0", b"cpu0"),
    to_json(SAMPLE).replace(b'"t":105', b'"t":"soon"'),
    to_json(SAMPLE).replace(b'"values":["0.2500"', b'"values":[true'),
    to_json(SAMPLE)[:40], b"\xff\xfe{", b"{" * 100_000,
])
def test_anything_else_is_a_protocol_error(body):
    with pytest.raises(ProtocolError):
        parse_rrd_updates(body)


legend_entries = st.builds(lambda c, k, u, n: f"{c}:{k}:{u}:{n}", st.sampled_from(["AVERAGE", "MAX"]),
                           st.sampled_from(["vm", "host", "sr"]), st.uuids().map(str),
                           st.text(min_size=1, max_size=12)) | st.text(max_size=20)
cells = st.floats(allow_nan=True) | st.sampled_from(["NaN", "Infinity", "-Infinity", "", "1e999", "0x10"]) \
    | st.integers() | st.none() | st.booleans()
exports = st.fixed_dictionaries({
    "meta": st.fixed_dictionaries({"legend": st.lists(legend_entries, max_size=4)},
                                  optional={"start": st.integers() | st.text(max_size=4), "step": st.integers()}),
    "data": st.lists(st.fixed_dictionaries({"t": st.integers() | st.text(max_size=4),
                                            "values": st.lists(cells, max_size=5)}), max_size=4),
})


def _only_protocol_errors(body: bytes) -> None:
    try:
        export = parse_rrd_updates(body)
    except XenAPIError as e:
        assert isinstance(e, ProtocolError)
        return
    assert isinstance(export, RRDUpdates)
    assert all(len(values) == len(export.columns) for _, values in export.rows)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=exports, cut=st.integers(0, 400), junk=st.binary(max_size=8))
def test_fuzz_json_exports(document, cut, junk):
    body = json.dumps(document).encode()
    for variant in (body, body[:cut], body[:cut] + junk + body[cut:]):
        _only_protocol_errors(variant)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(legend=st.lists(legend_entries, max_size=3), rows=st.lists(st.tuples(st.integers(0, 2**40),
       st.lists(st.floats(allow_nan=True), max_size=4)), max_size=3), cut=st.integers(0, 600),
       junk=st.binary(max_size=8), retag=st.sampled_from([b"v", b"t", b"row", b"entry", b"xport", b"meta"]))
def test_fuzz_xml_exports(legend, rows, cut, junk, retag):
    body = to_xml({"start": 0, "step": 5, "end": 0, "legend": legend, "rows": rows})
    for variant in (body, body[:cut], body[:cut] + junk + body[cut:], body.replace(b"<v>", b"<" + retag + b">", 1)):
        _only_protocol_errors(variant)


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=300))
def test_fuzz_random_bytes(body):
    _only_protocol_errors(body)


def test_the_sim_export_is_deterministic_for_a_time():
    from xencenter.sim.store import Store
    from xencenter.sim.synthetic import generate_pool

    store = Store(generate_pool(1, 3, seed=1))
    host = next(iter(store.records["host"]))
    query = {"start": "-60", "interval": "5", "host": "true"}
    first, second = updates(store, host, query, now=1_000_000), updates(store, host, query, now=1_000_000)
    assert first == second and first["legend"] and len(first["rows"]) == 12


def test_the_sim_usage_is_believable_and_moves():
    """What the Search tab's bars show: each running VM around its own load, a CPU figure per physical CPU of a
    host (cpu_info: the synthetic pools have no host_cpu objects), memory in use below the total, all moving
    over minutes."""
    from xencenter.sim.store import Store
    from xencenter.sim.synthetic import generate_pool

    store = Store(generate_pool(2, 12, seed=3))
    host = next(iter(store.records["host"]))
    query = {"start": "-5", "interval": "5", "host": "true"}

    def figures(now: int) -> dict[str, float]:
        export = updates(store, host, query, now=now)
        return dict(zip(export["legend"], export["rows"][0][1]))

    early, later = figures(1_000_000), figures(1_000_000 + 240)
    host_uuid = store.records["host"][host]["uuid"]
    cpus = [k for k in early if k.startswith(f"AVERAGE:host:{host_uuid}:cpu") and k[-1].isdigit()]
    assert len(cpus) == int(store.records["host"][host]["cpu_info"]["cpu_count"]) == 32
    vm_cpus = [k for k in early if ":vm:" in k and k.rsplit(":", 1)[1].startswith("cpu")]
    assert vm_cpus and all(0 <= early[k] <= 0.65 for k in vm_cpus)
    assert sum(early[k] != later[k] for k in vm_cpus) == len(vm_cpus)  # every figure moved in four minutes
    assert len({round(early[k], 3) for k in vm_cpus}) > len(vm_cpus) // 2  # VMs differ from one another
    total = early[f"AVERAGE:host:{host_uuid}:memory_total_kib"]
    assert 0.1 * total <= early[f"AVERAGE:host:{host_uuid}:memory_free_kib"] <= 0.7 * total
