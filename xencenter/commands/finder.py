"""What the command palette finds for what is typed: commands by title or id, objects by name, and both at once
("start web-03" is Start on the VM web-03), each with whether it can run and why not. Qt-free, so it is
measured and tested without a window.

A query is split into a command part and an object part at every word boundary; each part is matched fuzzily
(a prefix beats a word start beats a substring beats letters in order), and the best pairs are kept. An empty
object part means the current selection; an empty command part means "go to that object".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, CommandRegistry, kind_of
from xencenter.model.naming import natural_key
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import XenObject

#: The classes whose objects the palette finds by name.
FINDABLE = ("VM", "host", "pool", "SR", "network")
MAX_RESULTS = 60
#: What reading the last words as an object costs ("shut d" is Shut Down, not Shut Down on "db 6").
SPLIT_PENALTY = 5.0
#: How much better a command that cannot run must match to come before one that can.
REFUSED_PENALTY = 15.0


@dataclass(frozen=True, slots=True)
class Found:
    """One line of the palette: a command (on ``target``, or on the selection when None), or an object alone."""

    command: Command | None
    target: XenObject | None
    score: float
    reason: str = ""


def score(query: str, text: str) -> float | None:
    """How well ``query`` (lower case) matches ``text`` (lower case): None when it does not."""
    if not query:
        return 0.0
    at = text.find(query)
    if at == 0:
        return 100.0 - len(text) / 100
    if at > 0:
        starts_word = not text[at - 1].isalnum()
        return (80.0 if starts_word else 60.0) - at / 10
    position, gaps = -1, 0
    for char in query:
        found = text.find(char, position + 1)
        if found < 0:
            return None
        gaps += found - position - 1
        position = found
    return max(1.0, 40.0 - gaps)


@dataclass(frozen=True, slots=True)
class _Named:
    obj: XenObject
    text: str  # lower-case name


class Finder:
    """An index of the commands and of the objects' names, made when the palette opens."""

    def __init__(self, commands: CommandRegistry, caches: Iterable[ObjectCache], recent: Sequence[str] = ()) -> None:
        self.commands = [c for c in commands]
        # the title in English and in the window's language (model/words.py: the same one in both when English)
        self._command_texts = [(c, tuple(dict.fromkeys((c.title.lower(), translate("Commands", c.title).lower(),
                                                         c.id.lower())))) for c in self.commands]
        self.recent = list(recent)
        self._objects: list[_Named] = []
        for cache in caches:
            for cls in FINDABLE:
                for obj in cache.all(cls):
                    if cls == "VM" and not (obj.is_real_vm or obj.is_user_template
                                            or obj.is_default_template):
                        continue
                    if obj.name:
                        self._objects.append(_Named(obj, obj.name.lower()))

    # ---- matching ----------------------------------------------------------------------------------------

    def _commands_matching(self, text: str) -> list[tuple[Command, float]]:
        found = []
        for command, texts in self._command_texts:
            best = max((s for t in texts if (s := score(text, t)) is not None), default=None)
            if best is not None:
                found.append((command, best))
        return found

    def _objects_matching(self, text: str, limit: int) -> list[tuple[XenObject, float]]:
        """The best-matching objects; substring matches are found in one pass, letters-in-order ones only when
        those are too few (a regex over thousands of names)."""
        hits = [(n.obj, s) for n in self._objects if text in n.text and (s := score(text, n.text)) is not None]
        if len(hits) < limit:
            pattern = re.compile(".*?".join(re.escape(c) for c in text))
            seen = {id(obj) for obj, _ in hits}
            hits += [(n.obj, s) for n in self._objects if id(n.obj) not in seen and pattern.search(n.text)
                     and (s := score(text, n.text)) is not None]
        hits.sort(key=lambda hit: -hit[1])
        return hits[:limit]

    def find(self, query: str, selection: Sequence[Any]) -> list[Found]:
        """The palette's lines for ``query``, best first; recent commands lead when nothing is typed."""
        words = query.lower().split()
        if not words:
            return self._idle(selection)
        results: list[Found] = []
        for split in range(len(words), -1, -1):
            command_text, object_text = " ".join(words[:split]), " ".join(words[split:])
            if not command_text:
                results += [Found(None, obj, s / 2) for obj, s in self._objects_matching(object_text, 20)]
                continue
            commands = self._commands_matching(command_text)
            if not commands:
                continue
            if not object_text:
                results += [Found(c, None, s + self._recency(c), c.reason(selection)) for c, s in commands]
                continue
            objects = self._objects_matching(object_text, 20)
            for command, command_score in commands:
                for obj, object_score in objects:
                    if command.applies_to(obj):  # as good as its weaker half, and below a whole-query match
                        pair = min(command_score, object_score) - SPLIT_PENALTY + self._recency(command)
                        results.append(Found(command, obj, pair, command.reason([obj])))
        return _best(results)

    def _recency(self, command: Command) -> float:
        return 5.0 if command.id in self.recent else 0.0

    def _idle(self, selection: Sequence[Any]) -> list[Found]:
        """Nothing typed: recent commands, then those about the selection (runnable first), then the rest —
        every command, so scrolling finds each one (only typed queries are cut at ``MAX_RESULTS``)."""
        by_id = {c.id: c for c in self.commands}
        recent = [by_id[i] for i in self.recent if i in by_id]
        about = [c for c in self.commands if c not in recent and any(c.applies_to(o) for o in selection)]
        rest = [c for c in self.commands if c not in recent and c not in about]
        ordered = recent + sorted(about, key=lambda c: (bool(c.reason(selection)), c.title)) + \
            sorted(rest, key=lambda c: c.title)
        return [Found(c, None, 0.0, c.reason(selection)) for c in ordered]


def _best(results: list[Found]) -> list[Found]:
    """Best first (what can run before what cannot, unless the latter matches much better), each title and
    target once (the several Rename commands show as the one for the selection)."""
    results.sort(key=lambda f: (-f.score + (REFUSED_PENALTY if f.reason else 0.0), bool(f.reason),
                                f.command.title if f.command else "",
                                natural_key(f.target.name) if f.target is not None else ()))
    seen: set[tuple[str, int]] = set()
    kept = []
    for found in results:
        key = (found.command.title if found.command else "", id(found.target))
        if key not in seen:
            seen.add(key)
            kept.append(found)
        if len(kept) == MAX_RESULTS:
            break
    return kept


def describe_target(obj: Any) -> str:
    """``VM 'web 03'`` for a palette line."""
    from xencenter.commands.base import KIND_WORDS

    one, _ = KIND_WORDS.get(kind_of(obj), (obj.cls, obj.cls))
    return translate("Commands", "{kind} '{name}'").format(kind=translate("Kinds", one), name=obj.name)
