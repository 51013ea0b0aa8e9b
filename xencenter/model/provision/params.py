"""The plan as ``vm.new``'s parameters and back: disks and interfaces as the text the command line takes."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from xencenter.model.summaries import MIB

from .defaults import CD_POSITIONS, DISK_DESCRIPTION, parse_size, size_spec
from .media import iso_choices
from .networks import VifPlan
from .plan import NewVMPlan, default_plan, plan_warnings, with_boot_disk
from .storage import DiskPlan, best_sr, sr_reason, template_disks

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VM, Host


_SEPARATOR = re.compile(r"(?<!\\);")


def _escape(text: str) -> str:
    """A value for ``first;key=value``: a ``;`` in it is written backslash-semicolon."""
    return text.replace(";", "\\;")


def _fields(text: str) -> tuple[str, dict[str, str]]:
    """``first;key=value;key=value`` (a backslash before a ``;`` keeps it inside a value)."""
    parts = [p.strip().replace("\\;", ";") for p in _SEPARATOR.split(str(text))]
    first, options = parts[0], {}
    for part in parts[1:]:
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep:
            raise ValueError(f"'{part}' in '{text}' should be key=value")
        options[key.strip().lower()] = value.strip()
    return first, options


def find_named(cache: ObjectCache, cls: str, text: str) -> Any:
    """The object of ``cls`` with this name, UUID or ref (ValueError naming what is wrong)."""
    found = [o for o in cache.all(cls) if text in (o.ref, o.uuid, o.name)]
    if not found:
        raise ValueError(f"no {'storage repository' if cls == 'SR' else cls} called '{text}'")
    if len(found) > 1:
        raise ValueError(f"several objects are called '{text}': give the UUID instead")
    return found[0]


def parse_disk_spec(text: str, cache: ObjectCache, default_sr: str = "", vm_name: str = "",
                    device: str = "") -> DiskPlan:
    """``SIZE[;sr=SR][;name=NAME][;description=TEXT]`` (SR by name, UUID or ref) as a new disk."""
    size_text_, options = _fields(text)
    unknown = set(options) - {"sr", "name", "description"}
    if unknown:
        raise ValueError(f"unknown disk option '{sorted(unknown)[0]}' (sr, name, description)")
    size = parse_size(size_text_)
    sr = find_named(cache, "SR", options["sr"]).ref if options.get("sr") else default_sr
    name = options.get("name") or (f"{vm_name} {device}" if vm_name else "")
    return DiskPlan(size, sr, name, options.get("description", DISK_DESCRIPTION), device, device == "0", "system",
                    "new")


def disk_spec(disk: DiskPlan, cache: ObjectCache, vm_name: str = "") -> str:
    """The text ``parse_disk_spec`` reads back into this disk."""
    parts = [size_spec(disk.size)]
    sr = cache.get("SR", disk.sr) if disk.sr else None
    if sr is not None:
        parts.append(f"sr={sr.uuid}")
    if disk.name:
        parts.append(f"name={_escape(disk.name)}")
    if disk.description != DISK_DESCRIPTION:
        parts.append(f"description={_escape(disk.description)}")
    return ";".join(parts)


def parse_vif_spec(text: str, cache: ObjectCache, device: str = "") -> VifPlan:
    """``NETWORK[;mac=MAC][;limit=KBPS]`` (network by name, UUID or ref)."""
    network_text, options = _fields(text)
    unknown = set(options) - {"mac", "limit"}
    if unknown:
        raise ValueError(f"unknown interface option '{sorted(unknown)[0]}' (mac, limit)")
    network = find_named(cache, "network", network_text)
    try:
        kbps = int(options.get("limit") or 0)
    except ValueError:
        raise ValueError(f"the limit '{options['limit']}' is not a number of kB/s") from None
    return VifPlan(network.ref, options.get("mac", "").lower(), kbps, device)


def vif_spec(vif: VifPlan, cache: ObjectCache) -> str:
    network = cache.get("network", vif.network)
    parts = [network.uuid if network is not None else _escape(vif.network)]
    if vif.mac:
        parts.append(f"mac={vif.mac}")
    if vif.kbps:
        parts.append(f"limit={vif.kbps}")
    return ";".join(parts)


def plan_from_params(template: VM, params: dict[str, Any], preferred_home: Host | None = None) -> NewVMPlan:
    """``vm.new``'s parameters over the template's defaults (ValueError for text that does not parse)."""
    cache = template.cache
    name = params.get("name") or None
    home_given = params.get("home_server")
    plan = default_plan(template, name, home_given or preferred_home)
    changes: dict[str, Any] = {}
    if params.get("description") is not None:
        changes["description"] = params["description"]
    media = params.get("install_media")
    if media is not None and str(media) != "":
        changes.update(parse_install_media(str(media), template))
    if params.get("boot_args") is not None:
        changes["boot_args"] = params["boot_args"]
    if params.get("boot_mode"):
        changes["boot_mode"] = params["boot_mode"]
    if home_given is not None:
        changes["home"] = home_given.ref
    elif params.get("no_home_server"):
        changes["home"] = ""
    for key, param in (("vcpus", "vcpus"), ("vcpus_max", "vcpus_max"), ("cores_per_socket", "cores_per_socket")):
        if params.get(param) is not None:
            changes[key] = int(params[param])
    if params.get("vcpus") is not None and params.get("vcpus_max") is None:
        changes["vcpus_max"] = max(int(params["vcpus"]), plan.vcpus_max)
    if "vcpus_max" in changes and params.get("cores_per_socket") is None \
            and changes["vcpus_max"] % plan.cores_per_socket:
        changes["cores_per_socket"] = 1
    fixed = params.get("memory_mib")
    if fixed is not None:
        changes.update(memory_static_max=int(fixed) * MIB, memory_dynamic_min=int(fixed) * MIB,
                       memory_dynamic_max=int(fixed) * MIB)
    for key in ("memory_static_max", "memory_dynamic_min", "memory_dynamic_max"):
        if params.get(f"{key}_mib") is not None:
            changes[key] = int(params[f"{key}_mib"]) * MIB
    plan = replace(plan, **changes)
    home = plan.home_host
    sr_param = params.get("sr")
    default_sr = sr_param.ref if sr_param is not None else ""
    kept = [d for d in plan.disks if not d.created]
    if default_sr and any(d.sr != default_sr for d in kept):
        plan = with_copy_sr(plan, default_sr)  # a custom template's disks copied in full to the SR asked for
        kept = [d for d in plan.disks if not d.created]
    if params.get("diskless"):
        plan = replace(plan, disks=tuple(kept))
    elif params.get("disk") or params.get("disk_gib"):
        used = {d.device for d in kept}
        new: list[DiskPlan] = []
        free = (str(n) for n in range(0, 255) if str(n) not in used and str(n) not in CD_POSITIONS[3:])
        texts = [*(params.get("disk") or ()), *(f"{float(g)!r}GiB" for g in params.get("disk_gib") or ())]
        for spec in texts:
            device = next(free)
            disk = parse_disk_spec(spec, cache, default_sr, plan.name, device)
            if not disk.sr:
                sr = best_sr(cache, home, [disk.size])
                disk = replace(disk, sr=sr.ref if sr is not None else "")
            new.append(disk)
        plan = replace(plan, disks=tuple(kept + new))
    elif default_sr:
        plan = replace(plan, disks=tuple(replace(d, sr=default_sr) if d.created else d for d in plan.disks))
    elif home is not None:
        plan = replace(plan, disks=tuple(_fit_for(d, cache, home) for d in plan.disks))
    if params.get("no_networks"):
        plan = replace(plan, vifs=())
    elif params.get("network"):
        plan = replace(plan, vifs=tuple(parse_vif_spec(spec, cache, str(i)) for i, spec in enumerate(params["network"])))
    plan = replace(plan, start=bool(params.get("start")))  # the command line starts it only when asked
    plan = with_boot_disk(plan)
    return replace(plan, warnings=tuple(plan_warnings(plan)))


def with_copy_sr(plan: NewVMPlan, sr: str) -> NewVMPlan:
    """A custom template's disks copied in full to ``sr`` (``VM.copy``) instead of cloned where they are; ``""``
    clones them again."""
    originals = {d.vdi: d.sr for d in template_disks(plan.template, plan.name, plan.home_host) if not d.created}
    disks = tuple(d if d.created else replace(d, sr=sr or originals.get(d.vdi, d.sr)) for d in plan.disks)
    return replace(plan, copy_sr=sr, disks=disks)


def parse_install_media(text: str, template: VM) -> dict[str, Any]:
    """``--install-media``: an ISO image or a server's DVD drive (name or UUID), ``pxe`` (a network boot), a URL
    (a network install), or ``none``."""
    lowered = text.strip().lower()
    if lowered in ("pxe", "network"):
        return {"install": "network", "iso": "", "url": ""}
    if lowered == "none":
        return {"install": "none", "iso": "", "url": ""}
    if "://" in text:
        return {"install": "url", "url": text.strip(), "iso": ""}
    found = [c for c in iso_choices(template.cache) if text in (c.label, c.vdi.name, c.vdi.uuid, c.vdi.ref)]
    if not found:
        raise ValueError(f"no ISO image or DVD drive called '{text}' (give its name, or pxe, or a URL)")
    if len(found) > 1:
        raise ValueError(f"several ISO images are called '{text}': give the UUID instead")
    return {"install": "cd", "iso": found[0].vdi.ref, "url": ""}


def install_media_text(plan: NewVMPlan) -> str:
    """The ``--install-media`` value that gives the plan's install method."""
    if plan.install == "cd":
        vdi = plan.iso_vdi
        return vdi.uuid if vdi is not None else "none"
    return {"url": plan.url, "network": "pxe"}.get(plan.install, "none")


