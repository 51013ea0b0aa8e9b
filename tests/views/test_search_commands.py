"""The search commands on a live connection with answering dialogs: Save asks the name and pool (cancel saves
nothing), Import shows the file's search; what Save stored is read back with the official SDK."""

from __future__ import annotations

import XenAPI
from live_helpers import PASSWORD, USER

from xencenter.model.xensearch.files import export_xml
from xencenter.model.xensearch.marshal import parse_search
from xencenter.model.xensearch.saved import builtin_searches
from xencenter.operations.history import OperationStatus


def stored_searches(server) -> dict[str, str]:
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    try:
        [pool] = session.xenapi.pool.get_all()
        return {k: v for k, v in session.xenapi.pool.get_gui_config(pool).items() if ".Search-" in k}
    finally:
        session.xenapi.session.logout()


def test_save_asks_and_cancel_saves_nothing(qtbot, live, small_pool):
    by_tag = next(s for s in builtin_searches() if s.name == "Resources by Tag")
    live.prompter.search_shown = by_tag  # what the window's Search tab would show
    live.prompter.confirm_answer = False
    assert live.commands["search.save"].run([], live.context) == []
    assert live.prompter.asked[-1] == ("save search", "Resources by Tag (2)")  # the built-in keeps its name
    assert stored_searches(small_pool) == {}
    live.prompter.confirm_answer, live.prompter.text_answer = True, "Tagged things"
    [op] = live.commands["search.save"].run([], live.context)
    qtbot.waitUntil(lambda: op.status is OperationStatus.SUCCESS, timeout=10_000)
    [(key, xml)] = stored_searches(small_pool).items()
    saved = parse_search(xml)
    assert (saved.name, saved.query, saved.grouping) == ("Tagged things", by_tag.query, by_tag.grouping)
    assert key == f"xensearch.Search-{saved.uuid}" and not saved.builtin


def test_import_shows_the_files_search(live, tmp_path):
    by_os = next(s for s in builtin_searches() if s.name == "VMs by Operating System")
    path = tmp_path / "os.xensearch"
    path.write_text(export_xml([by_os]))
    live.prompter.file_answer = str(path)
    assert live.commands["search.import"].run([], live.context) == []
    shown = live.prompter.search_shown
    assert (shown.name, shown.query, shown.grouping) == (by_os.name, by_os.query, by_os.grouping)
