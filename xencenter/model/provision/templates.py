"""Templates grouped and ordered as XenCenter's template page does, and what each recommends (vCPUs, memory,
devices, boot modes)."""

from __future__ import annotations

import weakref
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

from xencenter.model.naming import natural_key
from xencenter.model.tree import vtpm_template_hidden
from xencenter.model.values import as_bool, as_int
from xencenter.model.words import QT_TRANSLATE_NOOP, Table, translate

from .defaults import DEFAULT_MAX_MEMORY, DEFAULT_MAX_VBDS, DEFAULT_MAX_VCPUS, DEFAULT_MAX_VIFS

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VM

#: XenCenter's ``VM.VmTemplateType`` in its order (the template list is sorted by it, hidden ones after all).
TEMPLATE_TYPES = (
    "NoTemplate", "Custom", "Windows", "WindowsServer", "LegacyWindows", "Asianux", "Centos", "CoreOS", "Debian",
    "Gooroom", "Linx", "NeoKylin", "Oracle", "RedHat", "Rocky", "SciLinux", "Suse", "Turbo", "Ubuntu",
    "YinheKylin", "Citrix", "Solaris", "Misc", "Snapshot", "SnapshotFromVmpp",
)
#: Name fragments (lower case) in XenCenter's order of tests, and the type they make a default template.
_NAME_TYPES = (
    ("citrix", "Citrix"), ("debian", "Debian"), ("gooroom", "Gooroom"), ("rocky", "Rocky"), ("centos", "Centos"),
    ("linx", "Linx"), ("red hat", "RedHat"), ("oracle", "Oracle"), ("suse", "Suse"), ("scientific", "SciLinux"),
    ("legacy windows", "LegacyWindows"), ("windows server", "WindowsServer"), ("windows", "Windows"),
    ("ubuntu", "Ubuntu"), ("yinhe", "YinheKylin"), ("kylin", "NeoKylin"), ("asianux", "Asianux"),
    ("turbo", "Turbo"), ("solaris", "Solaris"), ("coreos", "CoreOS"),
)
#: The group each type is shown under (XenCenter's ``ToDisplayString``).
_GROUP_NAMES = {
    "Custom": QT_TRANSLATE_NOOP("Provision", "Custom"), "Windows": "Windows", "WindowsServer": "Windows", "LegacyWindows": "Windows",
    "Centos": "CentOS", "Debian": "Debian", "Gooroom": "Gooroom", "Rocky": "Rocky", "Linx": "Linx",
    "Oracle": "Oracle", "RedHat": "Red Hat", "SciLinux": "Scientific Linux", "Suse": "SUSE", "Ubuntu": "Ubuntu",
    "YinheKylin": "YinheKylin", "NeoKylin": "NeoKylin", "Asianux": "Asianux", "Turbo": "Turbo", "Citrix": "Citrix",
    "Solaris": QT_TRANSLATE_NOOP("Provision", "Misc"), "Misc": QT_TRANSLATE_NOOP("Provision", "Misc"), "CoreOS": "CoreOS",
}


def is_default_template(vm: VM) -> bool:
    """XenCenter's ``DefaultTemplate()``: ``other_config["default_template"]`` is there (xapi's clone removes it)."""
    return "default_template" in vm.other_config or bool(vm.record.get("is_default_template"))


def template_type(vm: VM) -> str:
    """XenCenter's ``TemplateType()`` of a template or snapshot (``NoTemplate`` for anything else)."""
    if not vm.is_a_template:
        return "NoTemplate"
    if vm.is_snapshot:
        return "SnapshotFromVmpp" if vm.record.get("is_snapshot_from_vmpp") else "Snapshot"
    if not is_default_template(vm):
        return "Custom"
    name = vm.name.lower()
    for fragment, kind in _NAME_TYPES:
        if kind == "WindowsServer":
            if "windows" in name and "server" in name:
                return kind
        elif fragment in name:
            return kind
    return "Misc"


def template_group(vm: VM) -> str:
    """The group the template page shows it in ("Windows", "Debian", "Custom", "Snapshots", ...)."""
    return translate("Provision", _GROUP_NAMES.get(template_type(vm), QT_TRANSLATE_NOOP("Provision", "Snapshots")))


