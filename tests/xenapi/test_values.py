"""xapi's value quirks: dates, schema-typed results, fingerprints, task results."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from xencenter.xenapi import (
    NULL_REF,
    ProtocolError,
    format_fingerprint,
    normalize_datetime,
    parse_task_result,
    parse_xapi_datetime,
)
from xencenter.xenapi.values import methods_without_session, typed_result


@pytest.mark.parametrize(
    "text",
    ["20240101T13:20:11Z", "20240101T13:20:11", "2024-01-01T13:20:11Z", "20240101T14:20:11+01:00",
     "20240101T13:20:11.250Z", "2024-01-01T08:20:11-05:00"],
)
def test_dates_with_and_without_z_mean_the_same_instant(text: str) -> None:
    assert parse_xapi_datetime(text) == datetime(2024, 1, 1, 13, 20, 11, tzinfo=timezone.utc)
    assert normalize_datetime(text) == "20240101T13:20:11Z"


def test_a_string_that_is_not_a_date_is_left_alone() -> None:
    assert normalize_datetime("yesterday") == "yesterday"
    with pytest.raises(ValueError):
        parse_xapi_datetime("yesterday")


def test_records_get_numbers_where_the_datamodel_says_int_or_float() -> None:
    # XML-RPC carries 64-bit ints as strings; JSON-RPC as numbers: both must end up equal.
    from_xml = {"OpaqueRef:a": {"memory_static_max": "4294967296", "user_version": "1", "name_label": "42",
                                "VCPUs_max": "2", "power_state": "Running", "resident_on": NULL_REF}}
    from_json = {"OpaqueRef:a": {"memory_static_max": 4294967296, "user_version": 1, "name_label": "42",
                                 "VCPUs_max": 2, "power_state": "Running", "resident_on": NULL_REF}}
    assert typed_result("VM.get_all_records", from_xml) == typed_result("VM.get_all_records", from_json)
    assert from_xml["OpaqueRef:a"]["memory_static_max"] == 4294967296
    assert from_xml["OpaqueRef:a"]["name_label"] == "42"  # a string field stays a string


def test_nested_maps_sets_and_dates_are_typed() -> None:
    metrics = {"VCPUs_utilisation": {"0": "0.25"}, "VCPUs_number": "2", "start_time": "20240101T00:00:00",
               "VCPUs_params": {"weight": "256"}, "VCPUs_CPU": {"0": "3"}}
    typed = typed_result("VM_metrics.get_record", metrics)
    assert typed["VCPUs_utilisation"] == {"0": 0.25}
    assert typed["VCPUs_CPU"] == {"0": 3}
    assert typed["VCPUs_params"] == {"weight": "256"}
    assert typed["start_time"] == "20240101T00:00:00Z"
    assert typed_result("VM.get_memory_static_max", "1024") == 1024
    assert typed_result("host.get_servertime", "20240101T10:00:00") == "20240101T10:00:00Z"


def test_unknown_methods_and_fields_pass_through() -> None:
    assert typed_result("Async.VM.start", "OpaqueRef:task") == "OpaqueRef:task"
    assert typed_result("VM.no_such_method", {"x": "1"}) == {"x": "1"}
    assert typed_result("VM.get_record", {"future_field": "7"}) == {"future_field": "7"}


@pytest.mark.parametrize(
    ("method", "value"),
    [("VM.get_all_records", ["not", "a", "map"]), ("VM.get_record", "text"),
     ("VM.get_memory_static_max", "many"), ("VM.get_all", {"a": 1}), ("VM_metrics.get_record", {"start_time": 5})],
)
def test_a_result_of_the_wrong_shape_is_a_protocol_error(method: str, value: object) -> None:
    with pytest.raises(ProtocolError):
        typed_result(method, value)


def test_logins_are_the_only_calls_without_a_session() -> None:
    assert methods_without_session() == {"session.login_with_password", "session.slave_local_login_with_password"}


@pytest.mark.parametrize(
    "raw",
    ["ab:cd:" * 15 + "ef:01", "ABCD" * 15 + "EF01", " " + "abcd" * 15 + "ef01\n", "AB-CD-" * 15 + "EF-01"],
)
def test_fingerprints_in_any_spelling_are_normalised(raw: str) -> None:
    assert format_fingerprint(raw) == ":".join(["AB", "CD"] * 15 + ["EF", "01"])


def test_a_fingerprint_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError):
        format_fingerprint("AB:CD")


@pytest.mark.parametrize(
    ("result", "parsed"),
    [("<value>OpaqueRef:x</value>", "OpaqueRef:x"), ("", None), (None, None), ("<value></value>", None),
     ("<value><array><data><value>a</value><value>b</value></data></array></value>", ["a", "b"]),
     ("  <value>OpaqueRef:y</value>\n", "OpaqueRef:y"), ("plain", "plain")],
)
def test_task_results_are_parsed(result: str | None, parsed: object) -> None:
    assert parse_task_result(result) == parsed


def test_a_broken_task_result_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError):
        parse_task_result("<value>OpaqueRef:x")
