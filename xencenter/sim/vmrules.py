"""xapi's VM power-state rules, shared by the generator (initial allowed_operations) and the VM calls."""

from __future__ import annotations

from typing import Any

from .errors import XapiError

# What each power state allows (a simplification of xapi_vm_lifecycle's table).
_BY_POWER_STATE = {
    "Halted": (
        "start", "start_on", "clone", "copy", "snapshot", "export", "destroy", "make_into_template",
        "provision", "changing_memory_limits", "changing_static_range", "changing_dynamic_range",
        "changing_VCPUs", "changing_NVRAM", "metadata_export", "migrate_send",
    ),
    "Running": (
        "clean_shutdown", "hard_shutdown", "clean_reboot", "hard_reboot", "suspend", "pause", "snapshot",
        "checkpoint", "pool_migrate", "migrate_send", "changing_dynamic_range", "changing_VCPUs_live",
        "send_sysrq", "send_trigger", "metadata_export",
    ),
    "Paused": ("unpause", "hard_shutdown", "hard_reboot", "metadata_export"),
    "Suspended": ("resume", "resume_on", "hard_shutdown", "snapshot", "clone", "copy", "export", "metadata_export"),
}
_TEMPLATE = ("clone", "copy", "export", "destroy", "provision", "metadata_export")
_SNAPSHOT = ("clone", "copy", "export", "destroy", "revert", "create_template", "metadata_export")
# What templates and snapshots may still undergo; other calls fail with VM_IS_TEMPLATE.
_TEMPLATE_CALLS = frozenset({"destroy", "clone", "copy", "revert", "provision", "changing_memory_limits",
                             "changing_static_range", "changing_dynamic_range", "changing_VCPUs"})
_SNAPSHOT_CALLS = frozenset({"destroy", "clone", "copy", "revert"})

# What a VM with PCI devices passed through cannot do (VM_HAS_PCI_ATTACHED).
_MOVES = ("pool_migrate", "migrate_send")

# The power states each lifecycle call accepts (VM_BAD_POWER_STATE otherwise).
REQUIRED_POWER_STATE = {
    "start": "Halted",
    "start_on": "Halted",
    "clean_shutdown": "Running",
    "clean_reboot": "Running",
    "suspend": "Running",
    "pause": "Running",
    "unpause": "Paused",
    "resume": "Suspended",
    "resume_on": "Suspended",
    "hard_shutdown": ("Running", "Paused", "Suspended"),
    "hard_reboot": ("Running", "Paused"),
    "destroy": ("Halted",),
    "snapshot": ("Halted", "Running", "Suspended"),
    "checkpoint": "Running",
    "pool_migrate": "Running",
    "migrate_send": ("Running", "Halted"),
    "changing_memory_limits": "Halted",
    "changing_static_range": "Halted",
    "changing_dynamic_range": ("Halted", "Running"),
    "changing_VCPUs_live": "Running",
    "changing_VCPUs": "Halted",
    "provision": "Halted",
    "copy": ("Halted", "Suspended"),
    "make_into_template": "Halted",
}


def check_operation(vm_ref: str, vm: dict[str, Any], op: str) -> None:
    """Refuse ``op`` on this VM record as xapi would: control domain, template, busy, blocked, power state."""
    if vm["is_control_domain"]:
        raise XapiError("OPERATION_NOT_ALLOWED", "This operation is not allowed on a control domain")
    if vm["is_a_template"] and op not in (_SNAPSHOT_CALLS if vm["is_a_snapshot"] else _TEMPLATE_CALLS):
        raise XapiError("VM_IS_TEMPLATE", vm_ref)
    if op == "revert" and not vm["is_a_snapshot"]:
        raise XapiError("ONLY_REVERT_SNAPSHOT")
    if vm["current_operations"]:
        raise XapiError("OTHER_OPERATION_IN_PROGRESS", "VM", vm_ref, next(iter(vm["current_operations"].values())))
    if op in _MOVES and vm.get("attached_PCIs"):
        raise XapiError("VM_HAS_PCI_ATTACHED", vm_ref)
    if op in vm["blocked_operations"]:
        raise XapiError("OPERATION_BLOCKED", vm_ref, vm["blocked_operations"][op])
    expected = REQUIRED_POWER_STATE.get(op)
    if expected is not None:
        states = (expected,) if isinstance(expected, str) else expected
        if vm["power_state"] not in states:
            raise XapiError("VM_BAD_POWER_STATE", vm_ref, states[0].lower(), vm["power_state"].lower())


def allowed_operations(vm: dict[str, Any]) -> list[str]:
    """The ``allowed_operations`` xapi would show for this VM record (none while an operation runs)."""
    if vm.get("current_operations") or vm.get("is_control_domain"):
        return []
    if vm.get("is_a_snapshot"):
        return list(_SNAPSHOT)
    if vm.get("is_a_template"):
        return list(_TEMPLATE)
    ops = _BY_POWER_STATE.get(vm.get("power_state", "Halted"), ())
    return [op for op in ops if not (op in _MOVES and vm.get("attached_PCIs"))]
