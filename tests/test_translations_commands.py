"""The commands' words reach the user through their errors (the window's error dialog shows a ``ValueError``'s
text), their refusals (tooltips, the palette) and the failures of their steps: each must be a ``translate``
call, not an English literal or an f-string, or it would stay English in a translated window."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

COMMANDS = Path(__file__).resolve().parents[1] / "xencenter" / "commands"
#: Exceptions and values whose first argument is shown to the user as it is.
SHOWN = {"ValueError", "Refusal", "MakeFailed", "StepFailed", "BadFile"}
LETTERS = re.compile(r"[A-Za-z]{2}")


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _literal_words(node: ast.expr) -> str:
    """The letters a literal or f-string argument carries itself ("" for anything else)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if LETTERS.search(node.value) else ""
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return text if LETTERS.search(text) else ""
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) or _literal_words(node.orelse)
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) or _literal_words(node.right)
    return ""


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, text) of every shown call above whose first argument is words written in place."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node) in SHOWN and node.args:
            words = _literal_words(node.args[0])
            if words:
                found.append((node.lineno, words))
    return found


def test_the_check_finds_literals_and_f_strings() -> None:
    source = ('raise ValueError("Choose a disk.")\n'
              'raise ValueError(f"\'{name}\' is busy.")\n'
              'return Refusal("A" if x else f"no {y} here", "CODE")\n'
              'raise ValueError(translate("CommandReasons", "Choose a disk."))\n'
              'raise ValueError(problem)\n'
              'raise ValueError(str(exc))\n')
    assert [line for line, _ in untranslated(source)] == [1, 2, 3]


def test_commands_translate_what_they_show() -> None:
    found = [f"{path.name}:{line}: {words!r}" for path in sorted(COMMANDS.glob("*.py"))
             for line, words in untranslated(path.read_text(encoding="utf-8"))]
    assert not found, "wrap these in translate(\"CommandReasons\", ...).format(...):\n" + "\n".join(found)


def test_the_commands_speak_chinese_once_it_is_installed(qapp, tmp_path) -> None:
    from xencenter import i18n_build
    from xencenter.commands import default_commands
    from xencenter.commands.devices import state_words
    from xencenter.commands.disks import gib_bytes
    from xencenter.commands.migrate import _pairs
    from xencenter.model import words
    from xencenter.operations.history import Operation
    from xencenter.views.language import install_language
    from xencenter.views.words import help_text

    with pytest.raises(ValueError, match="^A disk needs a size above zero.$"):
        gib_bytes(0)  # English until a language is installed (the command line's words)
    assert i18n_build.release(i18n_build.I18N_DIR / "xencenter_zh_CN.ts", tmp_path / "xencenter_zh_CN.qm")
    translator = install_language(qapp, "zh_CN", tmp_path)
    try:
        assert translator is not None
        with pytest.raises(ValueError, match="^磁盘大小必须大于零。$"):
            gib_bytes(0)
        with pytest.raises(ValueError, match="^--disk-sr 的格式为 POSITION=NAME，而不是 'bad'。$"):
            _pairs(["bad"], "--disk-sr")
        assert state_words("Halted") == "已关闭"
        assert Operation("正在启动虚拟机", "web 1").description == "正在启动虚拟机“web 1”"
        start = next(c for c in default_commands() if c.id == "vm.start")
        assert help_text(start) == "在 xapi 选择的服务器上启动已关闭的虚拟机。"
    finally:
        qapp.removeTranslator(translator)
        words.install(None)
    assert state_words("Halted") == "shut down"
