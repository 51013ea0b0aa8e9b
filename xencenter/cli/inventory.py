"""``main.py tree`` and ``main.py show``: the navigation tree (``model/tree.py``) and the General tab
(``model/labels.py``) as text, read exactly as the window reads a pool."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from xencenter.cli.common import CliError, connection_arguments, qt_app, read_password, read_pools, run_guarded
from xencenter.model.labels import general_sections
from xencenter.model.tree import VIEWS, Node, Source, TreeOptions, pool_display_name, render_text

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.operations.context import AppContext

PROG = "main.py"
#: Where ``show NAME`` looks, in this order.
SHOWABLE = ("VM", "host", "pool", "SR", "network")


def cli_context() -> AppContext:
    """The context of a read-only run (tree, show, search): the user's trusted certificates, no prompts."""
    from xencenter.cli.answers import CliDialogs, CliPrompter
    from xencenter.operations.context import make_context
    from xencenter.settings import Settings

    qt_app()
    return make_context(Settings.load(), CliPrompter(), CliDialogs())


def read_pool(args: argparse.Namespace) -> tuple[ObjectCache, str]:
    """Connect, take the filled cache and log out; the cache and the pool's name."""
    (source,) = read_pools(cli_context(), [args.server], args.user, read_password(args.password_file),
                           [args.fingerprint])
    assert source.cache is not None
    return source.cache, source.name


def tree_text(cache: ObjectCache, name: str, view: str = "infrastructure",
              options: TreeOptions = TreeOptions()) -> str:
    return render_text(VIEWS[view]([Source("cli", name, cache)], options))


def tree_json(cache: ObjectCache, name: str, view: str, options: TreeOptions) -> list[dict[str, Any]]:
    """The tree as objects (class, ref, uuid, name, power state, children) so scripts need not parse it."""

    def convert(node: Node) -> dict[str, Any]:
        obj = cache.get(node.cls, node.ref) if node.cls and node.ref else None
        data: dict[str, Any] = {"kind": node.kind, "name": node.name}
        if obj is not None:
            data.update({"class": obj.cls, "ref": obj.ref, "uuid": obj.uuid})
            if obj.cls == "VM":
                data["power_state"] = obj.power_state
        data["children"] = [convert(child) for child in node.children]
        return data

    root = VIEWS[view]([Source("cli", name, cache)], options)
    return [convert(child) for child in root.children]


def tree_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"{PROG} tree", description="Print the navigation tree.")
    connection_arguments(parser)
    parser.add_argument("--view", default="infrastructure", choices=[v.replace("_", "-") for v in VIEWS])
    parser.add_argument("--default-templates", action="store_true", help="show the default templates")
    parser.add_argument("--hidden-objects", action="store_true", help="show hidden objects")
    parser.add_argument("--no-user-templates", action="store_true", help="hide custom templates")
    parser.add_argument("--no-local-srs", action="store_true", help="hide local storage")
    parser.add_argument("--json", action="store_true", help="the tree as JSON objects with their children")
    args = parser.parse_args(argv)

    def body() -> int:
        cache, name = read_pool(args)
        options = TreeOptions(default_templates=args.default_templates, hidden_objects=args.hidden_objects,
                              user_templates=not args.no_user_templates, local_srs=not args.no_local_srs)
        view = args.view.replace("-", "_")
        if args.json:
            print(json.dumps(tree_json(cache, name, view, options), indent=2))
        else:
            print(tree_text(cache, name, view, options))
        return 0

    return run_guarded(body)


def find_objects(cache: ObjectCache, name: str) -> list:
    """Objects called ``name`` (or with that UUID); a nameless pool answers to its coordinator's name."""
    by_uuid = cache.find_by_uuid(name)
    if by_uuid is not None:
        return [by_uuid]
    found = []
    for cls in SHOWABLE:
        for obj in cache.all(cls):
            shown = pool_display_name(obj) if cls == "pool" else obj.name
            if shown == name and not (cls == "pool" and not obj.name_label and cache.count("host") == 1):
                found.append(obj)
    return found


def general_text(obj: Any) -> str:
    """The General tab as ``label: value`` lines (several lines of one value joined by ``; ``)."""
    lines = []
    for section in general_sections(obj):
        for row in section.rows:
            value = "; ".join(part for part in row.value.splitlines() if part)
            lines.append(f"{row.label}: {value}")
    return "\n".join(lines)


def show_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"{PROG} show", description="Print the General tab of an object.")
    parser.add_argument("name", help="the object's name or UUID")
    connection_arguments(parser)
    args = parser.parse_args(argv)

    def body() -> int:
        cache, _ = read_pool(args)
        found = find_objects(cache, args.name)
        if not found:
            raise CliError(f"nothing called {args.name!r} on {args.server}")
        if len(found) > 1:
            listed = ", ".join(f"{o.cls} {o.uuid}" for o in found)
            raise CliError(f"several objects are called {args.name!r} ({listed}): give the UUID instead")
        print(general_text(found[0]))
        return 0

    return run_guarded(body)
