"""The last known inventory file: round trip on real pool databases, what it never holds, damaged files."""

from __future__ import annotations

import logging
import re
import stat

import msgspec
import pytest
from model_world import events_from_db, load_cache

from tests.conftest import XAPI_DBS
from xencenter.model import inventory
from xencenter.model.cache import ObjectCache
from xencenter.model.tree import Source, TreeOptions, connection_node, infrastructure_tree, render_text
from xencenter.sim.statedb import load_state_db
from xencenter.xenapi.events import Event
from xencenter.xenapi.records import as_builtins

ADDRESS = "192.0.2.10:443"
SECRETISH = re.compile(r"pass|secret|chap|token|cred", re.IGNORECASE)


def without_secrets(record) -> dict:
    """What the file must hold of a record: configuration maps lose their password-like keys."""
    plain = as_builtins(record)
    for name in ("device_config", "other_config", "sm_config", "xenstore_data", "platform", "config",
                 "external_auth_configuration", "backend_config"):
        if isinstance(plain.get(name), dict):
            plain[name] = {k: v for k, v in plain[name].items() if not SECRETISH.search(k)}
    return plain


def tables_of(cache: ObjectCache) -> dict:
    return {cls: cache.items(cls) for cls in cache.classes()}


def saved(cache: ObjectCache, tmp_path, **header) -> tuple:
    path = tmp_path / inventory.file_name(ADDRESS)
    inventory.save(path, inventory.encode(tables_of(cache), address=ADDRESS, pool_uuid=header.get("uuid", "p1"),
                                          saved_at=header.get("saved_at", 1234.5)))
    return path, inventory.load(path, ADDRESS)


@pytest.mark.parametrize("db", XAPI_DBS, ids=lambda p: p.stem)
def test_every_saved_class_comes_back_equal(db, tmp_path):
    cache = load_cache(load_state_db(db))
    path, back = saved(cache, tmp_path)
    assert back is not None and back.pool_uuid == "p1" and back.saved_at == 1234.5
    expected = {cls for cls in cache.classes() if cls not in inventory.NEVER_SAVED}
    assert set(back.tables) == expected
    for cls in expected:
        assert {ref: as_builtins(r) for ref, r in back.tables[cls].items()} == \
            {ref: without_secrets(r) for ref, r in cache.items(cls)}, cls
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    shown = ObjectCache()
    changes = shown.load_inventory(ObjectCache.prepare_inventory(back.tables), back.saved_at)
    assert len(changes.added) == sum(len(t) for t in back.tables.values())
    assert shown.stale_since == 1234.5
    pool = cache.pool()
    assert shown.find_by_uuid(pool.record["uuid"]).ref == pool.ref


def test_never_a_secret_session_task_or_certificate(tmp_path):
    db = load_state_db(XAPI_DBS[0])
    cache = load_cache(db)
    pbd = next(iter(cache.refs("PBD")))
    record = dict(cache.record("PBD", pbd))
    record["device_config"] = {**record.get("device_config", {}), "chappassword": "chap-s3cret",
                               "cifs_password": "cifs-s3cret", "target": "192.0.2.1"}
    cache.apply([
        Event(1, "", "pbd", "mod", pbd, record),
        Event(2, "", "session", "add", "OpaqueRef:session-7c1d", {"uuid": "s1", "this_user": "root"}),
        Event(3, "", "secret", "add", "OpaqueRef:secret-1", {"uuid": "x1", "value": "plain-s3cret"}),
        Event(4, "", "task", "add", "OpaqueRef:task-1", {"uuid": "t1", "name_label": "Async.VM.start"}),
        Event(5, "", "Certificate", "add", "OpaqueRef:cert-1", {"uuid": "c1", "fingerprint_sha256": "ab" * 32}),
    ])
    path, back = saved(cache, tmp_path)
    data = path.read_bytes()
    for secret in (b"s3cret", b"OpaqueRef:session-7c1d", b"ab" * 32, b"Async.VM.start"):
        assert secret not in data, secret
    assert back.tables["PBD"][pbd]["device_config"]["target"] == "192.0.2.1", "the rest of the map stays"
    assert not {"session", "secret", "task", "Certificate"} & set(back.tables)


def test_damaged_files_are_ignored_logged_and_removed(tmp_path, caplog):
    cache = load_cache(load_state_db(XAPI_DBS[0]))
    path, _ = saved(cache, tmp_path)
    whole = path.read_bytes()
    cases = {
        "truncated": whole[: len(whole) // 2],
        "empty": b"",
        "not ours": b"PK\x03\x04 a zip file",
        "one byte flipped in the body": whole[:-40] + bytes([whole[-40] ^ 0xFF]) + whole[-39:],
    }
    for name, data in cases.items():
        path.write_bytes(data)
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="xencenter.model.inventory"):
            assert inventory.load(path, ADDRESS) is None, name
        assert "ignored" in caplog.text, name
        assert not path.exists(), name


def rewritten_header(path, **changes) -> None:
    data = path.read_bytes()
    start = len(inventory.MAGIC) + 4
    length = int.from_bytes(data[len(inventory.MAGIC):start], "big")
    header = msgspec.msgpack.decode(data[start:start + length])
    new = msgspec.msgpack.encode({**header, **changes})
    path.write_bytes(inventory.MAGIC + len(new).to_bytes(4, "big") + new + data[start + length:])


