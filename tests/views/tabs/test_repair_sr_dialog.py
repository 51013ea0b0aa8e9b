"""The Repair Storage dialog: each server's connection of the SR, Repair plugs it again (read back with the
test's own session), the rows follow, and the window's sr.repair opens the dialog instead of repairing blind."""

from __future__ import annotations

from live_helpers import AnsweringPrompter
from tab_helpers import shoot

from xencenter.operations.context import make_context
from xencenter.settings import Settings
from xencenter.views.dialogs import WindowDialogs
from xencenter.views.repair_sr_dialog import RepairSRDialog

WAIT = 15000


def test_repair_plugs_the_unplugged_connection_and_shows_each_server(qtbot, tmp_path, live_pool):
    prompter = AnsweringPrompter()
    context = make_context(Settings.load(tmp_path / "settings"), prompter, prompter)
    context.connections.adopt(live_pool.connection)
    cache, admin = live_pool.connection.cache, live_pool.admin.xenapi
    sr = next(s for s in cache.all("SR") if s.shared and s.content_type != "iso" and s.type == "nfs")
    pbd = min(sr.PBDs, key=lambda p: p.host.name)
    admin.PBD.unplug(pbd.ref)
    qtbot.waitUntil(lambda: not cache.get("PBD", pbd.ref).currently_attached, timeout=WAIT)
    dialog = RepairSRDialog(context, cache.get("SR", sr.ref))
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dict(dialog.rows())
    assert rows[pbd.host.name] == "Unplugged" and list(rows.values()).count("Connected") == len(rows) - 1
    shoot(dialog, "repair-sr-before")
    dialog.repair_button.click()
    qtbot.waitUntil(lambda: dialog.operation is None and set(dict(dialog.rows()).values()) == {"Connected"},
                    timeout=WAIT)
    assert admin.PBD.get_currently_attached(pbd.ref) is True
    assert "connected on every server" in dialog.outcome.text() and not dialog.repair_button.isEnabled()
    shoot(dialog, "repair-sr-after")


def test_the_windows_sr_repair_opens_the_dialog(qtbot, tmp_path, live_pool):
    prompter = AnsweringPrompter()
    dialogs = WindowDialogs()
    context = make_context(Settings.load(tmp_path / "settings"), prompter, dialogs)
    context.connections.adopt(live_pool.connection)
    cache, admin = live_pool.connection.cache, live_pool.admin.xenapi
    sr = next(s for s in cache.all("SR") if s.shared and s.content_type != "iso" and s.type == "nfs")
    pbd = sr.PBDs[0]
    admin.PBD.unplug(pbd.ref)
    qtbot.waitUntil(lambda: not cache.get("PBD", pbd.ref).currently_attached, timeout=WAIT)
    assert context.commands["sr.repair"].run([cache.get("SR", sr.ref)], context) == []
    opened = [d for d in dialogs.open_dialogs if isinstance(d, RepairSRDialog)]
    assert len(opened) == 1 and admin.PBD.get_currently_attached(pbd.ref) is False
    opened[0].reject()
