"""XVA files (what ``xe vm-export`` writes) as the client sees them: what one holds before it is uploaded, whether
a downloaded one is complete, and the words for what is wrong with a bad one.

An XVA is a tar whose first member is ``ova.xml`` (an XML-RPC struct ``{version, objects: [{class, id,
snapshot}]}``), followed by each disk as ``Ref:<n>/<8-digit chunk>`` members with ``.checksum`` (SHA-1) members;
the server checks the chunks as it reads the upload, and ``import_error_words`` puts its complaints into words.
"""

from __future__ import annotations

import os
import re
import tarfile
import xmlrpc.client
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from xencenter.model.words import QT_TRANSLATE_NOOP, translate

CHUNK = 1024 * 1024
END_OF_ARCHIVE = bytes(2 * tarfile.BLOCKSIZE)
#: ova.xml beyond this is not an export header (a real one is a few hundred KiB at most).
MAX_HEADER = 64 * 1024 * 1024


class BadFile(ValueError):
    """A file that cannot be imported; the message says what is wrong with it, in words."""


@dataclass(frozen=True)
class Disk:
    name: str
    size: int


@dataclass(frozen=True)
class XvaContents:
    """The VM an XVA holds, from its ``ova.xml``: enough for the Import wizard to show and check."""

    name: str
    description: str
    is_template: bool
    memory: int
    vcpus: int
    disks: tuple[Disk, ...]
    networks: tuple[str, ...]
    size: int  # of the file (of an appliance's disk files)


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, xmlrpc.client.DateTime):
        return str(value.value)
    return value


def parse_header(data: bytes) -> dict[str, Any]:
    """ova.xml's struct; BadFile when it is not an export header."""
    text = b"<methodResponse><params><param>" + data + b"</param></params></methodResponse>"
    try:
        (header,), _ = xmlrpc.client.loads(text)  # dates stay text (xapi's lack what xmlrpc.client wants)
    except Exception as e:  # expat's and xmlrpc's many errors: all mean the same to the user
        raise BadFile(translate("ImportFiles", "ova.xml is not an export header ({error}).").format(
            error=type(e).__name__)) from None
    header = _plain(header)
    if not isinstance(header, dict) or not isinstance(header.get("objects"), list):
        raise BadFile(translate("ImportFiles", "ova.xml is not an export header: it lists no objects."))
    return header


def read_contents(path: str) -> XvaContents:
    """What the XVA at ``path`` holds (only its first member is read); BadFile for what is not an XVA."""
    try:
        with tarfile.open(path, "r|") as archive:
            first = archive.next()
            if first is None or first.name != "ova.xml":
                if first is None:
                    raise BadFile(translate("ImportFiles", "Not an XVA file: ova.xml missing (the archive is empty)."))
                raise BadFile(translate("ImportFiles", "Not an XVA file: ova.xml missing (its first member is '{name}').").format(
                    name=first.name))
            if first.size > MAX_HEADER:
                raise BadFile(translate("ImportFiles", "Not an XVA file: its ova.xml is far too large to be an export header."))
            reader = archive.extractfile(first)
            data = reader.read() if reader is not None else b""
    except tarfile.ReadError:
        raise BadFile(translate("ImportFiles", "Not an XVA file: it is not a tar archive (a compressed export must be unpacked "
                                    "first).")) from None
    except OSError as e:
        raise BadFile(translate("ImportFiles", "The file cannot be read: {error}.").format(error=e.strerror or e)) from None
    if len(data) < first.size:
        raise BadFile(translate("ImportFiles", "The file ends early: its ova.xml is incomplete."))
    return contents_of(parse_header(data), os.path.getsize(path))


