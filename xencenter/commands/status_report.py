"""Tools > Server Status Report (XenCenter's BugTool wizard and its status report actions): from each chosen
server its xen-bugtool report (``GET /system-status?entries=...&output=tar`` on that server, under a task:
progress, cancel), plus this application's log, into one zip the user names.

The zip is written as ``FILE.part`` and renamed once whole: a cancel, or no server answering, leaves no file; a
server that fails is left out and named in the operation's failure (the others' report is saved, as XenCenter). Each server's
tar is unpacked into ``<time>-bugtool-<server>/`` (member names made safe), the log goes in as
``<time>-xencenter.log``, scrubbed of every secret this process knows (the session travels as a cookie and is
written nowhere). ``commands.status_report.capabilities`` is the wizard's question to the servers.
"""

from __future__ import annotations

import contextlib
import logging
import os
import posixpath
import shutil
import tarfile
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Command, Param, Selection
from xencenter.commands.work import Subject, start_operation
from xencenter.model import status_report as report
from xencenter.model.failures import MakeFailed, explain
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.model.xva import BadFile
from xencenter.operations import applog
from xencenter.operations.background import BackgroundTask, report_progress, run_in_background
from xencenter.xenapi import secrets
from xencenter.xenapi.errors import TaskCancelled, XenAPIError
from xencenter.xenapi.transfer import download

if TYPE_CHECKING:
    from xencenter.model.objects import Host
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session

log = logging.getLogger(__name__)
PART = ".part"
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One server of the report: where its ``/system-status`` is and the session that asks for it."""

    name: str
    hostname: str
    url: str
    fingerprint: str | None
    session: Session | None  # None: the operation's own (the first server's connection)


def _hosts_of(obj: Any) -> list[Host]:
    if hasattr(obj, "all") and not hasattr(obj, "cls"):  # a connection's cache
        return list(obj.all("host"))
    cls = getattr(obj, "cls", "")
    if cls == "host":
        return [obj]
    if cls == "pool":
        return list(obj.cache.all("host"))
    cache = getattr(getattr(obj, "connection", None), "cache", None)
    return list(cache.all("host")) if cache is not None and getattr(obj.connection, "session", None) else []


def log_files() -> list[str]:
    """This application's log and its rotations, oldest last (what goes in as the client's logs)."""
    current = applog.log_file()
    names = [str(current)] + [f"{current}.{n}" for n in range(1, applog.BACKUPS + 1)]
    return [n for n in names if os.path.isfile(n)]


def log_size() -> int:
    return sum(os.path.getsize(n) for n in log_files())


def capabilities(session: Session, host_ref: str) -> list[report.Capability]:
    """What one server can put in a report (the wizard asks each chosen server, on a worker)."""
    return report.parse_capabilities(str(session.call("host.get_system_status_capabilities", host_ref)))


NO_CAPABILITIES = QT_TRANSLATE_NOOP("CommandReasons", "The selected servers failed when asked for their "
                                                      "capabilities.  Please select different servers.")


def query_capabilities(context: AppContext, hosts: list[Host],
                       done: Callable[[list[report.Capability], str], None]) -> BackgroundTask:
    """What the chosen servers can all put in a report, plus the client's log (the wizard's Select Report
    Contents), asked in the background: ``done(capabilities, "")`` or ``done([], problem)`` on this thread."""
    asked = []
    for host in hosts:
        connection = context.connections.for_cache(host.cache)
        if connection is not None and connection.session is not None:
            asked.append((connection.session, host.ref))

    def ask() -> list[report.Capability]:
        lists = []
        for session, ref in asked:
            try:
                lists.append(capabilities(session, ref))
            except (XenAPIError, ValueError) as e:
                log.warning("a server did not say what its status report can hold: %s", e)
        return report.common_capabilities(lists, log_size())

    return run_in_background(ask, on_success=lambda found: done(found, "" if found else translate("CommandReasons",
                                                                                                   NO_CAPABILITIES)),
                             on_failure=lambda exc: done([], explain(exc)[0]))


def _safe_member(name: str) -> str | None:
    """A tar member's path inside the zip, or None for one that would escape its folder."""
    clean = posixpath.normpath(name.replace("\\", "/")).lstrip("/")
    return None if not clean or clean == "." or clean.startswith("..") else clean


