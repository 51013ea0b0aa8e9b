"""What the disk, DVD drive and network interface commands share (``disks``, ``dvd``, ``interfaces``): records
to create, tasks to wait for, a VM's drives and free device positions.

The tab rows are VBDs (a VM's disks) and VIFs; disk commands also take VDIs (an SR's disks, or a disk named on
the command line). Reasons follow XenCenter's, from what xapi says in the cache.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter import schema
from xencenter.model.values import as_int
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.operations.background import report_progress
from xencenter.xenapi.tasks import start_task, wait_task
from xencenter.xenapi.values import NULL_REF

if TYPE_CHECKING:
    from xencenter.model.objects import VBD, VDI, VM
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


# ---- shared pieces ----------------------------------------------------------------------------------------------


def creation_record(cls: str, **values: Any) -> dict[str, Any]:
    """A complete record for ``<cls>.create``: every field a caller may set (read-write or given at creation) with
    the datamodel's default, then ``values`` (xapi refuses a record lacking a field without default)."""
    record: dict[str, Any] = {}
    for spec in schema.fields(cls):
        if spec.get("qualifier") not in ("RW", "RO/constructor"):
            continue
        kind: str = spec["type"]
        if kind.endswith(" map"):
            record[spec["name"]] = {}
        elif kind.endswith(" set"):
            record[spec["name"]] = []
        elif kind.endswith(" ref"):
            record[spec["name"]] = NULL_REF
        elif kind == "bool":
            record[spec["name"]] = spec.get("default") == "true"
        elif kind == "int":
            record[spec["name"]] = 0
        elif kind == "float":
            record[spec["name"]] = 0.0
        else:
            default = spec.get("default")
            record[spec["name"]] = default.strip('"') if isinstance(default, str) else ""
    record.update(values)
    return record


def task(session: Session, op: Operation, method: str, *args: Any, span: tuple[float, float] = (0.0, 1.0),
         text: str = "") -> Any:
    """``Async.<method>`` waited for, its progress mapped into ``span`` of the operation's, cancellable."""
    low, high = span
    report_progress(low, text)
    ref = start_task(session, method, *args)
    return wait_task(session, ref, progress=lambda f: report_progress(low + (high - low) * f, text),
                     cancel=op.cancel_event)


def read(session: Session, method: str, *args: Any, default: Any = None) -> Any:
    """A read whose answer may be a planned object's stand-in ("" in a dry run): ``default`` then."""
    value = session.call(method, *args)
    return default if value == "" else value


#: A VM's power state in words, for refusals (translated where used, context ``CommandReasons``).
_STATE_WORDS = {"Halted": QT_TRANSLATE_NOOP("CommandReasons", "shut down"),
                "Running": QT_TRANSLATE_NOOP("CommandReasons", "running"),
                "Suspended": QT_TRANSLATE_NOOP("CommandReasons", "suspended"),
                "Paused": QT_TRANSLATE_NOOP("CommandReasons", "paused")}


def state_words(state: str) -> str:
    return translate("CommandReasons", _STATE_WORDS[state]) if state in _STATE_WORDS else state.lower()


def drives(vm: VM) -> list[VBD]:
    """The VM's DVD drives in position order."""
    return sorted((v for v in vm.VBDs if v.is_cd), key=lambda v: as_int(v.userdevice, 1 << 30))


def disk_of(obj: Any) -> tuple[VBD | None, VDI | None]:
    """(VBD, VDI) of a selected disk row (a VBD) or disk (a VDI, with its only VBD when it has one)."""
    if obj.cls == "VBD":
        return obj, obj.VDI
    vbds = obj.VBDs
    return (vbds[0] if len(vbds) == 1 else None), obj


def vm_of(vbd_or_vif: Any) -> VM | None:
    return vbd_or_vif.VM


def free_position(vm: VM, avoid: tuple[str, ...] = ()) -> str:
    """The first disk position no device of the VM uses (positions a DVD drive takes avoided when asked)."""
    used = {v.userdevice for v in vm.VBDs}
    return next(str(n) for n in range(255) if str(n) not in used and str(n) not in avoid)
