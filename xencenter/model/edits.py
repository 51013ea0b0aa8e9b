"""What every Properties dialog and ``<class>.edit`` command share: the xapi calls that turn one set of settings
into another, touching only the fields that differ (virt-manager's rule), so an edit made meanwhile by someone
else to another field is never overwritten. Qt-free.

The settings common to hosts, pools, SRs, networks, VMs and disks are XenCenter's General and Custom Fields
pages: name, description, folder (``other_config["folder"]``), tags and the custom field values
(``other_config["XenCenter.CustomFields.<name>"]``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from xencenter.model.objects import CUSTOM_FIELD_PREFIX
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject


@dataclass(frozen=True)
class Change:
    """One xapi call (the session is added by the caller) and what it changes, for messages."""

    method: str
    args: tuple[Any, ...]
    what: str
    #: The call that takes this one back when a later change fails (the SRs replugged after multipathing).
    undo: tuple[str, tuple[Any, ...]] | None = None


def map_entry(cls: str, field: str, ref: str, key: str, value: str, what: str) -> list[Change]:
    """Set one key of a map field: remove it, then add the new value (xapi refuses duplicate keys); an empty
    value only removes it."""
    calls = [Change(f"{cls}.remove_from_{field}", (ref, key), what)]
    if value:
        calls.append(Change(f"{cls}.add_to_{field}", (ref, key, value), what))
    return calls


@dataclass(frozen=True)
class CommonSettings:
    """The General and Custom Fields pages of any object."""

    name: str
    description: str
    folder: str
    tags: tuple[str, ...]
    custom: tuple[tuple[str, str], ...] = ()  # (field name, value), sorted; "" is no value

    @classmethod
    def of(cls, obj: XenObject) -> CommonSettings:
        return cls(obj.name, obj.description, obj.folder, tuple(obj.tags), tuple(sorted(obj.custom_fields.items())))


def general_changes(cls: str, ref: str, before: Any, after: Any) -> list[Change]:
    """The calls for what differs in name, description, folder and tags; ``before``/``after`` are CommonSettings
    or anything with those attributes (a VM's settings)."""
    calls: list[Change] = []
    if after.name != before.name:
        calls.append(Change(f"{cls}.set_name_label", (ref, after.name), translate("Changes", "the name")))
    if after.description != before.description:
        calls.append(Change(f"{cls}.set_name_description", (ref, after.description),
                            translate("Changes", "the description")))
    if after.folder != before.folder:
        calls += map_entry(cls, "other_config", ref, "folder", after.folder, translate("Changes", "the folder"))
    for tag in after.tags:
        if tag not in before.tags:
            calls.append(Change(f"{cls}.add_tags", (ref, tag), translate("Changes", "the tag '{tag}'").format(tag=tag)))
    for tag in before.tags:
        if tag not in after.tags:
            calls.append(Change(f"{cls}.remove_tags", (ref, tag), translate("Changes", "the tag '{tag}'").format(tag=tag)))
    return calls


def custom_changes(cls: str, ref: str, before: CommonSettings, after: CommonSettings) -> list[Change]:
    """The calls for the custom field values that differ ("" is no value)."""
    calls: list[Change] = []
    old, new = dict(before.custom), dict(after.custom)
    for name in sorted(set(old) | set(new)):
        if old.get(name, "") != new.get(name, ""):
            calls += map_entry(cls, "other_config", ref, CUSTOM_FIELD_PREFIX + name, new.get(name, ""),
                               translate("Changes", "the custom field '{name}'").format(name=name))
    return calls


def common_changes(cls: str, ref: str, before: CommonSettings, after: CommonSettings) -> list[Change]:
    """The General and Custom Fields pages' calls."""
    return general_changes(cls, ref, before, after) + custom_changes(cls, ref, before, after)


def parse_custom(values: list[str], known: list[str]) -> dict[str, str]:
    """``NAME=VALUE`` pairs from the command line (an empty value clears the field); the names must be defined
    custom fields of the pool."""
    found: dict[str, str] = {}
    for text in values:
        name, sep, value = text.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"'{text}' is not NAME=VALUE.")
        if name.strip() not in known:
            defined = ", ".join(known) or "none"
            raise ValueError(f"There is no custom field called '{name.strip()}' (defined: {defined}).")
        found[name.strip()] = value.strip()
    return found
