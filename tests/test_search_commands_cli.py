"""``main.py run search.save / search.delete / search.export / search.import`` against the simulator, run as the
user runs them; what they stored is read back with the official XenAPI SDK."""

from __future__ import annotations

from pathlib import Path

import XenAPI

from tests.test_cli import PASSWORD, USER, connection_args, run
from xencenter.model.xensearch.files import read_search
from xencenter.model.xensearch.marshal import parse_search

#: A search as XenCenter stores it (state3.xml's "VMs using Network called *work*"), given as a file.
QUERY = ('<Search uuid="89b7a217-6ab1-42e0-ace7-cd5f3c76c649" name="Work VMs" major_version="2" minor_version="0">'
         '<Query><QueryScope><VM /></QueryScope><RecursiveXMOListPropertyQuery property="networks">'
         '<StringPropertyQuery property="label" casesensitive="no" query="work" type="contains" />'
         '</RecursiveXMOListPropertyQuery></Query><PropertyGrouping property="power_state">'
         '<XenModelObjectPropertyGrouping property="pool" /></PropertyGrouping><sorting><sort column="name" '
         'ascending="no" /></sorting></Search>')


def gui_config(server) -> dict[str, str]:
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    try:
        [pool] = session.xenapi.pool.get_all()
        return session.xenapi.pool.get_gui_config(pool)
    finally:
        session.xenapi.session.logout()


def searches_in(server) -> dict[str, str]:
    return {k: v for k, v in gui_config(server).items() if ".Search-" in k}


def test_save_export_and_delete_from_the_command_line(sim_factory, config_dir, password_file, tmp_path: Path):
    server = sim_factory("--hosts", "2", "--vms", "6")
    connect = connection_args(server, password_file)
    query = tmp_path / "work.xml"
    query.write_text(QUERY)
    assert searches_in(server) == {}

    dry = run(config_dir, "run", "search.save", "--query-file", str(query), "--name", "Work VMs", "--dry-run",
              *connect)
    assert dry.returncode == 0, dry.stderr
    assert "would call pool.remove_from_gui_config" in dry.stdout and "would call pool.add_to_gui_config" in dry.stdout
    assert searches_in(server) == {}

    saved = run(config_dir, "run", "search.save", "--query-file", str(query), *connect)
    assert saved.returncode == 0, saved.stderr + saved.stdout
    assert saved.stdout.strip() == "search.save: ok"
    [(key, xml)] = searches_in(server).items()
    stored = parse_search(xml)
    original = parse_search(QUERY)
    # XenCenter's Save: a new UUID every time, the file's name (unused so far), the same query and grouping
    assert key == f"xensearch.Search-{stored.uuid}" and stored.uuid != original.uuid
    assert (stored.name, stored.query, stored.grouping, stored.sorting) == (
        "Work VMs", original.query, original.grouping, original.sorting)

    again = run(config_dir, "run", "search.save", "--query-file", str(query), *connect)
    assert again.returncode == 0, again.stderr
    names = sorted(parse_search(v).name for v in searches_in(server).values())
    assert names == ["Work VMs", "Work VMs (2)"]  # XenCenter's CA-34780

    exported = tmp_path / "exported.xensearch"
    export = run(config_dir, "run", "search.export", "--search", "Work VMs (2)", "--file", str(exported), *connect)
    assert export.returncode == 0, export.stderr + export.stdout
    assert exported.read_text().startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE xensearch')
    assert read_search(exported).query == original.query

    several = run(config_dir, "run", "search.delete", "--search", "Work VMs", *connect)
    assert several.returncode == 1 and "not done without confirmation" in several.stdout  # needs --yes
    deleted = run(config_dir, "run", "search.delete", "--search", "Work VMs", "--yes", *connect)
    assert deleted.returncode == 0, deleted.stderr + deleted.stdout
    assert sorted(parse_search(v).name for v in searches_in(server).values()) == ["Work VMs (2)"]

    builtin = run(config_dir, "run", "search.delete", "--search", "VMs by Power State", "--yes", *connect)
    assert builtin.returncode == 1 and "is not a saved search" in builtin.stdout
    missing = run(config_dir, "run", "search.export", "--search", "Nothing like this", "--file", str(exported),
                  *connect)
    assert missing.returncode == 1 and "there is no search called 'Nothing like this'" in missing.stdout


def test_import_needs_the_window(sim_factory, config_dir, password_file, tmp_path: Path):
    server = sim_factory("--hosts", "1", "--vms", "1")
    result = run(config_dir, "run", "search.import", "--file", str(tmp_path / "x.xensearch"),
                 *connection_args(server, password_file))
    assert result.returncode == 2 and "not for the command line" in result.stderr
