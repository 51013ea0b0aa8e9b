"""XenCenter's custom fields: definitions in ``pool.gui_config["XenCenter.CustomFields"]``, values in each
object's ``other_config["XenCenter.CustomFields.<name>"]``.

A field is text or a date. A date value is read leniently (XenCenter wrote local ISO times such as
``2009-05-20T07:35:24``; later versions ``2009-05-20 07:35:24Z``); a value that is not a date is no value.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from xencenter.model.objects import CUSTOM_FIELD_PREFIX

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.xensearch.items import Item

#: ``pool.gui_config`` key holding the definitions.
DEFINITIONS_KEY = "XenCenter.CustomFields"
#: A column or sort name for a custom field is this prefix and the field's name.
COLUMN_PREFIX = "CustomField:"
TAG_NAME = "CustomFieldDefinition"
TYPES = ("String", "Date")

_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$")


@dataclass(frozen=True, slots=True)
class CustomFieldDefinition:
    name: str
    type: str = "String"  # String or Date

    @property
    def key(self) -> str:
        """The ``other_config`` key holding an object's value."""
        return CUSTOM_FIELD_PREFIX + self.name

    @property
    def is_date(self) -> bool:
        return self.type == "Date"

    def value(self, item: Item) -> str | datetime | None:
        """XenCenter's ``GetCustomFieldValue``: the text, or the date for a date field; None when unset."""
        record = item.record
        other_config = (getattr(record, "other_config", None) or {}) if record is not None else {}
        raw = other_config.get(self.key)
        if not raw:
            return None
        return parse_date(raw) if self.is_date else raw


def parse_date(text: str) -> datetime | None:
    """An ISO-like date or date and time; a time without a zone is local (as XenCenter wrote it)."""
    m = _DATE.match(text)
    if not m:
        return None
    year, month, day, hour, minute, second, zone = m.groups()
    try:
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if zone is None:
        return moment.astimezone()  # local wall time
    if zone == "Z":
        return moment.replace(tzinfo=timezone.utc)
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return moment.replace(tzinfo=timezone(sign * offset))


def parse_definitions(xml: str | None) -> list[CustomFieldDefinition]:
    """The definitions in a ``XenCenter.CustomFields`` value; unreadable ones are skipped, as XenCenter does."""
    if not xml or not xml.strip():
        return []
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    found = []
    for node in root:
        name, kind = node.get("name"), node.get("type")
        if node.tag == TAG_NAME and name is not None and kind in TYPES:
            found.append(CustomFieldDefinition(name, kind))
    return found


def definitions(cache: ObjectCache) -> list[CustomFieldDefinition]:
    """One server's custom field definitions, in their stored order."""
    pool = cache.pool()
    gui_config = (getattr(pool.record, "gui_config", None) or {}) if pool is not None else {}
    return parse_definitions(gui_config.get(DEFINITIONS_KEY))


def definition_element(field: CustomFieldDefinition) -> ET.Element:
    """XenCenter writes an always empty ``defaultValue`` (older versions required it)."""
    return ET.Element(TAG_NAME, {"name": field.name, "type": field.type, "defaultValue": ""})
