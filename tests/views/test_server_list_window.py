"""The window's File > Import Server List: the servers join the tree (disconnected, under their names) and the
saved list; Export writes what the window lists."""

from __future__ import annotations

from tests.test_server_list_file import XENCENTER_WROTE
from xencenter.model.server_list_file import read
from xencenter.views.tree_model import IconKeyRole


def test_import_and_export_from_the_file_menu(qtbot, demo, tmp_path, monkeypatch):
    window, connection, *_ = demo
    texts = [a.text() for a in window.menus["File"].actions() if not a.isSeparator()]
    assert texts.index("&Export Server List...") + 1 == texts.index("Import Server Lis&t...")
    source, exported = tmp_path / "in.config", tmp_path / "out.config"
    source.write_bytes(XENCENTER_WROTE)
    monkeypatch.setattr(window.context.dialogs, "server_list_file", lambda context, save: str(source))
    window.command_actions.action_of("server.import-list").trigger()
    model = window.navigation.model

    def rows() -> dict[str, str]:
        return {model.index(i, 0).data(): model.index(i, 0).data(IconKeyRole) for i in range(model.rowCount())}

    qtbot.waitUntil(lambda: "Lab & test" in rows(), timeout=10_000)
    assert rows()["Lab & test"] == "connection:disconnected" and rows()["[fe80::1]:8443"] == "connection:disconnected"
    assert window.context.settings.servers.get("pool.example").display_name == "Lab & test"
    monkeypatch.setattr(window.context.dialogs, "server_list_file", lambda context, save: str(exported))
    window.command_actions.action_of("server.export-list").trigger()
    listed = read(exported)
    assert ("pool.example", "Lab & test") in [(s.hostname, s.friendly_name) for s in listed]
    assert len(listed) == len(window.context.settings.servers)  # the demo pool is in the (throwaway) list too
