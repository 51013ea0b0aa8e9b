"""xapi's VM power-state rules, shared by the generator (initial allowed_operations) and the lifecycle."""

from __future__ import annotations

from typing import Any

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
}


def allowed_operations(vm: dict[str, Any]) -> list[str]:
    """The ``allowed_operations`` xapi would show for this VM record (none while an operation runs)."""
    if vm.get("current_operations") or vm.get("is_control_domain"):
        return []
    if vm.get("is_a_snapshot"):
        return list(_SNAPSHOT)
    if vm.get("is_a_template"):
        return list(_TEMPLATE)
    return list(_BY_POWER_STATE.get(vm.get("power_state", "Halted"), ()))
