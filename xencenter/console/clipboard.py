"""The shared clipboard: RFB's Latin-1 cut text, and the Extended Clipboard pseudo-encoding (UTF-8).

Extended Clipboard (pseudo-encoding 0xC0A1E5CE, as TigerVNC, noVNC and QEMU speak it): cut-text messages
with a negative length carry a u32 of flags (formats in bits 0-15, text = bit 0; actions caps, request,
peek, notify, provide in bits 24-28) and a payload. The server announces its caps first; we answer with
ours. Our text is announced with *notify* and sent (zlib-compressed *provide*: u32 length, UTF-8, CRLF line
ends, a NUL) only when the server *requests* it. A server without the extension gets ClientCutText in
Latin-1: characters outside it are replaced by ``?`` and the log says how many (never the text).
"""

from __future__ import annotations

import logging
import struct
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .protocol import ClientMessage, RFBError, Wire

if TYPE_CHECKING:
    from .devices import _Sender

log = logging.getLogger("xencenter.console")

TEXT = 1 << 0
CAPS, REQUEST, PEEK, NOTIFY, PROVIDE = (1 << 24, 1 << 25, 1 << 26, 1 << 27, 1 << 28)
ACTIONS = CAPS | REQUEST | PEEK | NOTIFY | PROVIDE
MAX_CUT_TEXT = 16 << 20
#: Text the server may send us without being asked (our caps' size for text).
UNSOLICITED_LIMIT = 1 << 20


def pack_cut_text(text: str) -> bytes:
    """ClientCutText: type, 3 padding bytes, u32 length, ISO 8859-1 (unrepresentable characters become
    ``?``, counted in the log)."""
    text = text.replace("\r\n", "\n")
    data = text.encode("latin-1", errors="replace")
    replaced = sum(1 for ch in text if ord(ch) > 0xFF)
    if replaced:
        log.warning("clipboard: %d character(s) outside Latin-1 sent as '?' (the server has no extended "
                    "clipboard)", replaced)
    return struct.pack(">BxxxI", ClientMessage.CLIENT_CUT_TEXT, len(data)) + data


def pack_extended(flags: int, payload: bytes = b"") -> bytes:
    """An extended ClientCutText: the negative length covers the flags and the payload."""
    return struct.pack(">BxxxiI", ClientMessage.CLIENT_CUT_TEXT, -(4 + len(payload)), flags) + payload


def _provide_payload(text: str) -> bytes:
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8") + b"\0"
    return zlib.compress(struct.pack(">I", len(data)) + data)


def _provided_text(payload: bytes, flags: int) -> str | None:
    """The text of a provide message (None when it carries no text)."""
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(payload, MAX_CUT_TEXT + 4)
    except zlib.error as e:
        raise RFBError(f"corrupt extended clipboard data ({e})") from None
    if not flags & TEXT:
        return None
    if len(data) < 4:
        raise RFBError("extended clipboard data is truncated")
    length = struct.unpack(">I", data[:4])[0]
    if length > len(data) - 4:
        raise RFBError("extended clipboard text is truncated")
    return data[4:4 + length].rstrip(b"\0").decode("utf-8", errors="replace").replace("\r\n", "\n")


@dataclass
class Clipboard:
    """``text`` is the server's latest clipboard; ``write`` offers ours. ``server_flags`` holds the server's
    extended-clipboard caps once it announced them (None: Latin-1 cut text only)."""

    sender: _Sender = field(repr=False)
    text: str = ""
    server_flags: int | None = None
    _offered: str | None = field(default=None, repr=False)

    @property
    def extended(self) -> bool:
        return self.server_flags is not None

    def write(self, text: str) -> None:
        """Offer ``text`` as the server's clipboard (announced, then sent when the server asks)."""
        flags = self.server_flags
        if flags is None or not flags & TEXT:
            self.sender.send(pack_cut_text(text))
            return
        self._offered = text
        if flags & NOTIFY:
            self.sender.send(pack_extended(NOTIFY | TEXT))
        elif flags & PROVIDE:
            self.sender.send(pack_extended(PROVIDE | TEXT, _provide_payload(text)))

    async def read(self, wire: Wire) -> str | None:
        """One ServerCutText (after its type byte); the new server text, if it brought one."""
        await wire.read(3)
        length = await wire.s32()
        if length >= 0:
            if length > MAX_CUT_TEXT:
                raise RFBError(f"clipboard text of {length} bytes is larger than the {MAX_CUT_TEXT} byte limit")
            self.text = (await wire.read(length)).decode("latin-1")
            return self.text
        size = -length
        if size < 4 or size > MAX_CUT_TEXT:
            raise RFBError(f"extended clipboard message of {size} bytes")
        flags = await wire.u32()
        payload = await wire.read(size - 4)
        return self._extended(flags, payload)

    def _extended(self, flags: int, payload: bytes) -> str | None:
        """One extended message. Caps list the actions the sender supports beside the caps bit; every
        other message carries exactly one action."""
        action = CAPS if flags & CAPS else flags & ACTIONS
        if action == CAPS:
            formats = bin(flags & 0xFFFF).count("1")
            if len(payload) < 4 * formats:
                raise RFBError("extended clipboard caps are truncated")
            self.server_flags = flags
            self.sender.send(pack_extended(CAPS | REQUEST | PEEK | NOTIFY | PROVIDE | TEXT,
                                           struct.pack(">I", UNSOLICITED_LIMIT)))
        elif action == REQUEST:
            if flags & TEXT and self._offered is not None:
                self.sender.send(pack_extended(PROVIDE | TEXT, _provide_payload(self._offered)))
        elif action == PEEK:
            self.sender.send(pack_extended(NOTIFY | (TEXT if self._offered is not None else 0)))
        elif action == NOTIFY:
            self._offered = None  # the server's clipboard changed: ours is no longer on offer
            if flags & TEXT and self.server_flags is not None and self.server_flags & REQUEST:
                self.sender.send(pack_extended(REQUEST | TEXT))
        elif action == PROVIDE:
            text = _provided_text(payload, flags)
            if text is not None:
                self._offered = None
                self.text = text
                return text
        return None
