"""xapi's errors in words, for people: the one place that explains a failure (Qt-free, shared by the window,
the command line and the connection's state reasons).

``explain(exc, name_of)`` gives a sentence for an operation that failed plus the raw code and parameters for
"details"; ``name_of(ref)`` turns refs in the parameters into names. ``connection_problem(exc)`` says why a
connection could not be made or was lost. Neither ever contains a secret: they only use what the server or
the network said.
"""

from __future__ import annotations

from collections.abc import Callable

from xencenter.model.legacy_probe import UnreadableProbe
from xencenter.model.xva import IMPORT_ERRORS, BadFile, import_error_words
from xencenter.xenapi.errors import (
    AuthenticationFailed,
    CertificateMismatch,
    CertificateUntrusted,
    Failure,
    HostIsSlave,
    ProtocolError,
    TransportError,
    XenAPIError,
)
from xencenter.xenapi.roles import describe_permission_denied

NameOf = Callable[[str], "str | None"]

_POWER_STATE_WORDS = {"halted": "shut down", "running": "running", "suspended": "suspended", "paused": "paused"}


def _state(text: str) -> str:
    return _POWER_STATE_WORDS.get(text.lower(), text.lower() or "in another state")


def _param(params: list[str], i: int) -> str:
    return params[i] if i < len(params) else ""


def _named(params: list[str], i: int, name_of: NameOf | None, fallback: str, prefix: str = "") -> str:
    """``'name'`` of the object whose ref is ``params[i]`` (after ``prefix``), else ``fallback``."""
    ref = _param(params, i)
    name = name_of(ref) if name_of is not None and ref else None
    return f"{prefix}'{name}'" if name else fallback


def _bytes(text: str) -> str:
    from xencenter.model.summaries import size_text

    return size_text(int(text)) if text.lstrip("-").isdigit() else text


def _bad_power_state(p: list[str], n: NameOf | None) -> str:
    vm = _named(p, 0, n, "The VM")
    return f"{vm} must be {_state(_param(p, 1))} for this, but it is {_state(_param(p, 2))}."


def _in_progress(p: list[str], n: NameOf | None) -> str:
    what = _named(p, 1, n, "this object")
    return f"Another operation is already in progress on {what}. Wait for it to finish, then try again."


