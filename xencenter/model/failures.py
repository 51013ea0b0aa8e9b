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
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
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

#: Why a connection failed (``connection_problem``): in English like the connection's other reasons (code compares
#: them, the log keeps them); the window translates them where it shows them (``views/words.reason``).
WRONG_PASSWORD = QT_TRANSLATE_NOOP("Connection", "Wrong user name or password")
CERTIFICATE_CHANGED = QT_TRANSLATE_NOOP(
    "Connection", "Certificate changed: the host presented a different certificate than the one you trusted")
CERTIFICATE_UNTRUSTED = QT_TRANSLATE_NOOP("Connection", "Certificate not trusted")
COORDINATOR_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Connection", "Host is a pool member and its coordinator ({address}) could not be reached")
NOT_XENAPI = QT_TRANSLATE_NOOP("Connection", "{why} (is this a XenServer or XCP-ng host?)")
SERVER_REFUSED = QT_TRANSLATE_NOOP("Connection", "The server refused: {why}")
UNEXPECTED = QT_TRANSLATE_NOOP("Connection", "Unexpected error ({kind})")
PROBLEMS = (WRONG_PASSWORD, CERTIFICATE_CHANGED, CERTIFICATE_UNTRUSTED, COORDINATOR_UNREACHABLE, NOT_XENAPI,
            SERVER_REFUSED, UNEXPECTED)

_POWER_STATE_WORDS = {"halted": QT_TRANSLATE_NOOP("Failures", "shut down"),
                      "running": QT_TRANSLATE_NOOP("Failures", "running"),
                      "suspended": QT_TRANSLATE_NOOP("Failures", "suspended"),
                      "paused": QT_TRANSLATE_NOOP("Failures", "paused")}


def _state(text: str) -> str:
    words = _POWER_STATE_WORDS.get(text.lower())
    if words is not None:
        return translate("Failures", words)
    return text.lower() or translate("Failures", "in another state")


def _param(params: list[str], i: int) -> str:
    return params[i] if i < len(params) else ""


def _name(params: list[str], i: int, name_of: NameOf | None) -> str | None:
    """The name of the object whose ref is ``params[i]``, if known."""
    ref = _param(params, i)
    return name_of(ref) if name_of is not None and ref else None


def _named(params: list[str], i: int, name_of: NameOf | None, fallback: str, template: str | None = None) -> str:
    """``template`` (the name in quotes by default) filled with the name of the object whose ref is ``params[i]``,
    else ``fallback`` (both already in the user's language)."""
    name = _name(params, i, name_of)
    return (template or translate("Failures", "'{name}'")).format(name=name) if name else fallback


def _server(params: list[str], i: int, name_of: NameOf | None) -> str:
    """"Server 'name'" or "The server", to start a sentence."""
    return _named(params, i, name_of, translate("Failures", "The server"), translate("Failures", "Server '{name}'"))


def _bytes(text: str) -> str:
    from xencenter.model.summaries import size_text

    return size_text(int(text)) if text.lstrip("-").isdigit() else text


def _the_vm(p: list[str], n: NameOf | None) -> str:
    return _named(p, 0, n, translate("Failures", "The VM"))


def _the_sr(p: list[str], n: NameOf | None) -> str:
    return _named(p, 0, n, translate("Failures", "The SR"))


def _bad_power_state(p: list[str], n: NameOf | None) -> str:
    vm = _named(p, 0, n, translate("Failures", "The VM"))
    return translate("Failures", "{vm} must be {expected} for this, but it is {actual}.").format(
        vm=vm, expected=_state(_param(p, 1)), actual=_state(_param(p, 2)))


def _in_progress(p: list[str], n: NameOf | None) -> str:
    what = _named(p, 1, n, translate("Failures", "this object"))
    return translate("Failures", "Another operation is already in progress on {what}. Wait for it to finish, then "
                                 "try again.").format(what=what)


