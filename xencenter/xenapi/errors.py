"""One exception family for everything the wire can do wrong, so callers need a single ``except XenAPIError``.

Messages are written for humans (they reach dialogs) and never contain a password: the client never
puts request parameters into an error, only what the server or the network said.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from .tls import CertificateInfo


class XenAPIError(Exception):
    """Base of the family: ``code`` is xapi's error code (or the client's own), ``params`` its parameters."""

    code: str
    params: list[Any]

    def __init__(self, code: str, params: Sequence[Any] = (), message: str | None = None) -> None:
        self.code = code
        self.params = list(params)
        super().__init__(message or (f"{code} {self.params}" if self.params else code))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.params!r})"


class Failure(XenAPIError):
    """xapi refused a call: ``ErrorDescription`` (XML-RPC) or ``error`` (JSON-RPC) as code and params."""

    registry: ClassVar[dict[str, type[Failure]]] = {}
    wire_code: ClassVar[str | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.wire_code:
            Failure.registry[cls.wire_code] = cls

    def __init__(self, code: str, params: Sequence[Any] = ()) -> None:
        super().__init__(code, [str(p) for p in params])

    @staticmethod
    def from_wire(code: str, params: Sequence[Any] = ()) -> Failure:
        """The most specific Failure subclass for an xapi error code."""
        return Failure.registry.get(code, Failure)(code, params)


class SessionInvalid(Failure):
    """The session is gone (toolstack restart, logout, expiry): log in again and refetch everything."""

    wire_code = "SESSION_INVALID"

    def __init__(self, code: str = "SESSION_INVALID", params: Sequence[Any] = ()) -> None:
        super().__init__(code, params)


class AuthenticationFailed(Failure):
    """Wrong user name or password (params: user, xapi's message)."""

    wire_code = "SESSION_AUTHENTICATION_FAILED"


class HostIsSlave(Failure):
    """The host is a pool member; ``coordinator_address`` is where the pool coordinator is ("ip" or "ip:port")."""

    wire_code = "HOST_IS_SLAVE"

    @property
    def coordinator_address(self) -> str:
        return self.params[0] if self.params else ""


class EventsLost(Failure):
    """The event queue overflowed: refetch from token ``""``."""

    wire_code = "EVENTS_LOST"


class TaskCancelled(Failure):
    """An Async task ended as ``cancelled`` (ours or someone else's cancel)."""

    wire_code = "TASK_CANCELLED"

    def __init__(self, code: str = "TASK_CANCELLED", params: Sequence[Any] = ()) -> None:
        super().__init__(code, params)


class OutcomeUnknown(XenAPIError):
    """Contact with the server was lost while an operation ran there: it may have finished or not."""

    def __init__(self, what: str, cause: XenAPIError) -> None:
        self.cause = cause
        super().__init__(
            "OUTCOME_UNKNOWN",
            [what, cause.code],
            f"Lost track of {what} ({cause}). It may still complete on the server: check the object's state "
            "once connected again.",
        )


class ProtocolError(XenAPIError):
    """The reply was not a well-formed XAPI answer (HTML error page, truncated body, wrong shape...)."""

    def __init__(self, message: str) -> None:
        super().__init__("PROTOCOL_ERROR", [message], message)


class TransportError(XenAPIError):
    """The host could not be reached or stopped answering (refused, timeout, DNS, TLS handshake).

    ``maybe_delivered`` is False only when the request certainly never reached the server (no connection,
    failed handshake): then a call that changes something certainly did not happen.
    """

    def __init__(self, message: str, *, maybe_delivered: bool = True) -> None:
        super().__init__("TRANSPORT_ERROR", [message], message)
        self.maybe_delivered = maybe_delivered


class CertificateMismatch(XenAPIError):
    """The host presented a certificate other than the pinned one: possibly an attack, never accept silently."""

    def __init__(self, expected: str, actual: str, host: str | None = None) -> None:
        self.expected = expected
        self.actual = actual
        where = f" of {host}" if host else ""
        super().__init__(
            "CERTIFICATE_MISMATCH",
            [expected, actual],
            f"The certificate{where} has changed: expected SHA-256 {expected}, got {actual}",
        )


class CertificateUntrusted(XenAPIError):
    """No trusted authority vouches for the host's certificate; ``info`` lets the UI ask the user to pin it."""

    def __init__(self, info: CertificateInfo, host: str | None = None) -> None:
        self.info = info
        where = f" of {host}" if host else ""
        super().__init__(
            "CERTIFICATE_UNTRUSTED",
            [info.sha256],
            f"The certificate{where} is not trusted (subject {info.subject}, SHA-256 {info.sha256})",
        )


class ConsoleUnavailable(XenAPIError):
    """The console tunnel was refused: the VM has no console (not running) or it is in use."""

    def __init__(self, message: str = "no console", code: str = "CONSOLE_UNAVAILABLE") -> None:
        super().__init__(code, [message], message)


class ConsoleBusy(ConsoleUnavailable):
    """xapi answered 503: the console is busy (another client, or the VM is changing state)."""

    def __init__(self, message: str = "console busy") -> None:
        super().__init__(message, "CONSOLE_BUSY")