_EXPLANATIONS: dict[str, Callable[[list[str], NameOf | None], str]] = {
    "VM_BAD_POWER_STATE": _bad_power_state,
    "OPERATION_BLOCKED": lambda p, n: (
        f"This operation has been blocked on {_named(p, 0, n, 'this object')}"
        + (f" ({_param(p, 1)})." if _param(p, 1) else ".")
        + " Someone (or a tool) disabled it on purpose."),
    "OTHER_OPERATION_IN_PROGRESS": _in_progress,
    "HANDLE_INVALID": lambda p, n: (
        f"The {_param(p, 0) or 'object'} no longer exists: it was probably deleted by someone else."),
    "RBAC_PERMISSION_DENIED": lambda p, n: describe_permission_denied(p),
    "SESSION_INVALID": lambda p, n: "The session with the server has ended. Reconnect and try again.",
    "SESSION_AUTHENTICATION_FAILED": lambda p, n: "Wrong user name or password.",
    "HOST_NOT_ENOUGH_FREE_MEMORY": lambda p, n: (
        "Not enough server memory is available to perform this operation: "
        f"{_bytes(_param(p, 0))} needed, {_bytes(_param(p, 1))} free." if _param(p, 0).isdigit()
        else f"No server has enough free memory for {_named(p, 0, n, 'the VM')}."),
    "HOST_NOT_ENOUGH_PCPUS": lambda p, n: (
        f"The server does not have enough CPUs to run the VM: it has {_param(p, 1)}, the VM has {_param(p, 0)} vCPUs."),
    "VM_INCOMPATIBLE_WITH_THIS_HOST": lambda p, n: (
        f"{_named(p, 1, n, 'The server')} does not have some of the CPU features that "
        f"{_named(p, 0, n, 'the VM')} is currently using" + (f" ({_param(p, 2)})" if _param(p, 2) else ".")),
    "VM_HAS_PCI_ATTACHED": lambda p, n: (
        f"{_named(p, 0, n, 'The VM')} has one or more PCI devices passed through, so it cannot be moved."),
    "VM_REQUIRES_NET": lambda p, n: (
        f"The VM needs the network {_named(p, 1, n, 'of one of its interfaces')}, which that server does not have."),
    "HOST_DISABLED": lambda p, n: f"{_named(p, 0, n, 'The server', 'Server ')} is disabled (in maintenance mode).",
    "VDI_NOT_IN_MAP": lambda p, n: f"The virtual disk{_named(p, 0, n, '', ' ')} was not given a destination storage.",
    "VIF_NOT_IN_MAP": lambda p, n: "A network interface of the VM was not given a destination network.",
    "VDI_NEEDS_VM_FOR_MIGRATE": lambda p, n: (
        f"Cannot migrate the virtual disk{_named(p, 0, n, '', ' ')} as it is not attached to a running VM."),
    "CANNOT_CONTACT_HOST": lambda p, n: (
        f"The destination server{' ' + _param(p, 0) if p else ''} cannot be contacted: it may be switched off or "
        "there may be network connectivity problems."),
    "HOST_CANNOT_ATTACH_NETWORK": lambda p, n: (
        f"{_named(p, 0, n, 'The server')} cannot use the network{_named(p, 1, n, '', ' ')} for the transfer."),
    "PIF_HAS_NO_NETWORK_CONFIGURATION": lambda p, n: (
        "The transfer network has no IP address on the destination server: choose another."),
    "INTERFACE_HAS_NO_IP": lambda p, n: "The transfer network has no IP address on the destination server.",
    "VM_HOST_INCOMPATIBLE_VERSION_MIGRATE": lambda p, n: (
        "Cannot migrate a VM to a destination server which is older than the source server."),
    "TOO_MANY_STORAGE_MIGRATES": lambda p, n: "Too many VMs are moving their storage at once: try again later.",
    "VM_MIGRATE_FAILED": lambda p, n: f"VM migration failed: {_param(p, 3) or 'the destination refused it'}.",
    "MEMORY_CONSTRAINT_VIOLATION_ORDER": lambda p, n: (
        "Memory limits must satisfy static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ static maximum."),
    "ONLY_REVERT_SNAPSHOT": lambda p, n: "Only a snapshot can be reverted to.",
    "VM_REVERT_FAILED": lambda p, n: "The VM could not be reverted to the snapshot (its VM may no longer exist).",
    "HOST_OFFLINE": lambda p, n: f"{_named(p, 0, n, 'The server', 'Server ')} is offline.",
    "HOST_NOT_LIVE": lambda p, n: "The server is not live (it is not responding to the pool).",
    "HOST_IN_EMERGENCY_MODE": lambda p, n: "The server is in emergency mode: its pool coordinator is unreachable.",
    "NO_HOSTS_AVAILABLE": lambda p, n: "No server in the pool can run this VM right now.",
    "VM_MISSING_PV_DRIVERS": lambda p, n: (
        f"{_named(p, 0, n, 'The VM')} has no VM tools installed, so it cannot do this cleanly. "
        "Use the forced variant, or install the tools."),
    "VM_LACKS_FEATURE": lambda p, n: f"{_named(p, 0, n, 'The VM')} does not support this (its tools lack it).",
    "VM_LACKS_FEATURE_SHUTDOWN": lambda p, n: (
        f"{_named(p, 0, n, 'The VM')} cannot shut down cleanly (its tools lack it). Use Force Shut Down."),
    "VM_LACKS_FEATURE_SUSPEND": lambda p, n: f"{_named(p, 0, n, 'The VM')} cannot be suspended (its tools lack it).",
    "VM_IS_TEMPLATE": lambda p, n: "This is a template: templates cannot be started or stopped.",
    "VM_HOST_INCOMPATIBLE_VERSION": lambda p, n: "That server runs a version that cannot host this VM.",
    "VM_REQUIRES_SR": lambda p, n: (
        f"This VM needs storage that cannot be seen from that server ({_named(p, 1, n, 'a storage repository')})."),
    "VM_REQUIRES_NETWORK": lambda p, n: "The VM needs a network that this server does not have.",
    "LICENCE_RESTRICTION": lambda p, n: "Your license does not allow this operation.",
    "MESSAGE_METHOD_UNKNOWN": lambda p, n: (
        "The server does not know this operation (its version does not offer it)."),
    "TASK_CANCELLED": lambda p, n: "The operation was cancelled.",
    "SYSTEM_STATUS_RETRIEVAL_FAILED": lambda p, n: "The server could not send its status report (the connection "
                                                   "was cut, or xen-bugtool failed on the server)"
                                                   + (f": {p[0]}" if p else "."),
    "HOST_IN_USE": lambda p, n: "The server is in use and cannot do this now.",
    "HOST_CANNOT_DESTROY_SELF": lambda p, n: "A server cannot remove itself from the pool.",
    "HOST_NOT_DISABLED": lambda p, n: "The server must be in maintenance mode (disabled) for this.",
    "HOST_IS_LIVE": lambda p, n: "This operation cannot be completed because the server is still live.",
    "HOST_POWER_ON_MODE_DISABLED": lambda p, n: (
        "This operation cannot be completed because the server power on mode is disabled."),
    "HA_IS_ENABLED": lambda p, n: "The operation could not be performed because HA is enabled on the pool.",
    "HOST_IS_SLAVE": lambda p, n: "This server is a pool member; only the pool coordinator can do this.",
    "SR_FULL": lambda p, n: "The storage repository is full" + (
        f": {_bytes(_param(p, 0))} needed, {_bytes(_param(p, 1))} free." if len(p) >= 2 else "."),
    "SR_HAS_NO_PBDS": lambda p, n: "The storage repository is not attached to any server.",
    "VDI_IN_USE": lambda p, n: "The virtual disk is in use.",
    "VDI_READONLY": lambda p, n: "The virtual disk is read-only.",
    "VDI_NOT_MANAGED": lambda p, n: "The virtual disk is not managed by the server.",
    "VBD_NOT_EMPTY": lambda p, n: "The DVD drive is not empty: eject its disc first.",
    "VBD_IS_EMPTY": lambda p, n: "The DVD drive is empty.",
    "VBD_NOT_REMOVABLE_MEDIA": lambda p, n: "Only a DVD drive can have its disc changed.",
    "VBD_NOT_UNPLUGGABLE": lambda p, n: "This virtual disk cannot be deactivated while the VM runs.",
    "VBD_CDS_MUST_BE_READONLY": lambda p, n: "A DVD drive must be read-only.",
    "DEVICE_ALREADY_ATTACHED": lambda p, n: "The device is already active.",
    "DEVICE_ALREADY_DETACHED": lambda p, n: "The device is not active.",
    "DEVICE_ALREADY_EXISTS": lambda p, n: f"The VM already has a device at position {_param(p, 0)}.",
    "DEVICE_DETACH_REJECTED": lambda p, n: "The VM refused to let the device go (is it in use in the guest?).",
    "INVALID_DEVICE": lambda p, n: f"'{_param(p, 0)}' is not a valid device position.",
    "MAC_INVALID": lambda p, n: f"'{_param(p, 0)}' is not a valid MAC address.",
    "UUID_INVALID": lambda p, n: f"No {_param(p, 0) or 'object'} has the UUID '{_param(p, 1)}'.",
    "SR_OPERATION_NOT_SUPPORTED": lambda p, n: "The storage repository does not support this operation.",
    "SR_NO_PBDS": lambda p, n: "The storage repository is not attached to any server.",
    "OPERATION_NOT_ALLOWED": lambda p, n: f"The server does not allow this now{': ' + _param(p, 0) if p else '.'}"
                                          + ("." if p and not _param(p, 0).endswith(".") else ""),
    "DISK_VBD_MUST_BE_READWRITE_FOR_HVM": lambda p, n: "A disk of an HVM guest must be read-write.",
    "INTERNAL_ERROR": lambda p, n: "The server reported an internal error.",
    "CLIENT_ERROR": lambda p, n: "The transfer stopped: the connection to this program was lost.",
    "VDI_IO_ERROR": lambda p, n: "The server could not read or write the virtual disk (device I/O error).",
    **{code: (lambda code: lambda p, n: import_error_words(code, p))(code) for code in IMPORT_ERRORS},
}