def _check(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise TaskCancelled()


def _check_tar(tar_path: str) -> None:
    """A whole tar, or BadFile: a report that ended early (its members are read to the end)."""
    try:
        with tarfile.open(tar_path, "r:*") as tar:
            for _member in tar:
                pass
    except (tarfile.TarError, EOFError) as e:
        raise BadFile(translate("CommandReasons", "The report ended early ({error}): the connection to the server was "
                                                  "lost.").format(error=e)) from None


def _failure(failed: list[tuple[Source, Exception]], note: str = "") -> MakeFailed:
    """The servers that sent no report, with the first one's reason in words."""
    names = ", ".join(f"'{source.name}'" for source, _e in failed)
    return MakeFailed(translate("Progress", "get the status report of {names}").format(names=names), failed[0][1], note)


def _add_tar(archive: zipfile.ZipFile, tar_path: str, folder: str, cancel: threading.Event) -> None:
    """A server's (checked) tar unpacked into ``folder`` of the zip."""
    with tarfile.open(tar_path, "r:*") as tar:
        for member in tar:
            _check(cancel)
            name = _safe_member(member.name)
            source = tar.extractfile(member) if member.isfile() else None
            if name is None or source is None:
                continue
            with source, archive.open(f"{folder}/{name}", "w") as target:
                shutil.copyfileobj(source, target, CHUNK)


def _add_logs(archive: zipfile.ZipFile, stamp: str, hide: Iterable[str]) -> None:
    secret_refs = [ref for ref in hide if ref]
    for number, path in enumerate(log_files()):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = secrets.scrub(f.read())
        for ref in secret_refs:
            text = text.replace(ref, "********")
        archive.writestr(f"{stamp}-xencenter.log" + (f".{number}" if number else ""), text)


def _progress(done: int, steps: int) -> Callable[[float], None]:
    return lambda fraction: report_progress((done + fraction) / steps)


def report_work(sources: list[Source], entries: list[str], path: str, stamp: str,
                coordinators: str = "") -> Callable[[Session, Any], None]:
    """The report's work: each server's tar into a temporary folder, then one zip at ``path`` (with the client's
    logs: ``coordinators``, each server's place in its pool, as XenCenter adds it)."""
    server_entries = [e for e in entries if e != report.CLIENT_LOGS]
    with_logs = report.CLIENT_LOGS in entries

    def work(session: Session, op: Any) -> None:
        cancel: threading.Event = op.cancel_event
        asked = sources if server_entries else []
        steps = len(asked) + 1

        def task_for(source: Source) -> str:
            return str((source.session or session).call("task.create", "get_system_status_task", source.hostname))

        if getattr(session, "planning", False):
            for source in asked:
                task_for(source)
            return
        part = path + PART
        scratch = tempfile.mkdtemp(prefix="xencenter-report-")
        try:
            tars, failed = [], []
            for number, source in enumerate(asked):
                _check(cancel)
                tar_path = os.path.join(scratch, f"{number}.tar")
                try:
                    with open(tar_path, "wb") as out:
                        download(source.session or session, task_for(source), "/system-status",
                                 {"entries": ",".join(server_entries), "output": "tar"}, out,
                                 progress=_progress(number, steps),
                                 cancel=cancel, host=(source.url, source.fingerprint))
                    _check_tar(tar_path)
                except TaskCancelled:
                    raise
                except Exception as e:  # XenCenter goes on with the others: a server down spoils no report
                    log.warning("no status report from %s: %s", source.name, e)
                    failed.append((source, e))
                    continue
                tars.append((source, tar_path))
            if failed and not tars:
                raise _failure(failed)
            with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as archive:
                for source, tar_path in tars:
                    _add_tar(archive, tar_path, report.host_folder(stamp, source.hostname), cancel)
                _check(cancel)
                if with_logs:
                    _add_logs(archive, stamp, [session.ref or ""] + [s.session.ref or "" for s in sources if s.session])
                    if coordinators:
                        archive.writestr(f"{stamp}-Coordinators.txt", coordinators)
            _check(cancel)
            os.replace(part, path)
            report_progress(1.0)
            if failed:
                raise _failure(failed, translate("CommandReasons", "The report of the other servers was saved to "
                                                                   "{path}.").format(path=path))
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.remove(part)
            raise
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    return work


class StatusReportCommand(Command):
    """XenCenter's BugToolCommand: collect a status report from servers into one zip."""

    id, title, text = "host.status-report", "Server Status Report", "&Server Status Report..."
    help = ("Collect diagnostic reports from servers (the entries xen-bugtool offers) and this application's "
            "log into one zip file, for support.")
    activity, group, order = "Collecting server status report", 5, 10  # above Options, as XenCenter
    menus: ClassVar[tuple[str, ...]] = ("Tools",)
    kinds: ClassVar[tuple[str, ...]] = ("host", "pool", "server")
    wants = "servers or pools"
    needs_selection, in_context_menu = False, False
    params = (
        Param("host", "host", "a server to include (default: every server of the pool)", many=True),
        Param("file", str, "the zip file to write (default: status-report-<time>.zip, XenCenter's name)"),
        Param("entries", str, "what to include: capability keys (host.get_system_status_capabilities) and "
                              f"'{report.CLIENT_LOGS}'; default: those checked by default", many=True),
        Param("overwrite", bool, "replace the file if it exists"),
    )

    def refusal(self, obj: Any) -> str:
        return "" if obj is None or _hosts_of(obj) else translate("CommandReasons", "Connect to the server first.")

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        given = {k: v for k, v in params.items() if v not in (None, False, [], ())}
        chosen = list(given.pop("host", None) or self.targets(selection))
        if not chosen and context.connections and not selection:  # nothing chosen: every connected server
            chosen = [c.cache for c in context.connections if c.session is not None]
        hosts = list({h.ref: h for obj in chosen for h in _hosts_of(obj)}.values())
        if not given.get("file"):  # the window's wizard; the command line's default name
            answer = context.dialogs.status_report(context, hosts)
            if answer is None:
                return []
            hosts, given = list(answer.pop("hosts")), {**given, **answer}
        if not hosts:
            raise ValueError(translate("CommandReasons", "Choose the servers to collect a report from."))
        path = os.path.abspath(str(given["file"]))
        if not path.lower().endswith(".zip"):
            path += ".zip"
        if os.path.exists(path) and not given.get("overwrite"):
            raise ValueError(translate("CommandReasons", "'{path}' exists: give --overwrite to replace it.").format(
                path=path))
        if not os.path.isdir(os.path.dirname(path)):
            raise ValueError(translate("CommandReasons", "The folder of '{path}' does not exist.").format(path=path))
        entries = [e for item in given.get("entries") or [] for e in str(item).split(",") if e]
        if not entries:
            entries = [report.CLIENT_LOGS, *self.default_entries(context, hosts[0])]
        return [self.start(context, hosts, entries, path)]

    @staticmethod
    def default_entries(context: AppContext, host: Host) -> list[str]:
        """The command line's default: what the first server checks by default (asked now, on this thread)."""
        connection = context.connections.for_cache(host.cache)
        session = connection.session if connection is not None else None
        if session is None:
            return []
        return [c.key for c in capabilities(session, host.ref) if c.default_checked]

    def start(self, context: AppContext, hosts: list[Host], entries: list[str], path: str) -> Operation:
        first = context.connections.for_cache(hosts[0].cache)
        sources = []
        for host in hosts:
            connection = context.connections.for_cache(host.cache)
            if connection is None:
                continue
            session = connection.session
            url = connection.url_of(host.address) if host.address else (session.url if session else "")
            sources.append(Source(host.name, str(host.hostname or host.name), url,
                                  connection.fingerprint_for(url),
                                  None if connection is first else session))
        work = report_work(sources, entries, path, report.timestamp(), report.coordinators_text(hosts))
        return start_operation(context, self.activity, Subject(hosts[0].cache, os.path.basename(path)), work)
