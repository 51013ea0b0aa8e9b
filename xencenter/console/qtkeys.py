"""Qt key events to RFB key data: the keysym (for any server) and the QEMU key number from the native scan
code (for servers with the Extended Key Event, where the guest's own layout then decides the character)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from .keys import KEYSYMS, keysym_for_char
from .scancodes import NAMED, qnum_from_native

K = Qt.Key

_SPECIAL: dict[int, str] = {  # Qt.Key values (an IntEnum: event.key() looks them up)
    K.Key_Escape: "Escape", K.Key_Tab: "Tab", K.Key_Backtab: "Tab", K.Key_Backspace: "BackSpace",
    K.Key_Return: "Return", K.Key_Enter: "KP_Enter", K.Key_Insert: "Insert", K.Key_Delete: "Delete",
    K.Key_Pause: "Pause", K.Key_Print: "Print", K.Key_SysReq: "Sys_Req", K.Key_Clear: "Clear",
    K.Key_Home: "Home", K.Key_End: "End", K.Key_Left: "Left", K.Key_Up: "Up", K.Key_Right: "Right",
    K.Key_Down: "Down", K.Key_PageUp: "Prior", K.Key_PageDown: "Next",
    K.Key_Shift: "Shift_L", K.Key_Control: "Control_L", K.Key_Meta: "Super_L", K.Key_Alt: "Alt_L",
    K.Key_AltGr: "ISO_Level3_Shift", K.Key_CapsLock: "Caps_Lock", K.Key_NumLock: "Num_Lock",
    K.Key_ScrollLock: "Scroll_Lock", K.Key_Super_L: "Super_L", K.Key_Super_R: "Super_R", K.Key_Menu: "Menu",
    K.Key_Hyper_L: "Hyper_L", K.Key_Hyper_R: "Hyper_R", K.Key_Help: "Help", K.Key_Multi_key: "Multi_key",
    K.Key_Mode_switch: "Mode_switch",
}
_SPECIAL.update({getattr(K, f"Key_F{n}"): f"F{n}" for n in range(1, 25)})
_SPECIAL.update({k: "dead_" + k.name[len("Key_Dead_"):].lower() for k in K
                 if k.name.startswith("Key_Dead_") and "dead_" + k.name[len("Key_Dead_"):].lower() in KEYSYMS})
if sys.platform == "darwin":  # Qt reports Command as Control and Control as Meta
    _SPECIAL[K.Key_Control], _SPECIAL[K.Key_Meta] = "Super_L", "Control_L"

_KEYPAD = {"0": "KP_0", "1": "KP_1", "2": "KP_2", "3": "KP_3", "4": "KP_4", "5": "KP_5", "6": "KP_6",
           "7": "KP_7", "8": "KP_8", "9": "KP_9", "*": "KP_Multiply", "+": "KP_Add", "-": "KP_Subtract",
           ".": "KP_Decimal", ",": "KP_Separator", "/": "KP_Divide", "=": "KP_Equal"}

# Right-hand modifiers are told apart by scan code, which Qt's key code does not do.
_RIGHT_HAND = {0x36: "Shift_R", 0x9D: "Control_R", 0xB8: "Alt_R", 0xDC: "Super_R"}

MODIFIER_KEYS = {K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_Meta, K.Key_AltGr}


def key_data(event: QKeyEvent) -> tuple[int, int | None] | None:
    """(keysym, QEMU key number or None) for a key event; None when the key means nothing to RFB."""
    qnum = qnum_from_native(event.nativeScanCode(), event.nativeVirtualKey())
    key = event.key()
    name = _SPECIAL.get(key)
    if name is not None:
        if key in MODIFIER_KEYS and qnum in _RIGHT_HAND and name.endswith("_L"):
            name = _RIGHT_HAND[qnum]
        return KEYSYMS[name], qnum
    text = event.text()
    modifiers = event.modifiers()
    if modifiers & Qt.KeyboardModifier.KeypadModifier and text in _KEYPAD:
        return KEYSYMS[_KEYPAD[text]], qnum
    if len(text) == 1 and text.isprintable():
        return keysym_for_char(text), qnum
    if 0x20 <= key <= 0x7E:  # Ctrl/Alt combinations: the text is a control character or empty
        ch = chr(key)
        if ch.isalpha():
            ch = ch.upper() if modifiers & Qt.KeyboardModifier.ShiftModifier else ch.lower()
        return keysym_for_char(ch), qnum
    return (0, qnum) if qnum else None


def modifier_key(key: Qt.Key) -> tuple[int, int]:
    """(keysym, QEMU key number) of a modifier key (Key_Shift, Key_Control, Key_Alt...) on this platform."""
    name = _SPECIAL[key]
    return KEYSYMS[name], NAMED.get(name, NAMED["Alt_R"])