def template_sort_key(vm: VM) -> tuple[Any, ...]:
    """XenCenter's order: by type, hidden templates after every visible one, then by name, then by ref."""
    order = TEMPLATE_TYPES.index(template_type(vm))
    if vm.hidden:
        order += len(TEMPLATE_TYPES)
    return (order, natural_key(vm.name), vm.ref)


def templates(cache: ObjectCache, show_hidden: bool = False) -> list[VM]:
    """The templates (and snapshots) a VM can be made from, in the template page's order (XenCenter's
    ``Page_Template``: not those that need a vTPM while it is restricted, ``tree.vtpm_template_hidden``)."""
    found = [vm for vm in cache.all("VM") if vm.is_a_template and vm.shown(show_hidden)
             and not vtpm_template_hidden(vm)]
    return sorted(found, key=template_sort_key)


_has_templates: weakref.WeakKeyDictionary[ObjectCache, tuple[int, bool]] = weakref.WeakKeyDictionary()


def has_templates(cache: ObjectCache) -> bool:
    """Whether ``templates(cache)`` would find any: New VM's can-run check on every selection change, so it
    reads records, wraps only templates, and is remembered while the cache's content stays the same."""
    known = _has_templates.get(cache)
    if known is not None and known[0] == cache.generation:
        return known[1]
    generation = cache.generation
    found = any(record.is_a_template and cache.get("VM", ref).shown(False)
                for ref, record in cache.items("VM"))
    _has_templates[cache] = (generation, found)
    return found


def template_groups(cache: ObjectCache, show_hidden: bool = False) -> list[tuple[str, list[VM]]]:
    """``templates`` as (group, templates) in order; a group appears once, where its first template is."""
    groups: dict[str, list[VM]] = {}
    for vm in templates(cache, show_hidden):
        groups.setdefault(template_group(vm), []).append(vm)
    return list(groups.items())


def template_description(vm: VM) -> str:
    """What the template page says of a template: default templates' descriptions are XenCenter's own
    (none here), others show their description."""
    kind = template_type(vm)
    if kind in ("Custom", "Snapshot", "SnapshotFromVmpp", "Misc"):
        return vm.description or translate("Provision", "This template has no description.")
    return vm.description



def recommendations(vm: VM) -> dict[str, dict[str, str]]:
    """``recommendations`` XML (``<restrictions><restriction field= max= value=/>``) by field."""
    text = vm.record.get("recommendations") or ""
    if not text:
        return {}
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return {}
    return {node.get("field", ""): dict(node.attrib) for node in root.iter("restriction") if node.get("field")}


def _restriction(vm: VM, name: str, default: int) -> int:
    value = recommendations(vm).get(name, {}).get("max")
    return as_int(value, default) if value is not None else default


def max_vcpus(vm: VM) -> int:
    return _restriction(vm, "vcpus-max", DEFAULT_MAX_VCPUS)


def max_memory(vm: VM) -> int:
    return _restriction(vm, "memory-static-max", DEFAULT_MAX_MEMORY)


def max_vifs(vm: VM) -> int:
    return _restriction(vm, "number-of-vifs", DEFAULT_MAX_VIFS)


def max_vbds(vm: VM) -> int:
    return _restriction(vm, "number-of-vbds", DEFAULT_MAX_VBDS)


def supports_uefi(vm: VM) -> bool:
    return recommendations(vm).get("supports-uefi", {}).get("value") == "yes" or \
        (vm.HVM_boot_params or {}).get("firmware") == "uefi"


def supports_secure_boot(vm: VM) -> bool:
    return recommendations(vm).get("supports-secure-boot", {}).get("value") == "yes"


def boot_modes(vm: VM) -> list[str]:
    """The firmware a VM of this template may boot with: ``bios``, ``uefi``, ``secureboot`` (HVM only)."""
    if not vm.is_hvm:
        return []
    modes = ["bios"]
    if supports_uefi(vm):
        modes.append("uefi")
        if supports_secure_boot(vm):
            modes.append("secureboot")
    return modes


def current_boot_mode(vm: VM) -> str:
    if not vm.is_hvm:
        return ""
    if (vm.HVM_boot_params or {}).get("firmware") != "uefi":
        return "bios"
    return "secureboot" if as_bool((vm.platform or {}).get("secureboot")) else "uefi"


BOOT_MODE_WORDS = Table("Provision", {"bios": "BIOS", "uefi": "UEFI", "secureboot": QT_TRANSLATE_NOOP("Provision", "UEFI Secure Boot")})
