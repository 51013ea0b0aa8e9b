"""No word reaches a Qt text API of the window untranslated: in ``xencenter/views`` and ``xencenter/console``, a
string literal (or an f-string) with letters passed straight to ``setText``, ``QLabel(...)``, ``addRow``,
``QMessageBox.*`` and their kin fails, so a new dialog cannot ship English-only. Words from the model come as
variables and are the model's own translations; declared constants go through ``QT_TRANSLATE_NOOP`` and are
translated where shown, which this check cannot see (tests/test_translations.py checks they are translated)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

FOLDERS = ("xencenter/views", "xencenter/console")
#: Calls whose positional arguments are shown to the user (constructors and setters alike).
TEXT_APIS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText", "setTitle",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setLabelText", "setInformativeText", "setTabText",
    "setTabToolTip", "setItemText", "setSuffix", "setPrefix", "setSpecialValueText", "showMessage", "addItem",
    "addItems", "insertItem", "addRow", "addTab", "addAction", "addMenu", "QLabel", "QPushButton", "QCheckBox",
    "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton", "QToolBar", "QListWidgetItem", "QTreeWidgetItem",
    "information", "warning", "critical", "question", "about",
    # the house's label makers (views/tabs/widgets.py, views/properties/frame.py, the wizards)
    "plain_label", "note_label", "title_label", "page_title", "note", "heading", "message_label", "add_button", "set_note",
    "set_subtitle", "CollapsibleSection", "ValueLine",
}
#: Calls with one shown argument among data: its position (``addItem(text, userData)``, ``insertItem(index,
#: text)``), one further when an icon comes first.
ONE_TEXT_ARGUMENT = {"addItem": 0, "insertItem": 1}
#: The house's makers whose other arguments are ids: the positions of their words.
WORDS_AT = {
    "_add_action": (2, 4),  # console_window.ConsolePanel._add_action(bar, name, text, slot, tip)
    "show_message": (1, 2),  # the window's message pages: show_message(kind, title, text, action)
}
#: Shown as they are in every language: symbols, units, key names, examples of what to type, product names.
NOT_WORDS = {
    "Ctrl+Alt+Del", "Ctrl+Alt+Ins",  # key chords, as written on the keys
    " MB",  # a unit
    "http://mirror.example/distro/", "aa:bb:cc:dd:ee:ff", "admin@example.com", "smtp.example.com:25",
    "syslog.example.com", "YYYY-MM-DD HH:MM:SS",  # examples of what to type
    "Citrix Virtual Apps",  # a product's name
}
LETTERS = re.compile(r"[A-Za-z]{2}")
MARKUP = re.compile(r"<[^>]*>")
LOGGERS = {"log", "logger", "logging", "warnings"}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literals(node: ast.AST) -> list[tuple[int, str]]:
    """The literal words a shown argument is made of: strings, f-strings' fixed parts, and those inside lists,
    tuples, conditional expressions and concatenations."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [(node.lineno, node.value)]
    if isinstance(node, ast.JoinedStr):
        return [(node.lineno, "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant)))]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [found for element in node.elts for found in _literals(element)]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    if isinstance(node, ast.BinOp):
        return _literals(node.left) + _literals(node.right)
    return []


def untranslated(source: str, where: str = "") -> list[str]:
    """``where:line: api 'text'`` for every literal word given straight to a text API in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node) not in TEXT_APIS | WORDS_AT.keys():
            continue
        if isinstance(node.func, ast.Attribute) and ast.unparse(node.func.value) in LOGGERS:
            continue  # log.warning(...): the log stays English
        arguments = node.args
        if _name(node) in ONE_TEXT_ARGUMENT:
            text_at = ONE_TEXT_ARGUMENT[_name(node)]
            if len(arguments) > text_at and "icon" in ast.unparse(arguments[text_at]).lower():
                text_at += 1
            arguments = arguments[text_at:text_at + 1]
        elif _name(node) in WORDS_AT:
            arguments = [a for i, a in enumerate(arguments) if i in WORDS_AT[_name(node)]]
        for argument in arguments:
            for line, text in _literals(argument):
                if LETTERS.search(MARKUP.sub("", text)) and text not in NOT_WORDS:
                    found.append(f"{where}:{line}: {_name(node)} {text!r}")
    return found


def test_the_check_sees_an_untranslated_word():
    shown = 'QLabel("Hello world"); box.addRow(f"Size of {x}:", w); b.setText("OK" if a else "Cancel")'
    assert len(untranslated(shown)) == 4
    kept = ('QLabel(self.tr("Hello world")); box.addRow(translate("C", "Size of {x}:").format(x=x), w); '
            'combo.addItem(name, "data-only"); QLabel(f"{count} ×"); QLabel(" MB")')
    assert untranslated(kept) == []


def test_no_word_reaches_a_text_api_untranslated():
    problems = [problem for folder in FOLDERS for path in sorted((ROOT / folder).rglob("*.py"))
                for problem in untranslated(path.read_text(encoding="utf-8"), str(Path(path).relative_to(ROOT)))]
    assert not problems, "wrap these in self.tr / QCoreApplication.translate:\n" + "\n".join(problems)