class StepFailed(Exception):
    """A step of an operation of several (``what`` it changes) failed with ``cause``; ``saved``: what the
    steps before it did."""

    def __init__(self, what: str, saved: list[str], cause: BaseException) -> None:
        super().__init__(what)
        self.what, self.saved, self.cause = what, saved, cause


class MakeFailed(Exception):
    """A step of an operation that makes something (``what``: "create the VM's disk 'web 0'") failed with
    ``cause``; ``note`` says what became of what the earlier steps made (removed, or left for the user)."""

    def __init__(self, what: str, cause: BaseException, note: str = "") -> None:
        super().__init__(what)
        self.what, self.cause, self.note = what, cause, note


class PluginRefused(Exception):
    """A host plugin answered with its own error document (SM's trim plugin): its words and its code."""

    def __init__(self, words: str, code: str) -> None:
        super().__init__(words)
        self.code = code


# ---- storage (issue 14): SR and PBD errors, in XenCenter's words where it has them --------------------------

_EXPLANATIONS.update({
    "SR_HAS_PBD": lambda p, n: (
        f"{_named(p, 0, n, 'The SR')} is still connected to a server: detach it first."),
    "SR_NO_PBDS": lambda p, n: f"{_named(p, 0, n, 'The SR')} is not connected to any server: repair it first.",
    "SR_NOT_EMPTY": lambda p, n: "The SR still holds virtual disks: delete them first.",
    "PBD_EXISTS": lambda p, n: f"The SR is already connected to {_named(p, 1, n, 'that server')}.",
    "SR_NOT_SHARABLE": lambda p, n: "A local SR can be connected to one server only.",
    "SR_UNKNOWN_DRIVER": lambda p, n: f"The server has no storage driver of type '{_param(p, 0)}'.",
    "SR_UUID_EXISTS": lambda p, n: "An SR with this UUID is already known to the pool.",
    "XENAPI_MISSING_PLUGIN": lambda p, n: f"The server has no '{_param(p, 0)}' plugin.",
})


