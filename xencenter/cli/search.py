"""``main.py search``: run a XenCenter search (a saved one, or one from a file) over one or more servers.

    main.py search --server URL [--server URL ...] --user U --password-file F [--fingerprint FP ...]
                   (--saved NAME_OR_UUID | --query-file FILE) [--json]

Servers are read exactly as ``main.py tree`` reads them (``cli.common.read_pools``). ``--saved`` finds a built-in
search or one saved in a pool's ``gui_config``, by UUID or name. The file holds one ``<Search>`` element in
XenCenter's format (or an exported ``<Searches>`` file with one search). Plain output is the result tree, two
spaces per level; ``--json`` prints ``{"groups": [...], "objects": [...]}`` in XenCenter's display order: a group
is ``{"group": label, "groups": [...], "objects": [...]}`` plus, when the group is an object (a pool, host, SR,
network, vApp, VM), its ``"ref"`` (OpaqueRef) and ``"class"``, or for a folder its path as ``"ref"`` (class
``folder``); a group by value (type, OS, power state, tag, custom field) has no ``"ref"``. Objects are
``{"ref", "class", "name"}``. Errors go to stderr as ``error: ...`` with exit status 1 (2 for usage errors).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from xencenter import APP_NAME
from xencenter.cli.common import CliError, read_password, read_pools, run_guarded
from xencenter.model.tree import Source
from xencenter.model.xensearch.files import SearchFileError, read_search
from xencenter.model.xensearch.run import ResultRow, SearchResult, run_search
from xencenter.model.xensearch.saved import brand_options, builtin_searches_for, saved_searches
from xencenter.model.xensearch.search import Search


class _Parser(argparse.ArgumentParser):
    """Usage errors as ``error: ...`` with status 2, like every other error of the command line."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        sys.exit(2)


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = _Parser(prog="main.py search", description=f"{APP_NAME}: run a XenCenter search.")
    parser.add_argument("--server", action="append", required=True, help="https://host[:port] (repeat for more)")
    parser.add_argument("--user", default="root")
    parser.add_argument("--password-file", required=True, help="a file whose first line is the password")
    parser.add_argument("--fingerprint", action="append", default=[],
                        help="SHA-256 of the certificate to trust: once for all servers, or once per --server")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--saved", metavar="NAME_OR_UUID", help="a built-in search or one saved on a server")
    which.add_argument("--query-file", metavar="FILE", help="a file holding one <Search> element")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(list(argv))
    if len(args.fingerprint) not in (0, 1, len(args.server)):
        parser.error("give --fingerprint once, or once per --server")
    return args


def _search_from_file(path: str) -> Search:
    try:
        return read_search(path)
    except SearchFileError as exc:
        raise CliError(str(exc)) from None


def _saved(name: str, sources: list[Source]) -> Search:
    """A built-in or saved search by UUID, else by name; warns about saved searches that are unreadable."""
    stored = saved_searches(sources)
    for warning in stored.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    candidates = builtin_searches_for(sources) + [s.search for s in stored.searches]
    by_uuid = [s for s in candidates if s.uuid == name]
    found = by_uuid or [s for s in candidates if s.name == name]
    if len(found) == 1:
        return found[0]
    if found:
        uuids = ", ".join(str(s.uuid) for s in found)
        raise CliError(f"several saved searches are called {name!r} ({uuids}): give the UUID instead")
    known = "\n".join(f"  {s.name} ({s.uuid})" for s in candidates)
    raise CliError(f"no saved search called {name!r}; the known ones are:\n{known}")


def _row_json(row: ResultRow) -> dict[str, Any]:
    item = row.item
    if not row.is_group:
        return {"ref": item.ref, "class": item.cls, "name": row.label}  # type: ignore[union-attr]
    found: dict[str, Any] = {"group": row.label}
    if item is not None:
        found["ref"] = item.ref
        found["class"] = item.cls
    found.update(_level_json(row.children))
    return found


def _level_json(rows: Sequence[ResultRow]) -> dict[str, Any]:
    return {"groups": [_row_json(r) for r in rows if r.is_group],
            "objects": [_row_json(r) for r in rows if not r.is_group]}


def result_json(result: SearchResult) -> dict[str, Any]:
    return _level_json(result.rows)


def result_text(result: SearchResult) -> str:
    return "\n".join("  " * depth + row.label for depth, row in result.walk())


def search_main(argv: Sequence[str]) -> int:
    from xencenter.cli.inventory import cli_context

    args = _arguments(argv)

    def body() -> int:
        search = _search_from_file(args.query_file) if args.query_file else None
        if search is not None:
            for warning in search.warnings:
                print(f"warning: {args.query_file}: {warning}", file=sys.stderr)
        password = read_password(args.password_file)
        pins = args.fingerprint if len(args.fingerprint) > 1 else args.fingerprint * len(args.server)
        sources = read_pools(cli_context(), args.server, args.user, password, pins or [None] * len(args.server))
        if search is None:
            search = _saved(args.saved, sources)
        result = run_search(search, sources, brand_options(sources))
        try:
            if args.json:
                print(json.dumps(result_json(result), indent=2))
            elif result.rows:
                print(result_text(result))
            sys.stdout.flush()
        except BrokenPipeError:  # the reader stopped early (``| head``): not an error of ours
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0

    return run_guarded(body)
