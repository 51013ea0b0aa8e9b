"""A VM's memory and vCPUs: the calls xapi checks against the power state and the order of the limits.

They are quick in xapi (no domain is built), so they apply at once; each is refused with xapi's errors:
VM_BAD_POWER_STATE (memory limits and the static range only while halted, the dynamic range while halted or
running, live vCPUs while running), MEMORY_CONSTRAINT_VIOLATION_ORDER (static_min <= dynamic_min <=
dynamic_max <= static_max) and INVALID_VALUE for a vCPU count outside 1..VCPUs_max. The pool is assumed to
have dynamic memory control (XCP-ng always does), so the dynamic range need not be pinned at static_max.
"""

from __future__ import annotations

from typing import Any

from . import memory
from .context import Context
from .errors import XapiError
from .registry import implements
from .vmrules import check_operation

Changes = dict[str, Any]


def _configure(ctx: Context, vm: str, op: str, changes: Changes) -> Changes:
    """Check ``op`` on the VM, then store ``changes`` after checking the memory limits they lead to."""
    with ctx.store.lock:
        record = ctx.store.get("VM", vm)
        check_operation(vm, record, op)
        after = {**record, **changes}
        limits = [after[f"memory_{k}"] for k in ("static_min", "dynamic_min", "dynamic_max", "static_max")]
        if limits != sorted(limits):
            raise XapiError("MEMORY_CONSTRAINT_VIOLATION_ORDER")
        ctx.store.update("VM", vm, changes)
        return record


@implements("VM.set_memory_limits")
def set_memory_limits(ctx: Context, vm: str, static_min: int, static_max: int, dynamic_min: int,
                      dynamic_max: int) -> None:
    _configure(ctx, vm, "changing_memory_limits", {
        "memory_static_min": static_min, "memory_static_max": static_max, "memory_dynamic_min": dynamic_min,
        "memory_dynamic_max": dynamic_max, "memory_target": dynamic_min,
    })


@implements("VM.set_memory")
def set_memory(ctx: Context, vm: str, value: int) -> None:
    """xapi's shorthand: static_max and the whole dynamic range at ``value`` (static_min kept)."""
    _configure(ctx, vm, "changing_memory_limits", {
        "memory_static_max": value, "memory_dynamic_min": value, "memory_dynamic_max": value,
        "memory_target": value,
    })


@implements("VM.set_memory_static_range")
def set_memory_static_range(ctx: Context, vm: str, low: int, high: int) -> None:
    _configure(ctx, vm, "changing_static_range", {"memory_static_min": low, "memory_static_max": high})


@implements("VM.set_memory_dynamic_range")
def set_memory_dynamic_range(ctx: Context, vm: str, low: int, high: int) -> None:
    """A running VM's balloon follows at once: ``memory_actual`` moves into the new range."""
    with ctx.store.lock:
        record = _configure(ctx, vm, "changing_dynamic_range",
                            {"memory_dynamic_min": low, "memory_dynamic_max": high, "memory_target": low})
        metrics = record["metrics"]
        if record["power_state"] == "Running" and ctx.store.exists("VM_metrics", metrics):
            actual = ctx.store.get("VM_metrics", metrics)["memory_actual"]
            ctx.store.update("VM_metrics", metrics, {"memory_actual": min(max(actual, low), high)})
            memory.refresh(ctx.store, record["resident_on"])


@implements("VM.set_VCPUs_number_live")
def set_vcpus_number_live(ctx: Context, vm: str, nvcpu: int) -> None:
    with ctx.store.lock:
        record = ctx.store.get("VM", vm)
        check_operation(vm, record, "changing_VCPUs_live")
        if not 0 < nvcpu <= record["VCPUs_max"]:
            raise XapiError("INVALID_VALUE", "VCPU values must satisfy: 0 < VCPUs ≤ VCPUs_max", nvcpu)
        ctx.store.update("VM", vm, {"VCPUs_at_startup": nvcpu})
        if ctx.store.exists("VM_metrics", record["metrics"]):
            ctx.store.update("VM_metrics", record["metrics"], {"VCPUs_number": nvcpu})


@implements("VM.set_VCPUs_max")
def set_vcpus_max(ctx: Context, vm: str, value: int) -> None:
    """Halted only; not below 1 nor below ``VCPUs_at_startup``."""
    with ctx.store.lock:
        record = ctx.store.get("VM", vm)
        check_operation(vm, record, "changing_VCPUs")
        if value < 1 or value < record["VCPUs_at_startup"]:
            raise XapiError("INVALID_VALUE", "VCPU values must satisfy: 0 < VCPUs_at_startup ≤ VCPUs_max", value)
        ctx.store.update("VM", vm, {"VCPUs_max": value})


@implements("VM.set_VCPUs_at_startup")
def set_vcpus_at_startup(ctx: Context, vm: str, value: int) -> None:
    """Halted only; between 1 and ``VCPUs_max``."""
    with ctx.store.lock:
        record = ctx.store.get("VM", vm)
        check_operation(vm, record, "changing_VCPUs")
        if not 0 < value <= record["VCPUs_max"]:
            raise XapiError("INVALID_VALUE", "VCPU values must satisfy: 0 < VCPUs_at_startup ≤ VCPUs_max", value)
        ctx.store.update("VM", vm, {"VCPUs_at_startup": value})
