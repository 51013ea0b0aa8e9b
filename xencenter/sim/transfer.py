"""``GET /export`` and ``PUT /import``: VMs as XVA streams over HTTP, under a task, as xapi serves them.

Both take ``session_id`` (query or cookie: 401 otherwise) and ``task_id`` (a task the client made with
``task.create``; one is made when it is missing). The task's progress follows the disks, ``task.cancel`` stops
the transfer (the export's connection is closed, an import's VM and disks are destroyed), and the task ends
``success`` (an import's ``result`` is the set of VMs made), ``failure`` with xapi's error or ``cancelled``.
A refusal found before any byte of an export is sent (the VM is running: ``VM_BAD_POWER_STATE``, busy,
unknown) also answers HTTP 500 with the error's code; an import answers 200 as soon as it starts reading, as
xapi does, and later errors are the task's.

- ``/export?ref=VM|uuid=UUID[&preserve_power_state=...]``: the XVA (``xva_export``), no Content-Length, the
  connection closed at the end; the VM is busy with ``export`` meanwhile.
- ``/import?sr_id=SR|sr_uuid=UUID[&restore=true][&force=true]`` (the pool's default SR when neither): a body
  with Content-Length (chunked: HTTP 403 and ``IMPORT_ERROR_CANNOT_HANDLE_CHUNKED``), into an SR that is not an
  ISO library (``SR_OPERATION_NOT_SUPPORTED``), read by ``xva_import``.
"""

from __future__ import annotations

from typing import Any

from .context import Context
from .errors import XapiError
from .fieldtypes import NULL_REF
from .routes import route
from .tasks import create_task, run_task
from .vmrules import check_operation
from .xva_export import lock_vm, ova_xml, plan_export, stream_export, unlock_vm
from .xva_import import Body, Made, create_objects, finish, member_data, next_member, parse_header, receive_disks, undo

#: The roles xapi grants ``http/get_export`` and ``http/put_import``.
TRANSFER_ROLES = ("pool-admin", "pool-operator", "vm-admin")


def task_of(request: Any, ctx: Context, label: str) -> str:
    """The client's task (``task_id``), or a new one."""
    task = request.query.get("task_id", "")
    if task and ctx.store.exists("task", task):
        return task
    return create_task(ctx, label)


def begin(request: Any, label: str, action: str, roles: tuple[str, ...] = TRANSFER_ROLES) -> Context | None:
    """The handler's context under its task, or None when the request was answered (401, 403)."""
    session = request.session()
    if session is None:
        request.send_plain(401, "Unauthorised")
        return None
    ctx = Context(request.api, session, request.host, caller=request.connection)
    ctx.task = task_of(request, ctx, label)
    if request.api.role_of(session) not in roles:
        error = XapiError("RBAC_PERMISSION_DENIED", action, "No permission in user session. (Roles with this "
                          f"permission: {', '.join(roles)})")
        run_task(ctx, failing(error), [])
        request.send_plain(403, error.code)
        return None
    return ctx


def failing(error: XapiError) -> Any:
    """A task's work that fails with ``error`` at once (a refusal under the client's task)."""

    def fail(ctx: Context) -> None:
        raise error

    return fail


def _vm_of(store: Any, query: dict[str, str]) -> str:
    if "ref" in query:
        store.get("VM", query["ref"])
        return query["ref"]
    return store.by_uuid("VM", query.get("uuid", ""))


def start_stream(request: Any, task: str, content_type: str = "application/octet-stream") -> None:
    """The 200 answer's headers, xapi's: no length, the task named, the connection closed after."""
    request.close_connection = True
    request.send_response(200)
    request.send_header("Content-Type", content_type)
    request.send_header("task-id", task)
    request.send_header("Connection", "close")
    request.end_headers()


@route("GET", "/export")
def export(request: Any) -> None:
    ctx = begin(request, "VM.export", "http/get_export")
    if ctx is None:
        return
    task = ctx.task or ""
    started = []

    def work(ctx: Context) -> None:
        vm_ref = _vm_of(ctx.store, request.query)
        lock_vm(ctx, vm_ref, "export", check_operation)
        try:
            with ctx.store.lock:
                plan = plan_export(ctx.store, vm_ref)
                header = ova_xml(ctx.store, plan, ctx.store.get("host", ctx.host).get("hostname", ""))
            start_stream(request, task)
            started.append(True)
            try:
                stream_export(ctx, plan, header, request.wfile.write)
            except OSError as e:  # the client went away
                raise XapiError("CLIENT_ERROR", str(e)) from None
        finally:
            unlock_vm(ctx, vm_ref)

    run_task(ctx, work, [])
    if not started:
        refuse(request, task)


def refuse(request: Any, task: str) -> None:
    """HTTP 500 naming the task's error, for a transfer refused before its answer began."""
    record = request.api.store.records["task"].get(task, {})
    request.send_plain(500, " ".join(record.get("error_info", [])) or "failed")


def _sr_of(store: Any, query: dict[str, str]) -> str:
    if query.get("sr_id"):
        store.get("SR", query["sr_id"])
        return query["sr_id"]
    if query.get("sr_uuid"):
        return store.by_uuid("SR", query["sr_uuid"])
    pool: dict[str, Any] = next(iter(store.records["pool"].values()), {})
    default = pool.get("default_SR", NULL_REF)
    if not store.exists("SR", default):
        raise XapiError("HANDLE_INVALID", "SR", default)
    return str(default)


@route("PUT", "/import")
def import_(request: Any) -> None:
    ctx = begin(request, "VM.import", "http/put_import")
    if ctx is None:
        return
    task = ctx.task or ""
    query = request.query
    if "chunked" in request.headers.get("Transfer-Encoding", "").lower():
        run_task(ctx, failing(XapiError("IMPORT_ERROR_CANNOT_HANDLE_CHUNKED")), [])
        request.send_plain(403, "IMPORT_ERROR_CANNOT_HANDLE_CHUNKED")
        return
    body = Body(request.rfile, int(request.headers.get("Content-Length") or 0))
    restore, force = query.get("restore") == "true", query.get("force") == "true"
    started = []

    def work(ctx: Context) -> list[str]:
        sr = _sr_of(ctx.store, query)
        if ctx.store.get("SR", sr)["content_type"] == "iso":
            raise XapiError("SR_OPERATION_NOT_SUPPORTED", sr)
        start_stream(request, task)
        started.append(True)
        info = next_member(body)
        if info is None or info.name != "ova.xml":
            raise XapiError("IMPORT_ERROR_UNEXPECTED_FILE", "ova.xml", info.name if info else "")
        header = parse_header(member_data(body, info))
        made = Made()
        try:
            with ctx.store.lock:
                create_objects(ctx, header["objects"], sr, restore, made)
            receive_disks(ctx, body, made, force)
            ctx.check_cancelled()
        except BaseException:
            undo(ctx, made)
            raise
        finish(ctx, made)
        return made.vms

    run_task(ctx, work, [])
    if not started:
        refuse(request, task)
    elif ctx.store.records["task"].get(task, {}).get("status") == "success":
        body.drain()  # the end-of-archive blocks: read, so that closing does not reset the connection
