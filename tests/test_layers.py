"""The rules of the house, enforced: xenapi/ and model/ import no Qt (they work from scripts); views/ read the
model and run commands, never the wire; commands/ and operations/ never reach into views/; the simulator shares
only the schema (and the network guard) with the rest; and no surface defines a command of its own."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "xencenter"
#: The wire's own modules: what only xenapi/, connection.py, operations/ and commands/ may use.
TRANSPORT = ("session", "transport", "http", "rrd", "tasks", "events", "jsonrpc_codec", "xmlrpc_codec",
             "json_pieces", "tls")
#: xenapi modules that are data, not transport (views may show them).
XENAPI_DATA = ("address", "errors", "calls", "values", "records", "roles")


def modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def _runtime_nodes(tree: ast.AST):
    """Every node but those under ``if TYPE_CHECKING:`` (imports for annotations only load nothing)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and isinstance(child.test, ast.Name) and child.test.id == "TYPE_CHECKING":
                stack.extend(child.orelse)
                continue
            stack.append(child)


def imported(path: Path) -> set[str]:
    """Every module a file imports at run time, at any level (lazy imports inside functions count), as
    absolute names; ``if TYPE_CHECKING:`` imports are annotations only and do not count."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            found.add(prefix)
            found.update(f"{prefix}.{alias.name}" for alias in node.names)
    return found


def offenders(folder: str, forbidden) -> list[str]:
    return [f"{path.relative_to(ROOT)} imports {name}" for path in modules(folder)
            for name in sorted(imported(path)) if forbidden(name)]


def test_xenapi_and_model_import_no_qt_and_nothing_above_them():
    above = ("xencenter.views", "xencenter.operations", "xencenter.commands", "xencenter.connection",
             "xencenter.console", "xencenter.cli", "xencenter.app", "xencenter.sim")
    for folder in ("xenapi", "model"):
        assert offenders(folder, lambda n: n.startswith(("PySide6", "shiboken6")) or n.startswith(above)) == []


def test_importing_xenapi_and_model_loads_no_qt():
    names = [".".join(p.relative_to(ROOT).with_suffix("").parts) for folder in ("xenapi", "model")
             for p in modules(folder) if p.stem != "__init__"]
    code = ("import importlib, sys\n"
            f"for name in {names!r}: importlib.import_module(name)\n"
            "qt = [m for m in sys.modules if m.startswith(('PySide6', 'PyQt', 'shiboken'))]\n"
            "assert not qt, qt\nprint(len(sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(names) > 40


def test_views_never_reach_the_wire():
    wire = tuple(f"xencenter.xenapi.{m}" for m in TRANSPORT)

    def forbidden(name: str) -> bool:
        return name.startswith(wire) or name in ("requests", "xencenter.xenapi.session.Session")

    assert offenders("views", forbidden) == []
    wire_call = re.compile(r"\bsession\.(call|xenapi|http_get)\b|\.xenapi\.\w+\.\w+\(")
    calls = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}" for path in modules("views")
             for n, line in enumerate(path.read_text().splitlines(), 1) if wire_call.search(line)]
    assert calls == []


def test_commands_and_operations_never_reach_into_views():
    for folder in ("commands", "operations"):
        assert offenders(folder, lambda n: n.startswith(("xencenter.views", "PySide6.QtWidgets", "PySide6.QtGui"))) == []


def test_the_simulator_shares_only_the_schema():
    def forbidden(name: str) -> bool:
        return name.startswith("xencenter.") and not name.startswith(
            ("xencenter.sim", "xencenter.schema", "xencenter.netguard")) and name != "xencenter.schema"

    assert offenders("sim", forbidden) == []


def test_no_import_circles_in_the_simulator():
    """Handler modules import the context, never the dispatcher: importing api alone registers them all."""
    sim = {p.stem: imported(p) for p in modules("sim")}
    assert not [name for name, names in sim.items()
                if name != "api" and "xencenter.sim.api" in names and name not in ("__main__", "server")]


def test_every_surface_is_built_from_the_registry(qtbot, tmp_path):
    """Menus, toolbar, context menus and tab buttons hold only the registry's commands' actions, plus the
    window's own few (Exit, the views, the saved searches to open, Find, the palette, the toolbar switch, About);
    every command is in the palette and the command line."""
    from PySide6.QtWidgets import QMenu

    from tests.views.live_helpers import AnsweringPrompter
    from xencenter.cli.run import _parser
    from xencenter.commands import default_commands
    from xencenter.commands.finder import Finder
    from xencenter.operations.context import make_context
    from xencenter.settings import Settings
    from xencenter.views.main_window import MainWindow

    prompter = AnsweringPrompter()
    context = make_context(Settings.load(tmp_path / "settings"), prompter, prompter)
    window = MainWindow(context)
    qtbot.addWidget(window)
    registry_actions = set(window.command_actions.actions.values())
    own = {window.toolbar_action, window.palette_action, window.notifications.desktop_action}
    own_texts = {"E&xit", "&Find", "&Show", "Saved &Searches", "&About"}
    own_texts |= {a.text() for a in window.navigation.view_actions.actions()}

    def walk(menu: QMenu) -> list:
        found = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None and action not in registry_actions:
                found += walk(action.menu())
                if action.text() not in own_texts:
                    found.append(action)
                continue
            found.append(action)
        return found

    menu_actions = [a for top in window.menuBar().actions() for a in walk(top.menu())]
    strangers = [a.text() for a in menu_actions if a not in registry_actions and a not in own
                 and a.text() not in own_texts and a not in window.navigation.option_actions.values()]
    assert strangers == []
    in_menus = {cid for cid, action in window.command_actions.actions.items() if action in menu_actions}
    commands = default_commands()
    assert {c.id for c in commands if c.menus} <= in_menus
    toolbar = window.toolbar.actions()
    mirrors = set(window.command_actions.toolbar_actions.values())
    assert all(a.isSeparator() or a in mirrors for a in toolbar)
    assert {c.id for c in commands if c.toolbar is not None} == set(window.command_actions.toolbar_actions)
    finder = Finder(commands, [])
    assert {f.command.id for f in finder.find("", [])} == {c.id for c in commands}, "every command in the palette"
    for command in commands:
        parser = _parser(command)  # every command has its run ID --help, from its declaration
        assert command.help and parser.description.startswith(command.title)
