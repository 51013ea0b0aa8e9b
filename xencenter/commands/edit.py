"""What every ``<class>.edit`` command shares (the Properties dialogs apply them; ``main.py run`` takes the same
parameters): the General and Custom Fields parameters, the performance alert parameters, planning the calls
from the object's current settings with only the given fields changed, and running them as one history
operation whose failure names the step that failed and what was already saved.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, Param
from xencenter.commands.work import best_effort, start_operation
from xencenter.model import perfmon
from xencenter.model.edits import Change, CommonSettings, custom_changes, general_changes, parse_custom
from xencenter.model.failures import StepFailed
from xencenter.model.object_settings import Secret
from xencenter.model.words import translate
from xencenter.model.xensearch.customfields import definitions
from xencenter.operations.background import report_progress

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session

COMMON_PARAMS = (
    Param("name", str, "new name"), Param("description", str, "new description"),
    Param("folder", str, "XenCenter folder path (/Production/Web; empty for none)"),
    Param("tags", str, "the tags (replaces the list)", many=True),
    Param("custom", str, "a custom field value, NAME=VALUE (NAME= clears it)", many=True),
)
ALERT_PARAMS = (
    Param("alert", str, "turn on or change a performance alert, KIND=LEVEL[/MINUTES] in the Alerts page's units "
                        "(cpu=90/5: CPU above 90 % for 5 minutes)", many=True),
    Param("no_alert", str, "turn a performance alert off (KIND, or 'all')", many=True),
    Param("alert_interval", int, "minutes between repeated alerts (a multiple of 5)"),
)


def edited_common(obj: XenObject, params: dict[str, Any]) -> tuple[CommonSettings, CommonSettings]:
    """The object's General/Custom Fields settings before and with the given parameters applied."""
    before = CommonSettings.of(obj)
    custom = dict(before.custom)
    if params.get("custom"):
        custom.update(parse_custom(params["custom"], [d.name for d in definitions(obj.cache)]))
    given: dict[str, Any] = {"name": params.get("name"), "description": params.get("description"), "folder": params.get("folder"),
             "tags": tuple(params["tags"]) if params.get("tags") is not None else None}
    after = replace(before, **{k: v for k, v in given.items() if v is not None},
                    custom=tuple(sorted((k, v) for k, v in custom.items() if v)))
    return before, after


def edited_alerts(obj: XenObject, params: dict[str, Any]) -> tuple[perfmon.AlertSettings, perfmon.AlertSettings]:
    """The object's alerts before and with ``alert``/``no_alert``/``alert_interval`` applied."""
    before = perfmon.AlertSettings.of(obj)
    alerts = {a.kind: a for a in before.alerts}
    for key in params.get("no_alert") or ():
        if key == "all":
            alerts.clear()
        elif key not in {k.key for k in perfmon.kinds_for(obj.cls)}:
            raise ValueError(translate("CommandReasons", "'{key}' is not an alert of this object.").format(key=key))
        alerts.pop(key, None)
    for text in params.get("alert") or ():
        setting = perfmon.parse_alert(text, obj.cls)
        alerts[setting.kind] = setting
    order = list(perfmon.BY_KEY)
    after = perfmon.AlertSettings(tuple(sorted(alerts.values(), key=lambda a: order.index(a.kind))),
                                  params.get("alert_interval") or before.interval)
    return before, after


class EditCommand(Command):
    """Base of ``<class>.edit``: ``changes(obj, params)`` are the calls (only what the parameters change),
    ``problem(obj, params)`` why the edit is impossible, in words."""

    in_context_menu = False
    #: Whether the class has XenCenter's Alerts page (hosts, VMs, SRs).
    has_alerts = False

    def own_changes(self, obj: Any, params: dict[str, Any]) -> list[Change]:
        """The class's own calls, name and description included (VMs plan theirs with their other settings)."""
        return general_changes(obj.cls, obj.ref, *edited_common(obj, params))

    def own_problem(self, obj: Any, params: dict[str, Any]) -> str:
        return ""

    def problem(self, obj: XenObject, params: dict[str, Any]) -> str:
        if params.get("name") is not None and not params["name"].strip():
            return translate("CommandReasons", "The name cannot be empty.")
        if self.has_alerts:
            problem = edited_alerts(obj, params)[1].problem()
            if problem:
                return problem
        return self.own_problem(obj, params)

    def changes(self, obj: XenObject, params: dict[str, Any]) -> list[Change]:
        calls = self.own_changes(obj, params) + custom_changes(obj.cls, obj.ref, *edited_common(obj, params))
        if self.has_alerts:
            calls += perfmon.alert_changes(obj, *edited_alerts(obj, params))
        return calls

    def run_on(self, obj: XenObject, context: AppContext, **params: Any) -> Operation | None:
        problem = self.problem(obj, params)
        if problem:
            raise ValueError(problem)
        changes = self.changes(obj, params)
        if not changes:
            return None
        return run_changes(context, self.activity, obj, changes)


def run_changes(context: AppContext, activity: str, obj: XenObject, changes: list[Change]) -> Operation:
    """One operation making the calls in order; a failure says which change failed and which were saved, after
    taking back the changes that say how (``Change.undo``). A ``Secret`` in a call's map goes into a xapi
    ``secret`` first (its uuid is sent), removed again on failure."""

    def work(session: Session, op: Operation) -> None:
        done: list[str] = []
        undos: list[tuple[str, tuple[Any, ...]]] = []
        for index, change in enumerate(changes):
            report_progress(index / len(changes), change.what)
            made: list[str] = []
            try:
                session.call(change.method, *_with_secrets(session, change.args, made))
            except Exception as exc:
                for ref in made:
                    best_effort(session, "secret.destroy", ref)
                for method, args in reversed(undos):
                    best_effort(session, method, *args)
                saved = sorted(set(done) - {change.what})
                raise StepFailed(change.what, saved, exc) from exc
            done.append(change.what)
            if change.undo is not None:
                undos.append(change.undo)

    return start_operation(context, activity, obj, work, cancellable=False)


def _with_secrets(session: Session, args: tuple[Any, ...], made: list[str]) -> tuple[Any, ...]:
    def swap(value: Any) -> Any:
        if isinstance(value, dict) and any(isinstance(v, Secret) for v in value.values()):
            out = {}
            for key, item in value.items():
                if isinstance(item, Secret):
                    ref = session.call("secret.create", {"value": item.value})
                    made.append(ref)
                    item = session.call("secret.get_uuid", ref)
                out[key] = item
            return out
        return value

    return tuple(swap(a) for a in args)