_EXPLANATIONS: dict[str, Callable[[list[str], NameOf | None], str]] = {
    "VM_BAD_POWER_STATE": _bad_power_state,
    "OPERATION_BLOCKED": lambda p, n: (
        translate("Failures", "This operation has been blocked on {what} ({why}). Someone (or a tool) disabled it "
                              "on purpose.") if _param(p, 1) else
        translate("Failures", "This operation has been blocked on {what}. Someone (or a tool) disabled it on "
                              "purpose.")).format(what=_named(p, 0, n, translate("Failures", "this object")),
                                                  why=_param(p, 1)),
    "OTHER_OPERATION_IN_PROGRESS": _in_progress,
    "HANDLE_INVALID": lambda p, n: (
        translate("Failures", "The {kind} no longer exists: it was probably deleted by someone else.").format(
            kind=_param(p, 0)) if _param(p, 0) else
        translate("Failures", "The object no longer exists: it was probably deleted by someone else.")),
    "RBAC_PERMISSION_DENIED": lambda p, n: describe_permission_denied(p),
    "SESSION_INVALID": lambda p, n: translate("Failures", "The session with the server has ended. Reconnect and try again."),
    "SESSION_AUTHENTICATION_FAILED": lambda p, n: translate("Failures", "Wrong user name or password."),
    "HOST_NOT_ENOUGH_FREE_MEMORY": lambda p, n: (
        translate("Failures", "Not enough server memory is available to perform this operation: {needed} needed, "
                              "{free} free.").format(needed=_bytes(_param(p, 0)), free=_bytes(_param(p, 1)))
        if _param(p, 0).isdigit()
        else translate("Failures", "No server has enough free memory for {vm}.").format(
            vm=_named(p, 0, n, translate("Failures", "the VM")))),
    "HOST_NOT_ENOUGH_PCPUS": lambda p, n: (
        translate("Failures", "The server does not have enough CPUs to run the VM: it has {cpus}, the VM has "
                              "{vcpus} vCPUs.").format(cpus=_param(p, 1), vcpus=_param(p, 0))),
    "VM_INCOMPATIBLE_WITH_THIS_HOST": lambda p, n: (
        (translate("Failures", "{server} does not have some of the CPU features that {vm} is currently using "
                               "({features})") if _param(p, 2) else
         translate("Failures", "{server} does not have some of the CPU features that {vm} is currently using."))
        .format(server=_named(p, 1, n, translate("Failures", "The server")),
                vm=_named(p, 0, n, translate("Failures", "the VM")), features=_param(p, 2))),
    "VM_HAS_PCI_ATTACHED": lambda p, n: (
        translate("Failures", "{vm} has one or more PCI devices passed through, so it cannot be moved.").format(
            vm=_named(p, 0, n, translate("Failures", "The VM")))),
    "VM_REQUIRES_NET": lambda p, n: (
        translate("Failures", "The VM needs the network {network}, which that server does not have.").format(
            network=_named(p, 1, n, translate("Failures", "of one of its interfaces")))),
    "HOST_DISABLED": lambda p, n: translate("Failures", "{server} is disabled (in maintenance mode).").format(
        server=_server(p, 0, n)),
    "VDI_NOT_IN_MAP": lambda p, n: _named(
        p, 0, n, translate("Failures", "The virtual disk was not given a destination storage."),
        translate("Failures", "The virtual disk '{name}' was not given a destination storage.")),
    "VIF_NOT_IN_MAP": lambda p, n: translate("Failures", "A network interface of the VM was not given a destination network."),
    "VDI_NEEDS_VM_FOR_MIGRATE": lambda p, n: (
        _named(p, 0, n, translate("Failures", "Cannot migrate the virtual disk as it is not attached to a running VM."),
               translate("Failures", "Cannot migrate the virtual disk '{name}' as it is not attached to a running "
                                     "VM."))),
    "CANNOT_CONTACT_HOST": lambda p, n: (
        translate("Failures", "The destination server {server} cannot be contacted: it may be switched off or "
                              "there may be network connectivity problems.").format(server=_param(p, 0)) if p else
        translate("Failures", "The destination server cannot be contacted: it may be switched off or there may be "
                              "network connectivity problems.")),
    "HOST_CANNOT_ATTACH_NETWORK": lambda p, n: (
        (translate("Failures", "{server} cannot use the network '{network}' for the transfer.") if _name(p, 1, n)
         else translate("Failures", "{server} cannot use the network for the transfer.")).format(
            server=_named(p, 0, n, translate("Failures", "The server")), network=_name(p, 1, n))),
    "PIF_HAS_NO_NETWORK_CONFIGURATION": lambda p, n: translate(
        "Failures", "The transfer network has no IP address on the destination server: choose another."),
    "INTERFACE_HAS_NO_IP": lambda p, n: translate("Failures", "The transfer network has no IP address on the destination server."),
    "VM_HOST_INCOMPATIBLE_VERSION_MIGRATE": lambda p, n: translate(
        "Failures", "Cannot migrate a VM to a destination server which is older than the source server."),
    "TOO_MANY_STORAGE_MIGRATES": lambda p, n: translate("Failures", "Too many VMs are moving their storage at once: try again later."),
    "VM_MIGRATE_FAILED": lambda p, n: translate("Failures", "VM migration failed: {why}.").format(
        why=_param(p, 3) or translate("Failures", "the destination refused it")),
    "MEMORY_CONSTRAINT_VIOLATION_ORDER": lambda p, n: translate(
        "Failures", "Memory limits must satisfy static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ static maximum."),
    "ONLY_REVERT_SNAPSHOT": lambda p, n: translate("Failures", "Only a snapshot can be reverted to."),
    "VM_REVERT_FAILED": lambda p, n: translate("Failures", "The VM could not be reverted to the snapshot (its VM may no longer exist)."),
    "HOST_OFFLINE": lambda p, n: translate("Failures", "{server} is offline.").format(server=_server(p, 0, n)),
    "HOST_NOT_LIVE": lambda p, n: translate("Failures", "The server is not live (it is not responding to the pool)."),
    "HOST_IN_EMERGENCY_MODE": lambda p, n: translate("Failures", "The server is in emergency mode: its pool coordinator is unreachable."),
    "NO_HOSTS_AVAILABLE": lambda p, n: translate("Failures", "No server in the pool can run this VM right now."),
    "VM_MISSING_PV_DRIVERS": lambda p, n: (
        translate("Failures", "{vm} has no VM tools installed, so it cannot do this cleanly. Use the forced "
                              "variant, or install the tools.").format(vm=_the_vm(p, n))),
    "VM_LACKS_FEATURE": lambda p, n: translate("Failures", "{vm} does not support this (its tools lack it).").format(
        vm=_the_vm(p, n)),
    "VM_LACKS_FEATURE_SHUTDOWN": lambda p, n: (
        translate("Failures", "{vm} cannot shut down cleanly (its tools lack it). Use Force Shut Down.").format(
            vm=_the_vm(p, n))),
    "VM_LACKS_FEATURE_SUSPEND": lambda p, n: translate(
        "Failures", "{vm} cannot be suspended (its tools lack it).").format(vm=_the_vm(p, n)),
    "VM_IS_TEMPLATE": lambda p, n: translate("Failures", "This is a template: templates cannot be started or stopped."),
    "VM_HOST_INCOMPATIBLE_VERSION": lambda p, n: translate("Failures", "That server runs a version that cannot host this VM."),
    "VM_REQUIRES_SR": lambda p, n: (
        translate("Failures", "This VM needs storage that cannot be seen from that server ({sr}).").format(
            sr=_named(p, 1, n, translate("Failures", "a storage repository")))),
    "VM_REQUIRES_NETWORK": lambda p, n: translate("Failures", "The VM needs a network that this server does not have."),
    "LICENCE_RESTRICTION": lambda p, n: translate("Failures", "Your license does not allow this operation."),
    "MESSAGE_METHOD_UNKNOWN": lambda p, n: translate(
        "Failures", "The server does not know this operation (its version does not offer it)."),
    "TASK_CANCELLED": lambda p, n: translate("Failures", "The operation was cancelled."),
    "SYSTEM_STATUS_RETRIEVAL_FAILED": lambda p, n: (
        translate("Failures", "The server could not send its status report (the connection was cut, or xen-bugtool "
                              "failed on the server): {why}").format(why=p[0]) if p else
        translate("Failures", "The server could not send its status report (the connection was cut, or xen-bugtool "
                              "failed on the server).")),
    "HOST_IN_USE": lambda p, n: translate("Failures", "The server is in use and cannot do this now."),
    "HOST_CANNOT_DESTROY_SELF": lambda p, n: translate("Failures", "A server cannot remove itself from the pool."),
    "HOST_NOT_DISABLED": lambda p, n: translate("Failures", "The server must be in maintenance mode (disabled) for this."),
    "HOST_IS_LIVE": lambda p, n: translate("Failures", "This operation cannot be completed because the server is still live."),
    "HOST_POWER_ON_MODE_DISABLED": lambda p, n: translate(
        "Failures", "This operation cannot be completed because the server power on mode is disabled."),
    "HA_IS_ENABLED": lambda p, n: translate("Failures", "The operation could not be performed because HA is enabled on the pool."),
    "HOST_IS_SLAVE": lambda p, n: translate("Failures", "This server is a pool member; only the pool coordinator can do this."),
    "SR_FULL": lambda p, n: (
        translate("Failures", "The storage repository is full: {needed} needed, {free} free.").format(
            needed=_bytes(_param(p, 0)), free=_bytes(_param(p, 1))) if len(p) >= 2 else
        translate("Failures", "The storage repository is full.")),
    "SR_HAS_NO_PBDS": lambda p, n: translate("Failures", "The storage repository is not attached to any server."),
    "VDI_IN_USE": lambda p, n: translate("Failures", "The virtual disk is in use."),
    "VDI_READONLY": lambda p, n: translate("Failures", "The virtual disk is read-only."),
    "VDI_NOT_MANAGED": lambda p, n: translate("Failures", "The virtual disk is not managed by the server."),
    "VBD_NOT_EMPTY": lambda p, n: translate("Failures", "The DVD drive is not empty: eject its disc first."),
    "VBD_IS_EMPTY": lambda p, n: translate("Failures", "The DVD drive is empty."),
    "VBD_NOT_REMOVABLE_MEDIA": lambda p, n: translate("Failures", "Only a DVD drive can have its disc changed."),
    "VBD_NOT_UNPLUGGABLE": lambda p, n: translate("Failures", "This virtual disk cannot be deactivated while the VM runs."),
    "VBD_CDS_MUST_BE_READONLY": lambda p, n: translate("Failures", "A DVD drive must be read-only."),
    "DEVICE_ALREADY_ATTACHED": lambda p, n: translate("Failures", "The device is already active."),
    "DEVICE_ALREADY_DETACHED": lambda p, n: translate("Failures", "The device is not active."),
    "DEVICE_ALREADY_EXISTS": lambda p, n: translate("Failures", "The VM already has a device at position {position}.")
    .format(position=_param(p, 0)),
    "DEVICE_DETACH_REJECTED": lambda p, n: translate("Failures", "The VM refused to let the device go (is it in use in the guest?)."),
    "INVALID_DEVICE": lambda p, n: translate("Failures", "'{position}' is not a valid device position.").format(
        position=_param(p, 0)),
    "MAC_INVALID": lambda p, n: translate("Failures", "'{mac}' is not a valid MAC address.").format(mac=_param(p, 0)),
    "UUID_INVALID": lambda p, n: (
        translate("Failures", "No {kind} has the UUID '{uuid}'.") if _param(p, 0) else
        translate("Failures", "No object has the UUID '{uuid}'.")).format(kind=_param(p, 0), uuid=_param(p, 1)),
    "SR_OPERATION_NOT_SUPPORTED": lambda p, n: translate("Failures", "The storage repository does not support this operation."),
    "SR_NO_PBDS": lambda p, n: translate("Failures", "The storage repository is not attached to any server."),
    "OPERATION_NOT_ALLOWED": lambda p, n: (
        translate("Failures", "The server does not allow this now: {why}").format(
            why=_param(p, 0) if _param(p, 0).endswith(".") else _param(p, 0) + ".") if p else
        translate("Failures", "The server does not allow this now.")),
    "DISK_VBD_MUST_BE_READWRITE_FOR_HVM": lambda p, n: translate("Failures", "A disk of an HVM guest must be read-write."),
    "INTERNAL_ERROR": lambda p, n: translate("Failures", "The server reported an internal error."),
    "CLIENT_ERROR": lambda p, n: translate("Failures", "The transfer stopped: the connection to this program was lost."),
    "VDI_IO_ERROR": lambda p, n: translate("Failures", "The server could not read or write the virtual disk (device I/O error)."),
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
        translate("Failures", "{sr} is still connected to a server: detach it first.").format(sr=_the_sr(p, n))),
    "SR_NO_PBDS": lambda p, n: translate("Failures", "{sr} is not connected to any server: repair it first.").format(
        sr=_the_sr(p, n)),
    "SR_NOT_EMPTY": lambda p, n: translate("Failures", "The SR still holds virtual disks: delete them first."),
    "PBD_EXISTS": lambda p, n: translate("Failures", "The SR is already connected to {server}.").format(
        server=_named(p, 1, n, translate("Failures", "that server"))),
    "SR_NOT_SHARABLE": lambda p, n: translate("Failures", "A local SR can be connected to one server only."),
    "SR_UNKNOWN_DRIVER": lambda p, n: translate("Failures", "The server has no storage driver of type '{type}'.")
    .format(type=_param(p, 0)),
    "SR_UUID_EXISTS": lambda p, n: translate("Failures", "An SR with this UUID is already known to the pool."),
    "XENAPI_MISSING_PLUGIN": lambda p, n: translate("Failures", "The server has no '{plugin}' plugin.").format(
        plugin=_param(p, 0)),
})