# ---- joining a pool (issue 16): xapi's pre-join errors in XenCenter's words (FriendlyErrorNames) ----------------

_EXPLANATIONS.update({
    "JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS": lambda p, n: "The server joining the pool cannot contain any shared storage.",
    "JOINING_HOST_CANNOT_HAVE_RUNNING_VMS": lambda p, n: "The server joining the pool cannot have any running VMs.",
    "JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS": lambda p, n: (
        "The server joining the pool cannot have any running or suspended VMs."),
    "JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS": lambda p, n: (
        "The server joining the pool cannot already be a coordinator of another pool."),
    "JOINING_HOST_CONNECTION_FAILED": lambda p, n: "The connection to the joining server failed.",
    "JOINING_HOST_SERVICE_FAILED": lambda p, n: (
        "There was an error connecting to the server: the service contacted didn't reply properly."),
    "JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS": lambda p, n: (
        "Joining server cannot have VMs with any current operations."),
    "HOSTS_NOT_HOMOGENEOUS": lambda p, n: f"The servers in this pool are not homogeneous. {_param(p, 0)}".rstrip()
                                          + ("" if _param(p, 0).endswith(".") else "."),
    "HOSTS_NOT_COMPATIBLE": lambda p, n: "The hosts in this pool are not compatible.",
    "POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION": lambda p, n: (
        "The host joining the pool must have the same API version as the pool coordinator"
        + (f" ({_param(p, 0)}, the coordinator's {_param(p, 1)})." if len(p) >= 2 else ".")),
    "POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA": lambda p, n: (
        "The host joining the pool must have the same database schema as the pool coordinator."),
    "POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS": lambda p, n: (
        "The host joining the pool must not have any non-management vlans."),
    "POOL_JOINING_HOST_HAS_BONDS": lambda p, n: "The host joining the pool must not have any bonds.",
    "POOL_JOINING_HOST_HAS_TUNNELS": lambda p, n: "The host joining the pool must not have any tunnels.",
    "POOL_JOINING_HOST_HAS_NETWORK_SRIOVS": lambda p, n: "The host joining the pool must not have any network SR-IOVs.",
    "POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH": lambda p, n: (
        "The host joining the pool must have the same management vlan."),
    "POOL_JOINING_EXTERNAL_AUTH_MISMATCH": lambda p, n: (
        "The external authentication configuration of the server joining the pool must match the pool's own "
        "external authentication configuration."),
    "POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH": lambda p, n: (
        "Certificate verification is enabled on one of the pool and the server joining it, but not on the other."),
    "HOST_STILL_BOOTING": lambda p, n: "The server is still booting.",
    "NOT_SUPPORTED_DURING_UPGRADE": lambda p, n: "This operation is not supported during an upgrade.",
})


