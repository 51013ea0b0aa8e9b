"""Tools > Options: the theme, the tree's options (the View > Show menu's), the console and notification
options take effect on OK and are remembered in options.json; Security forgets remembered passwords."""

from __future__ import annotations

import json

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from tests.live import MemoryKeyring
from tests.views.test_transfer_wizards import SHOTS
from xencenter.settings import SavedServer, Settings
from xencenter.views import theme
from xencenter.views.options_dialog import OptionsDialog


def open_options(qtbot, window) -> OptionsDialog:
    tools = window.menus["Tools"]
    assert [a.text() for a in tools.actions() if not a.isSeparator()] == ["&Server Status Report...", "&Options..."]
    window.command_actions.action_of("app.options").trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OptionsDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def test_options_take_effect_on_ok_and_are_remembered(qtbot, demo):
    window, _connection, _launch, _user_config, demo_dir = demo
    app = QApplication.instance()
    original = app.palette()
    try:
        dialog = open_options(qtbot, window)
        assert [dialog.pages.item(i).text() for i in range(dialog.pages.count())] == [
            "Display", "Console", "Notifications", "Updates", "Connection", "Language", "Security",
            "Save and Restore"]
        assert dialog.chosen_theme() == "" and dialog.tree_boxes["local_srs"].isChecked()
        dialog.theme_buttons["dark"].setChecked(True)
        dialog.tree_boxes["local_srs"].setChecked(False)
        dialog.tree_boxes["hidden_objects"].setChecked(True)
        dialog.console.quality.setCurrentIndex(dialog.console.quality.findData(5))
        assert dialog.console.scale_to_fit.isChecked() and dialog.console.share_clipboard.isChecked()
        dialog.console.share_clipboard.setChecked(False)
        dialog.console.grab_keyboard.setChecked(True)
        dialog.desktop_notifications.setChecked(False)
        dialog.accept()
        assert theme.is_dark() and app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        actions = window.navigation.option_actions
        assert not actions["local_srs"].isChecked() and actions["hidden_objects"].isChecked()
        assert not window.navigation.model.options.local_srs and window.navigation.model.options.hidden_objects
        assert not window.notifications.desktop_action.isChecked()
        saved = json.loads((demo_dir / "options.json").read_text())
        assert saved["display"] == {"theme": "dark", "language": "", "default_templates": False,
                                    "user_templates": True, "local_srs": False, "hidden_objects": True,
                                    "graph_colors": []}
        assert saved["console"]["jpeg_quality"] == 5 and saved["notifications"]["desktop"] is False
        assert (saved["console"]["scale_to_fit"], saved["console"]["share_clipboard"],
                saved["console"]["grab_keyboard"]) == (True, False, True)
        again = Settings.load(demo_dir, keyring_backend=MemoryKeyring())  # what the next start reads
        assert again.options.display.theme == "dark" and again.options.display.local_srs is False
        assert not again.options.console.share_clipboard and again.options.console.grab_keyboard
        actions["local_srs"].setChecked(True)  # View > Show remembers too
        assert json.loads((demo_dir / "options.json").read_text())["display"]["local_srs"] is True
    finally:
        theme.apply_theme(app, None)
        app.setPalette(original)


def test_security_forgets_every_remembered_password(tmp_path):
    memory = MemoryKeyring()
    settings = Settings.load(tmp_path, keyring_backend=memory)
    settings.remember(SavedServer("pool.example", "root", "Lab", reconnect_at_start=True, remember_password=True),
                      "s3cret-pass")
    settings.remember(SavedServer("other.example", "admin"), None)
    assert settings.passwords.get("pool.example", "root") == "s3cret-pass"
    assert settings.forget_passwords() == 1
    assert settings.passwords.get("pool.example", "root") is None
    reread = Settings.load(tmp_path, keyring_backend=memory)
    assert [(s.address, s.remember_password, s.reconnect_at_start) for s in reread.servers] == [
        ("pool.example", False, True), ("other.example", False, False)]


def test_an_unknown_theme_in_the_file_is_a_warning_and_the_defaults(tmp_path):
    (tmp_path / "options.json").write_text(json.dumps({"version": 1, "display": {"theme": "purple"}}))
    settings = Settings.load(tmp_path, keyring_backend=MemoryKeyring())
    assert settings.options.display.theme == "" and any("theme" in w for w in settings.warnings)


