"""``main.py`` without a window: every subcommand with a line each, dispatched from here."""

from __future__ import annotations

from collections.abc import Callable

from xencenter import APP_NAME


def _screenshot(argv: list[str]) -> int:
    from xencenter.cli.screenshot import screenshot_main

    return screenshot_main(argv)


def _tree(argv: list[str]) -> int:
    from xencenter.cli.inventory import tree_main

    return tree_main(argv)


def _show(argv: list[str]) -> int:
    from xencenter.cli.inventory import show_main

    return show_main(argv)


def _search(argv: list[str]) -> int:
    from xencenter.cli.search import search_main

    return search_main(argv)


def _alerts(argv: list[str]) -> int:
    from xencenter.cli.alerts import alerts_main

    return alerts_main(argv)


def _commands(argv: list[str]) -> int:
    from xencenter.cli.run import commands_main

    return commands_main(argv)


def _run(argv: list[str]) -> int:
    from xencenter.cli.run import run_main

    return run_main(argv)


#: Subcommand -> (one line of help, entry point taking the rest of the arguments).
SUBCOMMANDS: dict[str, tuple[str, Callable[[list[str]], int]]] = {
    "tree": ("print the navigation tree of a pool (--json for objects)", _tree),
    "show": ("print the General tab of an object", _show),
    "search": ("run a XenCenter search (saved or from a file) over one or more pools", _search),
    "alerts": ("print the pool's alerts as the Alerts pane shows them (--json, --since DATE)", _alerts),
    "commands": ("list every command the window has (--json)", _commands),
    "run": ("run a command as the window does: main.py run vm.start \"web 1\" --server ...", _run),
    "screenshot": ("save a VM's or a VNC server's console as PNG", _screenshot),
}


def usage() -> str:
    width = max(len(name) for name in SUBCOMMANDS)
    lines = [
        f"usage: main.py [--demo] [SERVER ...]       the window ({APP_NAME}); --demo runs it on a simulated pool",
        "       main.py COMMAND [--help] ...",
        "       main.py --install-desktop-entry      add the app to this user's application menu",
        "",
        "commands:",
        *(f"  {name:<{width}}  {text}" for name, (text, _) in SUBCOMMANDS.items()),
        "",
        "'main.py COMMAND --help' explains one.",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Run the subcommand ``argv[0]`` with the rest (the caller checked it is one)."""
    return SUBCOMMANDS[argv[0]][1](argv[1:])