# ---- joining a pool (issue 16): xapi's pre-join errors in XenCenter's words (FriendlyErrorNames) ----------------

_EXPLANATIONS.update({
    "JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS": lambda p, n: translate("Failures", "The server joining the pool cannot contain any shared storage."),
    "JOINING_HOST_CANNOT_HAVE_RUNNING_VMS": lambda p, n: translate("Failures", "The server joining the pool cannot have any running VMs."),
    "JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS": lambda p, n: translate(
        "Failures", "The server joining the pool cannot have any running or suspended VMs."),
    "JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS": lambda p, n: translate(
        "Failures", "The server joining the pool cannot already be a coordinator of another pool."),
    "JOINING_HOST_CONNECTION_FAILED": lambda p, n: translate("Failures", "The connection to the joining server failed."),
    "JOINING_HOST_SERVICE_FAILED": lambda p, n: translate(
        "Failures", "There was an error connecting to the server: the service contacted didn't reply properly."),
    "JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS": lambda p, n: translate(
        "Failures", "Joining server cannot have VMs with any current operations."),
    "HOSTS_NOT_HOMOGENEOUS": lambda p, n: (
        translate("Failures", "The servers in this pool are not homogeneous. {why}").format(
            why=_param(p, 0) if _param(p, 0).endswith(".") else _param(p, 0) + ".") if _param(p, 0) else
        translate("Failures", "The servers in this pool are not homogeneous.")),
    "HOSTS_NOT_COMPATIBLE": lambda p, n: translate("Failures", "The hosts in this pool are not compatible."),
    "POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION": lambda p, n: (
        translate("Failures", "The host joining the pool must have the same API version as the pool coordinator "
                              "({version}, the coordinator's {coordinator}).").format(
            version=_param(p, 0), coordinator=_param(p, 1)) if len(p) >= 2 else
        translate("Failures", "The host joining the pool must have the same API version as the pool coordinator.")),
    "POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA": lambda p, n: translate(
        "Failures", "The host joining the pool must have the same database schema as the pool coordinator."),
    "POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS": lambda p, n: translate(
        "Failures", "The host joining the pool must not have any non-management vlans."),
    "POOL_JOINING_HOST_HAS_BONDS": lambda p, n: translate("Failures", "The host joining the pool must not have any bonds."),
    "POOL_JOINING_HOST_HAS_TUNNELS": lambda p, n: translate("Failures", "The host joining the pool must not have any tunnels."),
    "POOL_JOINING_HOST_HAS_NETWORK_SRIOVS": lambda p, n: translate("Failures", "The host joining the pool must not have any network SR-IOVs."),
    "POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH": lambda p, n: translate(
        "Failures", "The host joining the pool must have the same management vlan."),
    "POOL_JOINING_EXTERNAL_AUTH_MISMATCH": lambda p, n: translate(
        "Failures", "The external authentication configuration of the server joining the pool must match the pool's own "
        "external authentication configuration."),
    "POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH": lambda p, n: translate(
        "Failures", "Certificate verification is enabled on one of the pool and the server joining it, but not on the other."),
    "HOST_STILL_BOOTING": lambda p, n: translate("Failures", "The server is still booting."),
    "NOT_SUPPORTED_DURING_UPGRADE": lambda p, n: translate("Failures", "This operation is not supported during an upgrade."),
})


