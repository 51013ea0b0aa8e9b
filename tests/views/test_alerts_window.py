"""Notifications > Alerts in the window against the simulator: alerts arrive live, dismissing removes them on
the server (read back with the official SDK), filters and sort, the badge, desktop notifications, export."""

from __future__ import annotations

import csv

import XenAPI

from tests.views.live_helpers import PASSWORD, USER
from xencenter.views.main_window import MainWindow

WAIT = 15_000


def sdk_session(server):
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    return session


def window_of(qtbot, live) -> MainWindow:
    window = MainWindow(live.context)
    qtbot.addWidget(window)
    window.navigation.set_view("notifications")
    return window


def test_alerts_arrive_live_and_dismiss_on_the_server(qtbot, live, small_pool):
    window = window_of(qtbot, live)
    page = window.notifications.alerts_page
    assert window.right_stack.currentWidget() is window.notifications.pages
    before = len(page.model.alerts)
    assert before == live.cache.count("message") > 0  # those already there at login, not announced
    assert window.notifications.announced == []
    session = sdk_session(small_pool)
    try:
        api = session.xenapi
        vm = live.vms("Running")[0]
        ref = api.message.create("VM_CRASHED", "1", "VM", vm.uuid, "")
        qtbot.waitUntil(lambda: any(a.ref == ref for a in page.model.alerts), timeout=WAIT)
        assert page.model.alerts[0].ref == ref  # newest first
        assert window.notifications.alerts_item.text() == f"Alerts ({before + 1})"
        assert window.notifications.badge.text() == f"{before + 1} alerts"
        assert window.notifications.announced == [(f"Critical: {vm.name}: VM Crashed",
                                                   f"Virtual machine '{vm.name}' has crashed")]

        page.table.setCurrentIndex(page.model.index(0, 0))
        assert f"Virtual machine '{vm.name}' has crashed" in page.details.toPlainText()
        page.dismiss(page.selected())
        assert live.prompter.asked[-1][0] == "Dismiss Alerts"
        qtbot.waitUntil(lambda: ref not in api.message.get_all(), timeout=WAIT)
        qtbot.waitUntil(lambda: all(a.ref != ref for a in page.model.alerts), timeout=WAIT)
    finally:
        session.xenapi.session.logout()


def test_filters_sort_and_go_to_object(qtbot, live):
    window = window_of(qtbot, live)
    page = window.notifications.alerts_page
    total = len(page.model.alerts)
    majors = [a for a in page.model.alerts if a.priority == 2]
    assert 0 < len(majors) < total
    for priority, action in page.severity_actions.items():
        action.setChecked(priority == 2)
    assert [a.uuid for a in page.model.alerts] == [a.uuid for a in majors]
    assert page.count_label.text() == f"Alerts found: {len(majors)}    Total alerts: {total}"
    for action in page.severity_actions.values():
        action.setChecked(True)
    page.search.setText("licen")
    assert page.model.alerts and all("licen" in (a.title + a.body).lower() for a in page.model.alerts)
    page.search.setText("")
    page._on_header(0)  # severity, most urgent first
    priorities = [a.priority or 6 for a in page.model.alerts]
    assert priorities == sorted(priorities)
    page._on_header(0)
    assert [a.priority or 6 for a in page.model.alerts] == sorted(priorities, reverse=True)

    vm_alert = next(a for a in page.model.alerts if a.object_cls == "VM" and a.object_ref)
    page._go_to(vm_alert)
    assert not window.navigation.showing_notifications
    qtbot.waitUntil(lambda: [o.ref for o in window.navigation.selection()] == [vm_alert.object_ref], timeout=WAIT)


