"""Alert commands: dismiss alerts (xapi's ``message`` objects), as XenCenter's Alerts pane does.

Dismissing removes the message from the server for every client (``message.destroy_many``, one operation per
connection). A message someone else dismissed meanwhile is not an error (XenCenter ignores HANDLE_INVALID);
a role that may not destroy messages gets xapi's refusal in words (RBAC_PERMISSION_DENIED: Pool Operator or
higher).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command
from xencenter.commands.work import start_operation
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.xenapi.errors import XenAPIError

if TYPE_CHECKING:
    from xencenter.commands.base import Selection
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import XenObject
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session

#: The questions (translated where asked, context ``Confirmations``).
CONFIRM_ONE = QT_TRANSLATE_NOOP("Confirmations", "Once a system alert is dismissed it will be removed from the server "
                                                 "permanently. Do you want to continue?")
CONFIRM_SELECTED = QT_TRANSLATE_NOOP("Confirmations", "This operation will remove the selected alerts from the servers "
                                                      "permanently. Do you want to continue?\n\nNote that if RBAC is "
                                                      "enabled, only alerts which you have privileges to dismiss will "
                                                      "be affected.")
CONFIRM_ALL = QT_TRANSLATE_NOOP("Confirmations", "This operation will remove permanently all alerts from every connected "
                                                 "server. Do you want to continue?\n\nNote that if RBAC is enabled, "
                                                 "only alerts which you have privileges to dismiss will be affected.")


def _destroy(refs: list[str]) -> Any:
    """``message.destroy_many``; when one is already gone, each of the others on its own."""

    def work(session: Session, op: Operation) -> None:
        try:
            session.call("message.destroy_many", refs)
        except XenAPIError as exc:
            if exc.code != "HANDLE_INVALID":
                raise
            for ref in refs:
                try:
                    session.call("message.destroy", ref)
                except XenAPIError as each:
                    if each.code != "HANDLE_INVALID":
                        raise

    return work


def dismiss(context: AppContext, messages: list[XenObject]) -> list[Operation]:
    """One operation per connection, named after its pool."""
    by_cache: dict[int, tuple[ObjectCache, list[XenObject]]] = {}
    for message in messages:
        by_cache.setdefault(id(message.cache), (message.cache, []))[1].append(message)
    operations = []
    for cache, group in by_cache.values():
        pool = cache.pool()
        count = len(group)
        title = (translate("Activities", "Dismissing alert") if count == 1
                 else translate("Activities", "Dismissing %n alerts", None, count))
        operations.append(start_operation(context, title, pool, _destroy([m.ref for m in group])))
    return operations


class DismissAlertCommand(Command):
    """Dismiss the chosen alerts."""

    id, title, text = "alert.dismiss", "Dismiss", "&Dismiss"
    help = "Remove the selected alerts from their servers, for every user."
    kinds, wants, activity = ("message",), "an alert", "Dismissing alerts"
    menus, group, order = (), 10, 10

    def refusal(self, obj: Any) -> str:
        return ""

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        text = translate("Confirmations", CONFIRM_ONE if len(targets) == 1 else CONFIRM_SELECTED)
        return context.prompter.confirm(translate("Confirmations", "Dismiss Alerts"),
                                        text,
                                        ok=translate("Confirmations", "Dismiss"),
                                        danger=True)

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        targets = self.targets(selection)
        if not targets or not self.confirm(targets, context, params):
            return []
        return dismiss(context, targets)


class DismissAllAlertsCommand(Command):
    """Dismiss every alert of every connected server."""

    id, title, text = "alert.dismiss-all", "Dismiss All", "Dismiss &All"
    help = "Remove every alert from every connected server, for every user."
    activity, needs_selection, in_context_menu = "Dismissing alerts", False, False
    menus, group, order = (), 10, 20

    def reason(self, selection: Selection) -> str:
        return ""

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        messages = [m for c in context.connections for m in c.cache.all("message")]
        if not messages:
            context.prompter.show_error(translate("Commands", self.title),
                                        translate("CommandReasons", "There are no system alerts available to dismiss."))
            return []
        if not context.prompter.confirm(translate("Confirmations", "Dismiss All Alerts"),
                                        translate("Confirmations", CONFIRM_ALL),
                                        ok=translate("Confirmations", "Dismiss All"),
                                        danger=True):
            return []
        return dismiss(context, messages)
