"""The model's words in the user's language, without Qt: the window installs ``QCoreApplication.translate`` at
start (``views/language.py``); until then, and on the command line and in tests, words stay English.

Call it as ``translate("Context", "text")`` or, for a count, ``translate("Context", "%n VMs", None, n)``:
``pyside6-lupdate`` finds calls of that name and shape, so the strings reach the ``.ts`` files."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

Translator = Callable[[str, str, "str | None", int], str]
K = TypeVar("K")


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text, with ``%n`` replaced by the count as Qt does."""
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english


def install(translator: Translator | None) -> None:
    """Use ``translator`` (Qt's ``QCoreApplication.translate`` signature) for every later ``translate``; None
    goes back to English."""
    global _translator
    _translator = translator or _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` in the installed language; ``%n`` becomes ``n`` (and picks the plural form). A text
    the translation does not have stays English (a name, a brand, a user's own words): the window's translator
    answers "" for those, which must not blank them."""
    return _translator(context, text, disambiguation, n) or _english(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for lupdate where it is declared; ``translate(context, text)`` translates it where shown."""
    return text


class Table(Mapping[K, str]):
    """A declared table of words (each marked ``QT_TRANSLATE_NOOP(context, ...)``) read in the user's language:
    ``table[key]``, ``get``, ``items`` and ``values`` translate, so the views that show its words need not."""

    def __init__(self, context: str, words: dict[K, str]) -> None:
        self.context, self.words = context, words

    def __getitem__(self, key: K) -> str:
        return translate(self.context, self.words[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)
