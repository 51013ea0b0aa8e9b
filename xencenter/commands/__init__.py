"""Everything a user can do, one class per command, one module per object class (see ``base.py``).

``default_commands()`` imports every module of this package, so a command defined in any of them (or in a new
module) is registered without being listed anywhere.
"""

from __future__ import annotations

import importlib
import pkgutil

from xencenter.commands.base import Command, CommandRegistry, Param, Selection, kind_of

__all__ = ["Command", "CommandRegistry", "Param", "Selection", "default_commands", "kind_of"]


def default_commands() -> CommandRegistry:
    """A registry of every command defined in this package, in definition order."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return CommandRegistry([cls() for cls in Command._registered])