def contents_of(header: dict[str, Any], size: int) -> XvaContents:
    objects = [o for o in header["objects"] if isinstance(o, dict)]
    by_id = {o.get("id"): o.get("snapshot") or {} for o in objects}
    vms = [o.get("snapshot") or {} for o in objects if o.get("class") == "VM"]
    if not vms:
        raise BadFile(translate("ImportFiles", "The export holds no VM."))
    vm = vms[0]
    disks = []
    for o in objects:
        vbd = o.get("snapshot") or {}
        if o.get("class") == "VBD" and vbd.get("type") != "CD" and vbd.get("VDI") in by_id:
            vdi = by_id[vbd["VDI"]]
            disks.append(Disk(str(vdi.get("name_label", "")), _int(vdi.get("virtual_size"))))
    networks = tuple(str((o.get("snapshot") or {}).get("name_label", "")) for o in objects
                     if o.get("class") == "network")
    return XvaContents(str(vm.get("name_label", "")), str(vm.get("name_description", "")),
                       bool(vm.get("is_a_template")), _int(vm.get("memory_static_max")),
                       _int(vm.get("VCPUs_max")), tuple(disks), networks, size)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def looks_complete(path: str) -> bool:
    """Whether a downloaded XVA ends with the end-of-archive blocks (an interrupted one does not)."""
    size = os.path.getsize(path)
    if size < len(END_OF_ARCHIVE) + tarfile.BLOCKSIZE or size % tarfile.BLOCKSIZE:
        return False
    with open(path, "rb") as f:
        f.seek(size - len(END_OF_ARCHIVE))
        return f.read() == END_OF_ARCHIVE


def file_chunks(path: str, size: int = CHUNK) -> Iterator[bytes]:
    """The file's bytes, ``size`` at a time (an upload's body: never all of it in memory)."""
    with open(path, "rb") as f:
        while chunk := f.read(size):
            yield chunk


_CHECKSUM = re.compile(r"Block (\S+) checksum failed")


def import_error_words(code: str, params: list[str]) -> str:
    """xapi's import errors as XenCenter puts them, with what is wrong named when xapi says it."""
    detail = params[0] if params else ""
    if code == "IMPORT_ERROR_GENERIC":
        if m := _CHECKSUM.search(detail):
            return translate("Failures", "The file is damaged: the checksum of {block} differs.").format(block=m[1])
        if "Invalid XVA file" in detail:
            return translate("Failures", "The file is not a valid XVA export: its disk chunks are out of order or "
                                         "name no disk.")
        if detail:
            return translate("Failures", "This file could not be imported: {why}").format(why=detail)
        return translate("Failures", "This file could not be imported.")
    if code == "IMPORT_ERROR_UNEXPECTED_FILE":
        found = params[1] if len(params) > 1 else ""
        if found:
            return translate("Failures", "The VM could not be imported because the XVA file is invalid: ova.xml "
                                         "missing (found '{found}').").format(found=found)
        return translate("Failures", "The VM could not be imported because the XVA file is invalid: ova.xml missing.")
    return translate("Failures", _IMPORT_WORDS.get(code, _IMPORT_FAILED))


_IMPORT_FAILED = QT_TRANSLATE_NOOP("Failures", "This file could not be imported.")
#: xapi's other import errors in XenCenter's words (translated where explained).
_IMPORT_WORDS = {
    "IMPORT_ERROR_PREMATURE_EOF": QT_TRANSLATE_NOOP(
        "Failures", "The VM could not be imported; the end of the file was reached prematurely (the file is "
                    "incomplete)."),
    "IMPORT_ERROR_SOME_CHECKSUMS_FAILED": QT_TRANSLATE_NOOP(
        "Failures", "Some data checksums were incorrect; the VM may be corrupt."),
    "IMPORT_ERROR_CANNOT_HANDLE_CHUNKED": QT_TRANSLATE_NOOP("Failures", "Cannot import VM using chunked encoding."),
    "IMPORT_ERROR_FAILED_TO_FIND_OBJECT": QT_TRANSLATE_NOOP(
        "Failures", "The VM could not be imported because a required object could not be found."),
    "IMPORT_ERROR_ATTACHED_DISKS_NOT_FOUND": QT_TRANSLATE_NOOP(
        "Failures", "The VM could not be imported because attached disks could not be found."),
    "IMPORT_INCOMPATIBLE_VERSION": QT_TRANSLATE_NOOP(
        "Failures", "Cannot import on this server because it was saved on an incompatible version."),
}


IMPORT_ERRORS = ("IMPORT_ERROR_GENERIC", "IMPORT_ERROR_UNEXPECTED_FILE", "IMPORT_ERROR_PREMATURE_EOF",
                 "IMPORT_ERROR_SOME_CHECKSUMS_FAILED", "IMPORT_ERROR_CANNOT_HANDLE_CHUNKED",
                 "IMPORT_ERROR_FAILED_TO_FIND_OBJECT", "IMPORT_ERROR_ATTACHED_DISKS_NOT_FOUND",
                 "IMPORT_INCOMPATIBLE_VERSION")