def explain(exc: BaseException, name_of: NameOf | None = None) -> tuple[str, str]:
    """``(sentence for the user, raw details)``; ``name_of(ref)`` turns refs in the params into names."""
    if isinstance(exc, MakeFailed):
        words, details = explain(exc.cause, name_of)
        text = translate("Failures", "Could not {what}: {why}").format(what=exc.what, why=words)
        return text + (f" {exc.note}" if exc.note else ""), details
    if isinstance(exc, StepFailed):
        words, details = explain(exc.cause, name_of)
        text = translate("Failures", "Could not change {what}: {why}").format(what=exc.what, why=words)
        if exc.saved:
            text += translate("Failures", " (Saved: {saved}.)").format(saved=", ".join(exc.saved))
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
            return (translate("Failures", "The storage backend failed: {why}").format(why=reason) if reason
                    else translate("Failures", "The storage backend failed.")), details
        return translate("Failures", "The server refused the operation ({code}).").format(
            code=exc.code.replace("_", " ").lower()), details
    if isinstance(exc, TransportError):
        return translate("Failures", "The server could not be reached: {why}").format(why=exc), exc.code
    if isinstance(exc, BadFile):
        return str(exc), "BAD_FILE"
    if isinstance(exc, PluginRefused):
        return str(exc), exc.code
    if isinstance(exc, UnreadableProbe):
        return str(exc), "UNREADABLE_PROBE"
    if isinstance(exc, OSError):
        return translate("Failures", "The file could not be written or read: {why}").format(
            why=exc.strerror or exc), type(exc).__name__
    if isinstance(exc, (CertificateMismatch, CertificateUntrusted)):
        return str(exc), exc.code
    if isinstance(exc, XenAPIError):
        return str(exc), exc.code
    return (translate("Failures", "Unexpected error: {why}").format(why=exc) if str(exc)
            else translate("Failures", "Unexpected error ({kind})").format(kind=type(exc).__name__)), type(exc).__name__


def connection_problem(exc: BaseException) -> str:
    """Why a connection failed, in words (the connection's state reason)."""
    if isinstance(exc, AuthenticationFailed):
        return WRONG_PASSWORD
    if isinstance(exc, CertificateMismatch):
        return CERTIFICATE_CHANGED
    if isinstance(exc, CertificateUntrusted):
        return CERTIFICATE_UNTRUSTED
    if isinstance(exc, HostIsSlave):
        return COORDINATOR_UNREACHABLE.format(address=exc.coordinator_address)
    if isinstance(exc, ProtocolError):
        return NOT_XENAPI.format(why=exc)
    if isinstance(exc, Failure) and exc.code == "RBAC_PERMISSION_DENIED":
        return describe_permission_denied(exc.params)
    if isinstance(exc, Failure):
        return SERVER_REFUSED.format(why=exc)
    if isinstance(exc, XenAPIError):
        return str(exc)
    return UNEXPECTED.format(kind=type(exc).__name__)
