"""Commands for any named object: Rename (one per class, in that class's menu) and Edit Tags and Folder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, Param, Selection
from xencenter.commands.work import Work, start_operation, steps, sync_call
from xencenter.model.tree import pool_display_name
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation

#: The kinds of object that have a name, tags and a folder.
NAMED = ("vm", "template", "host", "pool", "sr", "network")


#: What Rename calls each class (translated where used, context ``Kinds``).
_WORDS = {"VM": QT_TRANSLATE_NOOP("Kinds", "VM"), "host": QT_TRANSLATE_NOOP("Kinds", "server"),
          "pool": QT_TRANSLATE_NOOP("Kinds", "pool"), "SR": QT_TRANSLATE_NOOP("Kinds", "storage"),
          "network": QT_TRANSLATE_NOOP("Kinds", "network")}


def word(obj: XenObject) -> str:
    return translate("Kinds", _WORDS[obj.cls]) if obj.cls in _WORDS else obj.cls


class RenameCommand(Command):
    """Rename one object (``<class>.set_name_label``); subclasses name the class."""

    title, text, shortcut, group, order = "Rename", "Re&name...", "F2", 40, 10
    params = (Param("name", str, "the new name", required=True),)

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        obj = targets[0]
        if not params.get("name"):
            current = pool_display_name(obj) if obj.cls == "pool" else obj.name
            params["name"] = context.prompter.ask_text(translate("Confirmations", "Rename {word}").format(word=word(obj)),
                                                       translate("Confirmations", "New name:"), current)
        return params if params.get("name") else None

    def run_on(self, obj: XenObject, context: AppContext, *, name: str = "", **params: Any) -> Operation | None:
        if name == obj.name:
            return None
        work = sync_call(f"{obj.cls}.set_name_label", obj.ref, name)
        title = translate("Activities", "Renaming {word}").format(word=word(obj))
        return start_operation(context, title, obj, work, cancellable=False)


class RenameVMCommand(RenameCommand):
    id, help, kinds, wants, menus = "vm.rename", "Rename a VM or template.", ("vm", "template"), "one VM", ("VM",)
    single = "Select one VM to rename."


class RenameHostCommand(RenameCommand):
    id, help, kinds, wants, menus = "host.rename", "Rename a server.", ("host",), "one server", ("Server",)
    single = "Select one server to rename."


class RenamePoolCommand(RenameCommand):
    id, help, kinds, wants, menus = "pool.rename", "Rename a pool.", ("pool",), "one pool", ("Pool",)
    single = "Select one pool to rename."


class RenameSRCommand(RenameCommand):
    id, help, kinds, wants, menus = "sr.rename", "Rename a storage repository.", ("sr",), "one storage repository", ("Storage",)
    single = "Select one storage repository to rename."


class RenameNetworkCommand(RenameCommand):
    id, help, kinds, wants, menus = "network.rename", "Rename a network.", ("network",), "one network", ()
    single = "Select one network to rename."


class EditTagsFolderCommand(Command):
    """Tags (``tags``) and the XenCenter folder (``other_config["folder"]``) of one or more objects."""

    id, title, text = "object.tags", "Edit Tags and Folder", "Edit &Tags and Folder..."
    help = "Change the tags and XenCenter folder of objects (the Tags and Folders views)."
    kinds, wants = NAMED, "an object"
    menus, group, order = ("Server", "Pool", "VM", "Storage"), 40, 20
    params = (Param("tags", str, "the tags (replace those common to all targets)", many=True),
              Param("folder", str, "the folder path (/Production/Web); empty: none"))

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        common, folder = self.common(targets)
        if params.get("tags") is not None or params.get("folder") is not None:
            params.setdefault("tags", None)
            params.setdefault("folder", None)
            if params["tags"] is None:
                params["tags"] = common
            if params["folder"] is None:
                params["folder"] = folder
            return params
        known = sorted({tag for cls in ("VM", "host", "pool", "SR", "network")
                        for obj in targets[0].cache.all(cls) for tag in obj.tags})
        answer = context.dialogs.tags_and_folder(context, common, folder, known)
        if answer is None:
            return None
        params["tags"], params["folder"] = answer
        return params

    @staticmethod
    def common(targets: list[Any]) -> tuple[list[str], str]:
        """The tags all targets share, and their folder when they share one."""
        common = set(targets[0].tags).intersection(*(t.tags for t in targets[1:]))
        folders = {t.folder for t in targets}
        return sorted(common), folders.pop() if len(folders) == 1 else ""

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        targets = self.targets(selection)
        if not targets:
            return []
        answers = self.ask(targets, context, dict(params))
        if answers is None:
            return []
        common = set(self.common(targets)[0])
        tags, new_folder = list(dict.fromkeys(answers["tags"])), answers["folder"] or ""
        added = [t for t in tags if t not in common]
        removed = [t for t in common if t not in tags]
        operations = []
        for obj in targets:
            works: list[Work] = [sync_call(f"{obj.cls}.add_tags", obj.ref, t) for t in added if t not in obj.tags]
            works += [sync_call(f"{obj.cls}.remove_tags", obj.ref, t) for t in removed]
            if new_folder != obj.folder and (new_folder or obj.folder):
                works.append(sync_call(f"{obj.cls}.remove_from_other_config", obj.ref, "folder"))
                if new_folder:
                    works.append(sync_call(f"{obj.cls}.add_to_other_config", obj.ref, "folder", new_folder))
            if works:
                title = translate("Activities", "Changing tags and folder of {word}").format(word=word(obj))
                operations.append(start_operation(context, title, obj,
                                                  steps(*works), cancellable=False))
        return operations
