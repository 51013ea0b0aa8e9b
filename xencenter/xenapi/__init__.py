"""The XAPI wire client: sessions over JSON-RPC (XML-RPC fallback), typed errors, TLS pinning,
Async tasks, event.from, and the HTTP side channels (console tunnel, /rrd_updates). Imports no Qt."""

from .address import ServerAddress, host_url, located, normalize_url
from .errors import (
    AuthenticationFailed,
    CertificateMismatch,
    CertificateUntrusted,
    ConsoleBusy,
    ConsoleUnavailable,
    EventsLost,
    Failure,
    HostIsSlave,
    OutcomeUnknown,
    ProtocolError,
    SessionInvalid,
    TaskCancelled,
    TransportError,
    XenAPIError,
)
from .events import Event, EventBatch, parse_event_batch
from .http import open_console_socket, open_console_streams
from .rrd import Column, RRDUpdates, fetch_rrd_updates, parse_rrd_updates
from .session import Session, login_following_coordinator
from .tasks import parse_task_result, start_task, wait_task
from .tls import CertificateInfo, fetch_certificate, fingerprint_of, format_fingerprint
from .values import (
    NULL_REF,
    format_xapi_datetime,
    normalize_datetime,
    parse_xapi_datetime,
)

__all__ = [
    "NULL_REF",
    "AuthenticationFailed",
    "CertificateInfo",
    "CertificateMismatch",
    "CertificateUntrusted",
    "Column",
    "ConsoleBusy",
    "ConsoleUnavailable",
    "Event",
    "EventBatch",
    "EventsLost",
    "Failure",
    "HostIsSlave",
    "OutcomeUnknown",
    "ProtocolError",
    "RRDUpdates",
    "ServerAddress",
    "Session",
    "SessionInvalid",
    "TaskCancelled",
    "TransportError",
    "XenAPIError",
    "fetch_certificate",
    "fetch_rrd_updates",
    "fingerprint_of",
    "format_fingerprint",
    "format_xapi_datetime",
    "host_url",
    "located",
    "login_following_coordinator",
    "normalize_datetime",
    "normalize_url",
    "open_console_socket",
    "open_console_streams",
    "parse_event_batch",
    "parse_rrd_updates",
    "parse_task_result",
    "parse_xapi_datetime",
    "start_task",
    "wait_task",
]
