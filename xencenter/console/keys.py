"""X11 keysyms by name and by character (RFB KeyEvents carry keysyms)."""

from __future__ import annotations

from keysymdef import keysymdef

KEYSYMS: dict[str, int] = {name: code for name, code, _char in keysymdef}
KEYSYMS.update(Del=KEYSYMS["Delete"], Esc=KEYSYMS["Escape"], Alt=KEYSYMS["Alt_L"], Ctrl=KEYSYMS["Control_L"],
               Shift=KEYSYMS["Shift_L"], Super=KEYSYMS["Super_L"], Cmd=KEYSYMS["Super_L"],
               Backspace=KEYSYMS["BackSpace"], Enter=KEYSYMS["Return"])

# Legacy keysyms for non-Latin-1 characters (e.g. EuroSign); the first name listed for a character wins.
_BY_CHAR: dict[int, int] = {}
for _name, _code, _char in keysymdef:
    if _char and _code < 0x01000000:
        _BY_CHAR.setdefault(_char, _code)
_CONTROL_CHARS = {"\n": "Return", "\r": "Return", "\t": "Tab", "\b": "BackSpace", "\x1b": "Escape"}


def keysym_for_char(ch: str) -> int:
    """The keysym that types ``ch``: Latin-1 characters are their own keysym, others use the legacy
    table or the Unicode keysym range (0x01000000 + code point)."""
    if ch in _CONTROL_CHARS:
        return KEYSYMS[_CONTROL_CHARS[ch]]
    cp = ord(ch)
    if 0x20 <= cp <= 0x7E or 0xA0 <= cp <= 0xFF:
        return cp
    return _BY_CHAR.get(cp, 0x01000000 | cp)


def keysym(key: str) -> int:
    """A key by keysym name ("Return", "F1", "Ctrl") or a single character ("a", "!")."""
    if key in KEYSYMS:
        return KEYSYMS[key]
    if len(key) == 1:
        return keysym_for_char(key)
    raise KeyError(f"unknown key {key!r}")
