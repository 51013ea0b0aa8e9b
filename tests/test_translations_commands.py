"""The commands' words reach the user through their errors (the window's error dialog shows a ``ValueError``'s
text), their refusals (tooltips, the palette) and the failures of their steps: each must be a ``translate``
call, not an English literal or an f-string, or it would stay English in a translated window."""

from __future__ import annotations

import ast
import re
from pathlib import Path

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
