"""Task commands: cancel a xapi task of the pool, whoever started it (``xe``, the SDK, Xen Orchestra, another
XenCenter), as XenCenter's Events page cancels the actions it sees (``task.cancel``; xapi allows it while the
task's ``allowed_operations`` hold ``cancel``). This window's own operations are cancelled through their own
cancel, which waits for the outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command
from xencenter.commands.work import start_operation, sync_call
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation

CANNOT_CANCEL = QT_TRANSLATE_NOOP("CommandReasons", "This task cannot be cancelled: it has finished, or its "
                                                    "operation cannot be stopped.")


class CancelTaskCommand(Command):
    """Ask xapi to cancel a task; the task ends ``cancelled`` when its operation stops in time."""

    id, title, text = "task.cancel", "Cancel Task", "&Cancel"
    help = "Cancel a task that is running on the pool (started by this window or any other client)."
    kinds, wants, activity = ("task",), "a task", "Cancelling task"
    menus, group, order, in_context_menu = (), 10, 10, False

    def refusal(self, obj: Any) -> str:
        return "" if "cancel" in (obj.allowed_operations or ()) else translate("CommandReasons", CANNOT_CANCEL)

    def run_on(self, obj: Any, context: AppContext, **params: Any) -> Operation | None:
        return start_operation(context, translate("Activities", "Cancelling task"), obj,
                               sync_call("task.cancel", obj.ref), cancellable=False)