@pytest.mark.parametrize("changes, why", [
    ({"schema": "0123456789abcdef"}, "another version of the datamodel"),
    ({"format": 0}, "format 0"),
    ({"address": "198.51.100.1:443"}, "saved for 198.51.100.1:443"),
])
def test_other_schema_format_or_server_is_discarded(tmp_path, caplog, changes, why):
    cache = load_cache(load_state_db(XAPI_DBS[0]))
    path, _ = saved(cache, tmp_path)
    rewritten_header(path, **changes)
    with caplog.at_level(logging.WARNING, logger="xencenter.model.inventory"):
        assert inventory.load(path, ADDRESS) is None
    assert why in caplog.text and not path.exists()


def test_the_live_fill_replaces_a_shown_inventory_and_reports_the_difference():
    db = load_state_db(XAPI_DBS[0])
    cache = load_cache(db)
    back = inventory.decode(inventory.encode(tables_of(cache), address=ADDRESS, pool_uuid="p1"), ADDRESS)
    shown = ObjectCache()
    shown.load_inventory(ObjectCache.prepare_inventory(back.tables), back.saved_at)
    live = events_from_db(db)
    gone = next(e for e in live if e.cls == "vm")
    live = [e for e in live if e is not gone]
    changes = shown.refill(live)
    assert shown.stale_since is None
    never_saved = {(e.cls, e.ref) for e in live if e.cls in {c.lower() for c in inventory.NEVER_SAVED}}
    assert changes.removed == {("VM", gone.ref)}
    assert {(cls.lower(), ref) for cls, ref in changes.added} == never_saved
    assert len(changes.changed) == len(live) - len(never_saved)
    assert shown.count("VM") == cache.count("VM") - 1
    assert not shown.load_inventory(ObjectCache.prepare_inventory(back.tables), back.saved_at), \
        "never over live content"


def test_file_names_are_safe_and_distinct():
    names = {inventory.file_name(a) for a in ("[2001:db8::1]:443", "a/b:443", "a_b:443", "host.example:8443")}
    assert len(names) == 4
    assert all("/" not in n and ":" not in n for n in names)


@pytest.mark.parametrize("db", XAPI_DBS[:4], ids=lambda p: p.stem)
def test_the_tree_comes_first_and_equals_the_one_its_records_build(db, tmp_path):
    cache = load_cache(load_state_db(db))
    options = TreeOptions(default_templates=True, local_srs=False)
    tree = connection_node(ADDRESS, cache, options)
    path = tmp_path / inventory.file_name(ADDRESS)
    inventory.save(path, inventory.encode(tables_of(cache), address=ADDRESS, pool_uuid="p1", tree=tree,
                                          tree_options=options, saved_at=99.0))
    head = inventory.load_head(path, ADDRESS)
    assert head is not None and head.tree_options == options and head.saved_at == 99.0
    assert render_text(head.tree) == render_text(tree)
    assert [(n.kind, n.cls, n.ref, n.source) for _, n in head.tree.walk()] == \
        [(n.kind, n.cls, n.ref, n.source) for _, n in tree.walk()]

    empty = ObjectCache()
    waiting = Source(ADDRESS, "Lab", empty, False, 99.0, (head.tree, head.tree_options))
    assert render_text(infrastructure_tree([waiting], options)) == render_text(infrastructure_tree(
        [Source(ADDRESS, "Lab", cache)], options)), "the saved tree stands in for the records"
    assert infrastructure_tree([waiting], TreeOptions()).children[0].kind == "connection", \
        "a tree built with other View options is not shown"

    tables = inventory.load_body(path, head)
    empty.load_inventory(ObjectCache.prepare_inventory(tables), head.saved_at)
    assert render_text(connection_node(ADDRESS, empty, options)) == render_text(tree)


@pytest.mark.parametrize("run", [1, 7, 1000])
def test_the_body_is_written_a_run_at_a_time_in_msgpack_s_own_frames(monkeypatch, tmp_path, run):
    """``encode_pieces`` frames the body by hand (one run encoded at a time): its bytes are those msgspec gives
    for the whole body, for small and large maps, arrays and runs alike, and ``save`` writes them as they come."""
    from xencenter.sim.synthetic import generate_pool

    monkeypatch.setattr(inventory, "RUN", run)
    cache = load_cache(generate_pool(4, 150, seed=3))
    data = inventory.encode(tables_of(cache), address=ADDRESS, pool_uuid="p1", saved_at=1.0)
    head = inventory.decode_head(data, ADDRESS)
    body = msgspec.msgpack.decode(data[head.body_at:], type=dict[str, list[bytes]])
    assert msgspec.msgpack.encode(body) == data[head.body_at:]
    sizes = {len(blob) for blobs in body.values() for blob in blobs}
    lengths = {len(blobs) for blobs in body.values()}
    assert len(body) >= 16 and max(lengths) >= 16 if run < 1000 else max(sizes) >= 1 << 16  # every frame size
    assert min(sizes) < 256 or run > 1
    written = []  # what the temporary file held as each piece was made

    def pieces():
        for piece in inventory.encode_pieces(tables_of(cache), address=ADDRESS, pool_uuid="p1", saved_at=1.0):
            written.append(sum(p.stat().st_size for p in tmp_path.glob("*.tmp")))
            yield piece

    path = tmp_path / "x.inventory"
    assert inventory.save(path, pieces()) == len(data) and path.read_bytes() == data
    assert written == sorted(written) and 0 < written[-1] < len(data), "on disk while the rest was being made"
