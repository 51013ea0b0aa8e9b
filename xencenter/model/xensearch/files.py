"""XenCenter's ``.xensearch`` files: the searches a user exports and imports (``Search.Save(filename)``).

An export is an XML document with a declaration, XenCenter's document type, a ``<Searches>`` element in its
namespace and one ``<Search>`` per search, indented by four spaces, exactly as XenCenter's ``SearchesToXML``
writes it; a search without a UUID gets one, as XenCenter gives it when exporting. Reading accepts an export or
a lone ``<Search>`` element (``marshal.parse_searches``).
"""

from __future__ import annotations

import uuid as uuidlib
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from xencenter.model.xensearch.marshal import SearchXMLError, parse_searches, search_element
from xencenter.model.xensearch.search import Search

EXTENSION = "xensearch"
NAMESPACE = "http://www.citrix.com/XenCenter/XenSearch/schema"
DOCTYPE = f'<!DOCTYPE {EXTENSION} PUBLIC "-//XENSEARCH//DTD XENSEARCH 1//EN" "{EXTENSION}-1.dtd">'
_INDENT = "    "


def _with_uuid(search: Search) -> Search:
    return search if search.uuid else replace(search, uuid=str(uuidlib.uuid4()))


def export_xml(searches: Sequence[Search]) -> str:
    """The text of a ``.xensearch`` file holding ``searches``."""
    root = ET.Element("Searches", {"xmlns": NAMESPACE})
    root.extend(search_element(_with_uuid(s)) for s in searches)
    ET.indent(root, _INDENT)
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return f'<?xml version="1.0" encoding="utf-8"?>\n{DOCTYPE}\n{body}\n'


def write_export(path: str | Path, searches: Sequence[Search]) -> None:
    """Write an export file; OSError when it cannot be written."""
    Path(path).write_text(export_xml(searches), encoding="utf-8")


class SearchFileError(ValueError):
    """A file that is not a search export, in words."""


def read_export(path: str | Path) -> list[Search]:
    """The searches of an export file (or of a file holding one ``<Search>``)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as e:
        raise SearchFileError(f"cannot read the search file {path}: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise SearchFileError(f"{path}: not a text file") from None
    try:
        searches = parse_searches(text)
    except SearchXMLError as e:
        raise SearchFileError(f"{path}: {e}") from None
    if not searches:
        raise SearchFileError(f"{path}: holds no search")
    return searches


def read_search(path: str | Path) -> Search:
    """The one search of a file (``main.py search --query-file``, ``search.save --query-file``)."""
    searches = read_export(path)
    if len(searches) != 1:
        raise SearchFileError(f"{path}: holds {len(searches)} searches; give a file with exactly one")
    return searches[0]
