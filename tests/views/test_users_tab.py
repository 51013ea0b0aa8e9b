"""The pool's Users tab: XenCenter's blurb, Join Domain through its dialog, users added with a role (the role
dialog), Change Role and Remove on the selected row; refusals said on the buttons."""

from __future__ import annotations

from live_helpers import show_page

from xencenter.views.tabs.users import JoinDomainDialog, RoleDialog, UsersPage

WAIT = 20_000


def test_join_add_change_and_remove_from_the_users_tab(qtbot, demo, tmp_path, monkeypatch):
    window, connection, *_ = demo
    cache = connection.cache
    pool = cache.pool()
    page = show_page(qtbot, window, connection, pool, UsersPage)
    qtbot.waitUntil(lambda: page.note.text().startswith("AD is not currently configured for pool"), timeout=WAIT)
    buttons = page.buttons.buttons
    assert buttons["pool.ad-join"].isEnabled() and not buttons["pool.ad-leave"].isEnabled()
    assert buttons["subject.add"].toolTip() == "AD is not configured: join a domain first."

    def join(context, obj, given):
        dialog = JoinDomainDialog(obj, given)
        qtbot.addWidget(dialog)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.domain.setText("example.test")
        dialog.user.setText("Administrator")
        dialog.password.setText("secret")
        return dialog.answer()

    monkeypatch.setattr(window.context.dialogs, "join_domain", join)
    buttons["pool.ad-join"].click()
    qtbot.waitUntil(lambda: page.note.text() == f"Pool '{pool.name}' belongs to domain 'example.test'.",
                    timeout=WAIT)
    monkeypatch.setattr(window.context.prompter, "ask_text", lambda *a, **k: "EXAMPLE\\alice, EXAMPLE\\Operators")

    def choose(context, who, current):
        dialog = RoleDialog(who, current)
        qtbot.addWidget(dialog)
        dialog.choices["pool-operator"].setChecked(True)
        dialog.show()
        dialog.grab().save(str(tmp_path / "role.png"))
        return dialog.role()

    monkeypatch.setattr(window.context.dialogs, "choose_role", choose)
    buttons["subject.add"].click()
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 2, timeout=WAIT)
    rows = {page.table.topLevelItem(i).text(0): [page.table.topLevelItem(i).text(c) for c in range(4)]
            for i in range(2)}
    assert rows["EXAMPLE\\alice"] == ["EXAMPLE\\alice", "Alice Liddell", "User", "Pool Operator"]
    assert rows["EXAMPLE\\Operators"][2] == "Group"
    alice = next(page.table.topLevelItem(i) for i in range(2) if page.table.topLevelItem(i).text(0) == "EXAMPLE\\alice")
    alice.setSelected(True)
    monkeypatch.setattr(window.context.dialogs, "choose_role", lambda context, who, current: "read-only")
    buttons["subject.change-role"].click()
    qtbot.waitUntil(lambda: any(page.table.topLevelItem(i).text(3) == "Read Only"
                                for i in range(page.table.topLevelItemCount())), timeout=WAIT)
    window.grab().save(str(tmp_path / "users_tab.png"))
    monkeypatch.setattr(window.context.prompter, "confirm", lambda *a, **k: True)
    for i in range(page.table.topLevelItemCount()):
        page.table.topLevelItem(i).setSelected(page.table.topLevelItem(i).text(0) == "EXAMPLE\\alice")
    buttons["subject.remove"].click()
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 1, timeout=WAIT)
    assert [s.name for s in cache.all("subject")] == ["EXAMPLE\\Operators"]