def test_updates_connection_and_language_pages_take_effect_and_are_remembered(qtbot, demo):
    from xencenter.settings import ConnectionOptions

    window, connection, _launch, _user_config, demo_dir = demo
    dialog = open_options(qtbot, window)
    assert not dialog.updates.check.isChecked() and "internet" in dialog.updates.findChildren(QLabel)[0].text()
    dialog.updates.check.setChecked(True)
    assert dialog.updates.found.text()  # what the servers say, or that they report nothing
    dialog.connection.connect_timeout.setValue(4)
    dialog.connection.read_timeout.setValue(40)
    dialog.connection.reconnect.setChecked(False)
    assert not dialog.connection.interval.isEnabled()
    dialog.language.language.setCurrentIndex(dialog.language.language.findData("ja"))
    assert dialog.language.language.currentText() == "日本語"
    dialog.show()
    for row, name in ((0, "display"), (1, "console"), (3, "updates"), (4, "connection"), (5, "language")):
        dialog.pages.setCurrentRow(row)
        QApplication.processEvents()
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / f"options-{name}.png"))
    dialog.accept()
    saved = json.loads((demo_dir / "options.json").read_text())
    assert saved["updates"] == {"check": True} and saved["display"]["language"] == "ja"
    assert saved["connection"] == {"connect_timeout": 4, "read_timeout": 40, "reconnect": False,
                                   "reconnect_interval": 30}
    assert window.context.connections.timing.connect_timeout == 4 and not connection.timing.reconnect
    again = Settings.load(demo_dir, keyring_backend=MemoryKeyring())
    assert again.options.connection == ConnectionOptions(4, 40, False, 30) and again.options.updates.check


def test_graph_colours_are_chosen_remembered_and_drawn(qtbot, demo, tmp_path):
    from xencenter.model.graphs import DesignedGraph
    from xencenter.model.perf_series import COLORS, PerformanceData, graphs_for
    from xencenter.xenapi.rrd import parse_rrd_updates

    window, _connection, _launch, _user_config, demo_dir = demo
    dialog = open_options(qtbot, window)
    box = dialog.graph_colors
    assert box.colors == list(COLORS) and not box.reset.isEnabled()
    box.set_color(1, "#123ABC")
    assert box.colors[1] == "#123abc" and box.reset.isEnabled() and "#123abc" in box.swatches[1].toolTip()
    dialog.accept()
    assert json.loads((demo_dir / "options.json").read_text())["display"]["graph_colors"][:3] == [
        COLORS[0], "#123abc", COLORS[2]]
    again = Settings.load(demo_dir, keyring_backend=MemoryKeyring())
    chosen = again.options.display.graph_colors
    assert chosen[1] == "#123abc" and len(chosen) == len(COLORS)
    xml = ("<xport><meta><start>0</start><step>5</step><end>10</end><rows>2</rows><columns>2</columns><legend>"
           "<entry>AVERAGE:vm:u:cpu0</entry><entry>AVERAGE:vm:u:cpu1</entry></legend></meta><data>"
           "<row><t>10</t><v>0.5</v><v>0.25</v></row><row><t>5</t><v>0.4</v><v>0.2</v></row></data></xport>")
    data = PerformanceData("vm", "u")
    data.merge(parse_rrd_updates(xml.encode()))
    designed = [DesignedGraph("CPU", ("cpu0", "cpu1"))]
    assert [line.color for line in graphs_for(data, designed, chosen)[0].lines] == [COLORS[0], "#123abc"]
    assert [line.color for line in graphs_for(data, designed, ())[0].lines] == list(COLORS[:2])
    dialog = open_options(qtbot, window)  # the dialog shows them, and Restore Default Colours undoes them
    assert dialog.graph_colors.colors[1] == "#123abc"
    dialog.graph_colors.reset.click()
    dialog.accept()
    assert json.loads((demo_dir / "options.json").read_text())["display"]["graph_colors"] == []


def test_bad_graph_colours_in_the_file_are_a_warning_and_the_defaults(tmp_path):
    (tmp_path / "options.json").write_text(json.dumps(
        {"version": 1, "display": {"theme": "dark", "graph_colors": ["red", "#12345"]}}))
    settings = Settings.load(tmp_path, keyring_backend=MemoryKeyring())
    assert settings.options.display.graph_colors == () and any("graph_colors" in w for w in settings.warnings)
