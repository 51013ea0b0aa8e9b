"""XenCenter's perfmon document: read leniently, written exactly as XenCenter writes it, in xapi's units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from xencenter.model import perfmon

XENCENTER = ('<config><variable><name value="cpu_usage" /><alarm_trigger_level value="0.5" />'
             '<alarm_trigger_period value="60" /><alarm_auto_inhibit_period value="3600" /></variable></config>')


def test_round_trip_is_byte_for_byte_xencenters():
    definitions = perfmon.parse(XENCENTER)
    assert definitions == [perfmon.Definition("cpu_usage", Decimal("0.5"), Decimal(60), Decimal(3600))]
    assert perfmon.to_xml(definitions) == XENCENTER


def test_unreadable_documents_and_variables_are_skipped():
    assert perfmon.parse("not xml <") == []
    assert perfmon.parse("") == [] and perfmon.parse(None) == []
    mixed = ('<config><variable><name value="cpu_usage" /><alarm_trigger_level value="lots" /></variable>'
             '<variable><name value="network_usage" /><alarm_trigger_level value="102400" /></variable></config>')
    assert [(d.name, d.level, d.period) for d in perfmon.parse(mixed)] == [("network_usage", Decimal(102400), 60)]


@pytest.mark.parametrize(("kind", "gui", "xapi"), [
    (perfmon.CPU, Decimal(90), Decimal("0.9")), (perfmon.NETWORK, Decimal(100), Decimal(102400)),
    (perfmon.MEMORY, Decimal(1000), Decimal(1024000)), (perfmon.SR_THROUGHPUT, Decimal(1024), Decimal(1)),
    (perfmon.SR_USAGE, Decimal(80), Decimal("0.8")),
])
def test_units_are_xencenters(kind, gui, xapi):
    assert kind.xapi_level(gui) == xapi and kind.gui_level(xapi) == gui


def test_command_line_alerts_are_checked():
    assert perfmon.parse_alert("cpu=90/5", "host") == perfmon.AlertSetting("cpu", Decimal(90), 5)
    for bad in ("disk=10", "cpu=101", "cpu=50/61", "cpu", "cpu=x"):
        with pytest.raises(ValueError):
            perfmon.parse_alert(bad, "host")
