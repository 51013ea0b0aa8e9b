"""High availability: Configure HA (``pool.ha-enable``: restart priorities, the failures to tolerate, the
heartbeat SR, then ``pool.enable_ha``, as XenCenter's EnableHAAction) and Disable HA; ``hypothetical_max`` asks
the server, in the background, how many failures a set of priorities tolerates (the wizard shows it as the
user edits)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Command, Param, Refusal
from xencenter.commands.work import async_call, start_operation
from xencenter.model.failures import explain
from xencenter.model.ha import NOT_AGILE, NOT_AGILE_UNKNOWN, ha_state, heartbeat_srs
from xencenter.model.words import translate
from xencenter.operations.background import run_in_background
from xencenter.xenapi.errors import Failure

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import XenObject
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


class HaCommand(Command):
    kinds: ClassVar[tuple[str, ...]] = ("pool",)
    wants, menus, group = "a pool", ("Pool",), 50


class EnableHaCommand(HaCommand):
    id, title, text = "pool.ha-enable", "Configure HA", "&High Availability..."
    help = "Restart protected VMs elsewhere when servers fail: choose their priorities and the heartbeat SR."
    activity, order = "Enabling HA", 10
    params = (
        Param("heartbeat_sr", "SR", "the shared SR for the heartbeat (default: the first one that can hold it)"),
        Param("failures", int, "how many server failures to tolerate (default: as many as the plan allows)"),
        Param("restart", "VM", "a VM to restart (repeat for more)", many=True),
        Param("best_effort", "VM", "a VM to restart if possible (repeat for more)", many=True),
        Param("order", str, "VM=N: the order a VM is started in (repeat for more)", many=True),
        Param("delay", str, "VM=SECONDS: how long to wait after starting a VM before the next (repeat)", many=True),
    )

    def refusal(self, obj: XenObject) -> str:
        if ha_state(obj.cache).enabled:
            return Refusal(translate("CommandReasons", "HA is already enabled on this pool."), "HA_IS_ENABLED")
        if len(obj.cache.all("host")) < 2:
            return translate("CommandReasons", "HA needs a pool of at least two servers.")
        if not heartbeat_srs(obj.cache):
            return translate("CommandReasons", "HA needs a shared SR that every server can reach, for the heartbeat.")
        return ""

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if not any(params.get(name) for name in ("heartbeat_sr", "failures", "restart", "best_effort", "order", "delay")):
            answer = context.dialogs.configure_ha(context, targets[0])
            if answer is None:
                return None
            params.update(answer)
        return params

    def run_on(self, obj: XenObject, context: AppContext, *, heartbeat_sr: Any = None, failures: int | None = None,
               restart: list[Any] | None = None, best_effort: list[Any] | None = None,
               order: list[str] | dict[str, int] | None = None, delay: list[str] | dict[str, int] | None = None,
               **params: Any) -> Operation:
        orders, delays = _per_vm(obj.cache, order, "order"), _per_vm(obj.cache, delay, "delay")
        sr = heartbeat_sr or next(iter(heartbeat_srs(obj.cache)), None)
        if sr is None:
            raise ValueError(translate("CommandReasons", "There is no SR the heartbeat can use."))
        priorities = {vm.ref: "restart" for vm in restart or []} | {vm.ref: "best-effort" for vm in best_effort or []}
        if failures is not None and failures < 0:
            raise ValueError(translate("CommandReasons", "The failures to tolerate cannot be negative."))

        def work(session: Session, op: Operation) -> None:
            for vm in obj.cache.all("VM"):
                if vm.is_real_vm and (vm.ha_restart_priority or "") != priorities.get(vm.ref, ""):
                    session.call("VM.set_ha_restart_priority", vm.ref, priorities.get(vm.ref, ""))
            for ref, value in orders.items():
                session.call("VM.set_order", ref, value)
            for ref, value in delays.items():
                session.call("VM.set_start_delay", ref, value)
            if failures is None:
                counted = str(session.call("pool.ha_compute_max_host_failures_to_tolerate"))
                wanted = int(counted) if counted.isdigit() else 0  # a dry run only plans the call
            else:
                wanted = failures
            session.call("pool.set_ha_host_failures_to_tolerate", obj.ref, wanted)
            async_call("pool.enable_ha", [sr.ref], {})(session, op)

        return start_operation(context, self.activity, obj, work)


class DisableHaCommand(HaCommand):
    id, title, text = "pool.ha-disable", "Disable HA", "&Disable HA"
    help = "Stop restarting VMs when servers fail."
    activity, order = "Disabling HA", 20

    def refusal(self, obj: XenObject) -> str:
        if ha_state(obj.cache).enabled:
            return ""
        return Refusal(translate("CommandReasons", "HA is not enabled on this pool."), "HA_NOT_ENABLED")

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        question = translate("Confirmations", "Are you sure you want to disable HA for pool '{name}'?")
        return context.prompter.confirm(translate("Commands", self.title), question.format(name=targets[0].name),
                                        ok=translate("Confirmations", "Disable HA"), danger=True)

    def run_on(self, obj: XenObject, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, async_call("pool.disable_ha"))


def _per_vm(cache: ObjectCache, given: list[str] | dict[str, int] | None, what: str) -> dict[str, int]:
    """``VM=N`` texts (the command line: a VM by name or UUID) or {ref: N} (the dialog) as {ref: N}."""
    if isinstance(given, dict):
        return dict(given)
    found: dict[str, int] = {}
    for text in given or []:
        name, _, number = text.rpartition("=")
        vms = [vm for vm in cache.all("VM") if vm.is_real_vm and name in (vm.name, vm.uuid)]
        if not name or not number.isdigit():
            words = (translate("CommandReasons", "Give the order as VM=ORDER with a whole number, not '{text}'.")
                     if what == "order" else
                     translate("CommandReasons", "Give the delay as VM=DELAY with a whole number, not '{text}'."))
            raise ValueError(words.format(text=text))
        if len(vms) != 1:
            raise ValueError(translate("CommandReasons", "No VM called '{name}'.").format(name=name) if not vms else
                             translate("CommandReasons", "Several VMs are called '{name}': give its UUID.").format(
                                 name=name))
        found[vms[0].ref] = int(number)
    return found


def hypothetical_max(context: AppContext, cache: ObjectCache, priorities: dict[str, str],
                     done: Callable[[int | None, str], None]) -> None:
    """``pool.ha_compute_hypothetical_max_host_failures_to_tolerate`` for these priorities (VM ref -> restart,
    best-effort), in the background: ``done(count, "")`` or ``done(None, problem in words)`` on the UI thread."""
    connection = context.connections.for_cache(cache)
    if connection is None or connection.session is None:
        done(None, translate("Operations", "Not connected to the server."))
        return
    session = connection.session
    protected = {ref: p for ref, p in priorities.items() if p}
    run_in_background(
        lambda: int(session.call("pool.ha_compute_hypothetical_max_host_failures_to_tolerate", protected)),
        on_success=lambda count: done(count, ""), on_failure=lambda exc: done(None, explain(exc)[0]))


def agility(context: AppContext, cache: ObjectCache, vms: list[str], done: Callable[[dict[str, str]], None]) -> None:
    """``VM.assert_agile`` for each VM ref, in the background (XenCenter's HA Plan page): ``done({ref: ""
    when agile, else XenCenter's words})`` on the UI thread; nothing when not connected."""
    connection = context.connections.for_cache(cache)
    if connection is None or connection.session is None:
        return
    session = connection.session

    def check() -> dict[str, str]:
        found = {}
        for ref in vms:
            try:
                session.call("VM.assert_agile", ref)
                found[ref] = ""
            except Failure as failure:  # an xapi without the call cannot tell: no warning then
                unknown = failure.code == "MESSAGE_METHOD_UNKNOWN"
                found[ref] = "" if unknown else translate("HA", NOT_AGILE.get(failure.code, NOT_AGILE_UNKNOWN))
        return found

    run_in_background(check, on_success=done, on_failure=lambda exc: None)