def explain(exc: BaseException, name_of: NameOf | None = None) -> tuple[str, str]:
    """``(sentence for the user, raw details)``; ``name_of(ref)`` turns refs in the params into names."""
    if isinstance(exc, MakeFailed):
        words, details = explain(exc.cause, name_of)
        return f"Could not {exc.what}: {words}" + (f" {exc.note}" if exc.note else ""), details
    if isinstance(exc, StepFailed):
        words, details = explain(exc.cause, name_of)
        text = f"Could not change {exc.what}: {words}"
        if exc.saved:
            text += f" (Saved: {', '.join(exc.saved)}.)"
        return text, details
    if isinstance(exc, Failure):
        details = " ".join([exc.code, *exc.params])
        words_for = _EXPLANATIONS.get(exc.code)
        if words_for is not None:
            return words_for(list(exc.params), name_of), details
        if exc.code.startswith("SR_BACKEND_FAILURE"):
            # xapi wraps SM's error as ["", SM's words, SM's stderr]: the words first (stderr may be XML)
            reason = (exc.params[1] if len(exc.params) > 1 and exc.params[1]
                      else next((p for p in reversed(exc.params) if p), ""))
            return f"The storage backend failed{': ' + reason if reason else '.'}", details
        return f"The server refused the operation ({exc.code.replace('_', ' ').lower()}).", details
    if isinstance(exc, TransportError):
        return f"The server could not be reached: {exc}", exc.code
    if isinstance(exc, BadFile):
        return str(exc), "BAD_FILE"
    if isinstance(exc, PluginRefused):
        return str(exc), exc.code
    if isinstance(exc, UnreadableProbe):
        return str(exc), "UNREADABLE_PROBE"
    if isinstance(exc, OSError):
        return f"The file could not be written or read: {exc.strerror or exc}", type(exc).__name__
    if isinstance(exc, (CertificateMismatch, CertificateUntrusted)):
        return str(exc), exc.code
    if isinstance(exc, XenAPIError):
        return str(exc), exc.code
    return f"Unexpected error: {exc}" if str(exc) else f"Unexpected error ({type(exc).__name__})", type(exc).__name__


def connection_problem(exc: BaseException) -> str:
    """Why a connection failed, in words (the connection's state reason)."""
    if isinstance(exc, AuthenticationFailed):
        return "Wrong user name or password"
    if isinstance(exc, CertificateMismatch):
        return "Certificate changed: the host presented a different certificate than the one you trusted"
    if isinstance(exc, CertificateUntrusted):
        return "Certificate not trusted"
    if isinstance(exc, HostIsSlave):
        return f"Host is a pool member and its coordinator ({exc.coordinator_address}) could not be reached"
    if isinstance(exc, ProtocolError):
        return f"{exc} (is this a XenServer or XCP-ng host?)"
    if isinstance(exc, Failure) and exc.code == "RBAC_PERMISSION_DENIED":
        return describe_permission_denied(exc.params)
    if isinstance(exc, Failure):
        return f"The server refused: {exc}"
    if isinstance(exc, XenAPIError):
        return str(exc)
    return f"Unexpected error ({type(exc).__name__})"
