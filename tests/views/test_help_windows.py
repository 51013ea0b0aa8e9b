"""Help: the user guide, the keyboard shortcuts (what the window's keys really are), and the application log,
which never holds a password or a session id whoever logs them."""

from __future__ import annotations

import logging
import stat

import pytest
from PySide6.QtWidgets import QApplication

from tests.live import SIM_PASSWORD, SIM_USER
from xencenter.operations import applog
from xencenter.views.help_windows import GuideWindow, LogViewer, ShortcutsDialog
from xencenter.xenapi.secrets import MASK
from xencenter.xenapi.session import Session


@pytest.fixture
def file_log(tmp_path, monkeypatch):
    """The application log installed in a temporary folder; removed from the root logger afterwards."""
    monkeypatch.setenv(applog.LOG_DIR_ENV, str(tmp_path / "log"))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    formatters = {h: h.formatter for h in handlers}
    path = applog.install()
    yield path
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    for handler, formatter in formatters.items():
        handler.setFormatter(formatter)
    root.setLevel(level)


def test_the_log_never_holds_the_password_or_the_session(small_pool, file_log):
    session = Session(small_pool.url, fingerprint=small_pool.fingerprint, timeout=10)
    ref = session.login_with_password(SIM_USER, SIM_PASSWORD)
    try:
        session.call("secret.create", {"value": "chap-secret-1234"})
        log = logging.getLogger("xencenter.test")
        log.warning("login as %s with %s gave %s", SIM_USER, SIM_PASSWORD, ref)
        try:
            raise RuntimeError(f"failed with session {ref} and password {SIM_PASSWORD}, chap-secret-1234")
        except RuntimeError:
            log.exception("a failure whose message carries the secrets")
    finally:
        session.logout()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = file_log.read_text(encoding="utf-8")
    assert "login as root with" in text and "Traceback" in text, text
    for secret in (SIM_PASSWORD, ref, "chap-secret-1234"):
        assert secret not in text
    assert text.count(MASK) >= 6
    assert stat.S_IMODE(file_log.stat().st_mode) == 0o600


def test_the_log_viewer_shows_the_end_of_the_log(qtbot, file_log):
    logging.getLogger("xencenter.test").warning("a line the viewer must show")
    for handler in logging.getLogger().handlers:
        handler.flush()
    viewer = LogViewer()
    qtbot.addWidget(viewer)
    assert viewer.where.text() == str(file_log)
    assert viewer.text.toPlainText().rstrip().endswith("xencenter.test: a line the viewer must show")


def test_the_help_menu_opens_the_guide_and_the_shortcuts(qtbot, demo):
    window, *_ = demo
    help_menu = window.menus["Help"]
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["&User Guide", "&Keyboard Shortcuts", "View Application &Log"] and texts[-1] == "&About"
    window.command_actions.action_of("help.guide").trigger()
    guide = next(w for w in QApplication.topLevelWidgets() if isinstance(w, GuideWindow))
    assert guide.browser.toPlainText().startswith("XenCenter for everyone: user guide")
    assert "command palette" in guide.browser.toPlainText()
    guide.close()
    window.command_actions.action_of("help.shortcuts").trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    rows = {dialog.table.topLevelItem(i).text(0): dialog.table.topLevelItem(i).text(1)
            for i in range(dialog.table.topLevelItemCount())}
    assert rows["User Guide"] == "F1" and rows["Add Server"] == "Ctrl+Shift+A"
    assert rows["Command Palette"] == "Ctrl+Shift+P, Ctrl+K"
    dialog.close()


@pytest.mark.parametrize("language, title, words", [
    ("zh_CN", "XenCenter for everyone：用户指南", "命令面板"),
    ("ja", "XenCenter for everyone: ユーザー ガイド", "コマンド パレット"),
])
def test_the_guide_speaks_the_windows_language(qtbot, qapp, tmp_path, language, title, words):
    """Each translation names its own guide; every guide has the English one's sections."""
    from xencenter import i18n_build
    from xencenter.model import words as model_words
    from xencenter.views.help_windows import GUIDES, guide_path
    from xencenter.views.language import install_language

    assert i18n_build.release(i18n_build.I18N_DIR / f"xencenter_{language}.ts", tmp_path / f"xencenter_{language}.qm")
    translator = install_language(qapp, language, tmp_path)
    try:
        assert guide_path() == GUIDES / f"guide.{language}.md"
        guide = GuideWindow()
        qtbot.addWidget(guide)
        text = guide.browser.toPlainText()
        assert text.startswith(title) and words in text
    finally:
        qapp.removeTranslator(translator)
        model_words.install(None)
    assert guide_path() == GUIDES / "guide.md"
    sections = {p.name: [line for line in p.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
                for p in GUIDES.glob("guide*.md")}
    assert len({len(headings) for headings in sections.values()}) == 1, sections