def test_export_writes_xencenters_csv(qtbot, live, tmp_path):
    window = window_of(qtbot, live)
    page = window.notifications.alerts_page
    path = tmp_path / "alerts.csv"
    page.export(path)
    rows = list(csv.reader(path.open(newline="")))
    assert rows[0] == ["Title", "Severity", "Description", "Applies To", "TimeStamp"]
    assert [row[0] for row in rows[1:]] == [a.title for a in page.model.alerts]  # bodies keep their new lines
    page.export(tmp_path / "missing" / "alerts.csv")
    assert live.prompter.errors[-1][0] == "Export All" and "could not be saved" in live.prompter.errors[-1][1]


def test_desktop_notifications_can_be_turned_off(qtbot, live, small_pool):
    window = window_of(qtbot, live)
    window.notifications.desktop_action.setChecked(False)
    assert live.context.settings.options.notifications.desktop is False
    session = sdk_session(small_pool)
    try:
        vm = live.vms("Running")[0]
        ref = session.xenapi.message.create("VM_CRASHED", "1", "VM", vm.uuid, "")
        page = window.notifications.alerts_page
        qtbot.waitUntil(lambda: any(a.ref == ref for a in page.model.alerts), timeout=WAIT)
        assert window.notifications.announced == []
    finally:
        session.xenapi.session.logout()


def test_two_hundred_alerts_fill_the_pane(qtbot, live, small_pool):
    """The pane with 200 alerts of mixed kinds: every one listed, the badge counts them; a screenshot to look
    at (/tmp/shots/alerts-200.png)."""
    from pathlib import Path

    window = window_of(qtbot, live)
    window.resize(1280, 800)
    window.show()
    page = window.notifications.alerts_page
    before = len(page.model.alerts)
    session = sdk_session(small_pool)
    try:
        api = session.xenapi
        vms, hosts = live.vms("Running"), api.host.get_all()
        kinds = (("VM_CRASHED", "1", "VM"), ("HA_HOST_FAILED", "2", "Host"), ("VM_REBOOTED", "4", "VM"),
                 ("ALARM", "3", "Host"), ("LICENSE_EXPIRES_SOON", "2", "Host"), ("VM_SHUTDOWN", "5", "VM"))
        for i in range(200):
            name, priority, cls = kinds[i % len(kinds)]
            uuid = vms[i % len(vms)].uuid if cls == "VM" else api.host.get_uuid(hosts[i % len(hosts)])
            body = ('value: 0.95\nconfig:\n<variable>\n<name value="cpu_usage"/>\n</variable>' if name == "ALARM"
                    else "")
            api.message.create(name, priority, cls, uuid, body)
    finally:
        session.xenapi.session.logout()
    qtbot.waitUntil(lambda: len(page.model.alerts) == before + 200, timeout=WAIT * 2)
    assert page.model.rowCount() == before + 200
    assert window.notifications.badge.text() == f"{before + 200} alerts"
    shots = Path("/tmp/shots")
    shots.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(shots / "alerts-200.png"))


def test_only_the_server_whose_messages_changed_is_read_again(qtbot, live, monkeypatch):
    """Twenty pools logging in one after another must not parse every pool's messages twenty times."""
    from xencenter.model.cache import ChangeSet
    from xencenter.views import alerts_page

    window = window_of(qtbot, live)
    page = window.notifications.alerts_page
    shown = list(page.model.alerts)
    read: list[str] = []
    real = alerts_page.alerts_of
    monkeypatch.setattr(alerts_page, "alerts_of", lambda cache, source: read.append(source) or real(cache, source))
    messages = ChangeSet(changed={("message", "OpaqueRef:any")})

    page.on_changes(messages, "another-server:443")
    qtbot.waitUntil(lambda: page._dirty == set(), timeout=WAIT)
    assert read == []  # this server's alerts were kept, not read again
    assert list(page.model.alerts) == shown

    page.on_changes(messages, live.source)
    qtbot.waitUntil(lambda: read == [live.source], timeout=WAIT)
    page.on_changes(messages)  # a batch of unknown origin: everything again
    qtbot.waitUntil(lambda: len(read) == 2, timeout=WAIT)
    assert list(page.model.alerts) == shown
