"""The XenAPI datamodel (xenapi.json, generated from xapi's datamodel), shared by the client, model and sim."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def classes() -> dict[str, dict[str, Any]]:
    """Every class of the datamodel by its API name (``VM``, ``host``, ``VM_guest_metrics``...)."""
    with resources.files(__package__).joinpath("xenapi.json").open("rb") as f:
        return {c["name"]: c for c in json.load(f)}


def class_names() -> list[str]:
    return list(classes())


@functools.cache
def canonical_name(name: str) -> str:
    """Map a case-insensitive class name (event class ``vm``) to the API spelling (``VM``)."""
    lowered = {n.lower(): n for n in classes()}
    return lowered[name.lower()]


def fields(cls: str) -> list[dict[str, Any]]:
    return classes()[cls]["fields"]


def enums(cls: str) -> dict[str, list[str]]:
    """Enum name -> its value names, for one class."""
    return {e["name"]: [v["name"] for v in e["values"]] for e in classes()[cls]["enums"]}