def with_home(plan: NewVMPlan, home: str) -> NewVMPlan:
    """The plan with another home server (``""`` none): disks the new home cannot see move to the best SR it can."""
    host = plan.cache.get("host", home) if home else None
    disks = tuple(_fit_for(d, plan.cache, host) for d in plan.disks)
    return replace(plan, home=home, disks=disks)


def _fit_for(disk: DiskPlan, cache: ObjectCache, home: Host | None) -> DiskPlan:
    """A disk whose SR the home server cannot see moves to the best one it can."""
    if not disk.created:
        return disk
    sr = cache.get("SR", disk.sr) if disk.sr else None
    if sr is not None and not sr_reason(sr, home, [disk.size]):
        return disk
    best = best_sr(cache, home, [disk.size], sr)
    return replace(disk, sr=best.ref if best is not None else "")


def plan_params(plan: NewVMPlan) -> dict[str, Any]:
    """The ``vm.new`` parameters that make exactly this plan (objects as wrappers, disks and interfaces as text)."""
    cache = plan.cache
    params: dict[str, Any] = {"template": plan.template, "name": plan.name,
                              "install_media": install_media_text(plan),
                              "vcpus": plan.vcpus, "vcpus_max": plan.vcpus_max,
                              "cores_per_socket": plan.cores_per_socket,
                              "memory_static_max_mib": plan.memory_static_max // MIB,
                              "memory_dynamic_min_mib": plan.memory_dynamic_min // MIB,
                              "memory_dynamic_max_mib": plan.memory_dynamic_max // MIB,
                              "start": plan.start}
    if plan.description:
        params["description"] = plan.description
    if plan.copy_sr:
        params["sr"] = cache.get("SR", plan.copy_sr)
    if not plan.template.is_hvm:
        params["boot_args"] = plan.boot_args
    if plan.boot_mode:
        params["boot_mode"] = plan.boot_mode
    if plan.home:
        params["home_server"] = cache.get("host", plan.home)
    else:
        params["no_home_server"] = True
    new = plan.new_disks
    if new:
        params["disk"] = [disk_spec(d, cache, plan.name) for d in new]
    else:
        params["diskless"] = True
    if plan.vifs:
        params["network"] = [vif_spec(v, cache) for v in plan.vifs]
    else:
        params["no_networks"] = True
    return params


def command_line(params: dict[str, Any]) -> str:
    """``main.py run vm.new TEMPLATE --name ...`` for these parameters (the template as the target, objects by
    UUID)."""
    import shlex

    template = params.get("template")
    words = ["main.py", "run", "vm.new", shlex.quote(template.uuid)] if template is not None else \
        ["main.py", "run", "vm.new"]
    for key, value in params.items():
        if key == "template":
            continue
        option = "--" + key.replace("_", "-")
        values = value if isinstance(value, list) else [value]
        for each in values:
            if isinstance(each, bool):
                words.append(option if each else "--no-" + key.replace("_", "-"))
                continue
            if hasattr(each, "uuid"):
                each = each.uuid
            words += [option, shlex.quote(str(each))]
    return " ".join(words)
