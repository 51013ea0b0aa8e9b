"""Decoding large replies in pieces gives exactly what json.loads gives, whatever the text holds."""

from __future__ import annotations

import gc
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given, settings
from hypothesis import strategies as st

from xencenter.xenapi import json_pieces

# Strings full of the characters the cuts are guessed from.
tricky_text = st.text(alphabet='[]{},: "\\ab\u00e9\u4e2d', max_size=12)
leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | tricky_text
values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(tricky_text, inner, max_size=4), max_leaves=12)
elements = st.dictionaries(tricky_text, values, min_size=1, max_size=4)


@contextmanager
def small_pieces() -> Iterator[None]:
    """Pieces of a few characters, so that small texts are cut many times."""
    saved = json_pieces.PIECE
    json_pieces.PIECE = 8
    try:
        yield
    finally:
        json_pieces.PIECE = saved


@settings(max_examples=300, deadline=None)
@given(before=st.dictionaries(tricky_text, values, max_size=3), events=st.lists(elements, max_size=30),
       after=st.dictionaries(tricky_text, values, max_size=3), compact=st.booleans())
def test_same_result_as_json_loads(before, events, after, compact):
    reply = {"jsonrpc": "2.0", "result": {**before, "events": events, **after}, "id": 3}
    text = json.dumps(reply, separators=(",", ":") if compact else None, ensure_ascii=compact)
    with small_pieces():
        assert json_pieces.loads(text.encode()) == json.loads(text)  # UTF-8 bytes, cut as bytes
        assert json_pieces.loads(text) == json.loads(text)
        assert json_pieces.loads(text.encode("utf-16")) == json.loads(text)


def test_malformed_text_still_raises():
    text = json.dumps({"result": {"events": [{"a": i} for i in range(50)]}})
    for broken in (text[:-1], text.replace("}, {", "} {", 1), text + "]"):
        try:
            json.loads(broken)
        except ValueError:
            pass
        else:
            raise AssertionError("the broken text decodes")
        try:
            with small_pieces():
                json_pieces.loads(broken)
        except ValueError:
            continue
        raise AssertionError("json_pieces accepted what json.loads refuses")


def test_other_threads_run_while_a_big_reply_decodes():
    """A 20 MB reply: a thread ticking every millisecond keeps ticking while json_pieces decodes it, where one
    json.loads call holds it up from start to end."""
    events = [{"id": str(i), "class": "vm", "operation": "mod", "ref": f"OpaqueRef:{i}",
               "snapshot": {"name_label": f"vm {i}", "tags": ["a", "b"], "other_config": {"k": "v" * 50},
                            "VBDs": [f"OpaqueRef:{i}-{d}" for d in range(5)], "memory": str(i) * 20}}
              for i in range(40_000)]
    body = json.dumps({"jsonrpc": "2.0", "result": {"events": events, "token": "t"}, "id": 1}).encode()
    assert len(body) > 15_000_000

    def ticks_during(decode) -> int:
        """How often the ticker ran while ``decode`` worked: counted, not timed, so a busy machine slowing
        both threads alike does not change the verdict the way a longest-gap measure did."""
        done = threading.Event()
        ticks: list[float] = []

        def tick() -> None:
            while not done.is_set():
                time.sleep(0.001)
                ticks.append(time.perf_counter())

        ticker = threading.Thread(target=tick)
        ticker.start()
        time.sleep(0.02)
        started = time.perf_counter()
        assert decode(body)["result"]["events"][-1]["ref"] == "OpaqueRef:39999"
        ended = time.perf_counter()
        done.set()
        ticker.join()
        return sum(1 for t in ticks if started < t < ended)

    gc.disable()  # a full collection holds every thread up too, whichever decoder runs
    try:
        # Best of three each: another process on a busy machine can hold the ticker up by itself.
        whole = min(ticks_during(json.loads) for _ in range(3))
        pieces = max(ticks_during(json_pieces.loads) for _ in range(3))
    finally:
        gc.enable()
    assert pieces >= 2 * whole + 4, (pieces, whole)


# -- decoding while the reply arrives ------------------------------------------------------------------------

def _chunked(data: bytes, sizes: list[int]) -> Iterator[bytes]:
    position = 0
    for size in sizes:
        yield data[position:position + size]
        position += size
    yield data[position:]


@settings(max_examples=300, deadline=None)
@given(before=st.dictionaries(tricky_text, leaves, max_size=3), events=st.lists(elements, max_size=30),
       after=st.dictionaries(tricky_text, values, max_size=3), compact=st.booleans(),
       sizes=st.lists(st.integers(1, 40), max_size=60))
def test_streamed_result_is_json_loads_result(before, events, after, compact, sizes):
    """Whatever the chunks and wherever the strings hold a ``}, {``, the streamed decode is ``json.loads``'s,
    and ``items`` decoded every element exactly once."""
    reply = {"jsonrpc": "2.0", "result": {**before, "events": events, **after}, "id": 3}
    text = json.dumps(reply, separators=(",", ":") if compact else None, ensure_ascii=compact).encode()
    decoded_by_items = []

    def items(array):
        run = json.loads(array)
        decoded_by_items.extend(run)
        return run

    with small_pieces():
        assert json_pieces.loads_stream(_chunked(text, sizes), items, ("result", "events")) == json.loads(text)
    if len(text) >= 2 * 8 and "events" not in after and events and "events" not in before:
        assert decoded_by_items == events  # streamed: every element through items, once


def test_a_long_reply_is_decoded_in_runs_while_it_arrives():
    """The chunks are consumed run by run: when the last chunk is asked for, all but the last run is done."""
    events = [{"id": i, "name": "a}, {b" * (i % 3)} for i in range(2000)]
    text = json.dumps({"result": {"events": events, "token": "t"}}).encode()
    runs: list[int] = []
    seen_when_asked: list[int] = []

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(text), 100):
            seen_when_asked.append(sum(runs))
            yield text[start:start + 100]

    def items(array):
        run = json.loads(array)
        runs.append(len(run))
        return run

    with small_pieces():
        result = json_pieces.loads_stream(chunks(), items, ("result", "events"))
    assert result == {"result": {"events": events, "token": "t"}}
    assert len(runs) > 100 and seen_when_asked[-1] > 1900


def test_a_malformed_streamed_reply_raises_value_error():
    text = json.dumps({"result": {"events": [{"a": i} for i in range(500)], "token": "t"}})
    for broken in (text[:-1], text.replace("}, {", "} {", 1), text + "]", text.replace('"token"', "token")):
        with small_pieces():
            try:
                json_pieces.loads_stream(_chunked(broken.encode(), [7] * 200), json.loads, ("result", "events"))
            except ValueError:
                continue
        raise AssertionError(f"the broken text decodes: {broken[-40:]!r}")


def test_an_array_elsewhere_is_decoded_whole_or_refused_never_misplaced():
    text = json.dumps({"result": {"other": [{"a": 1}] * 50, "events": [], "token": "t"}}).encode()
    with small_pieces():
        assert json_pieces.loads_stream(_chunked(text, [5] * 200), json.loads, ("result", "events")) \
            == json.loads(text)
    nested = json.dumps({"result": {"x": {"events": [{"a": 1}] * 50}, "events": [], "token": "t"}}).encode()
    with small_pieces():
        try:
            json_pieces.loads_stream(_chunked(nested, [5] * 200), json.loads, ("result", "events"))
        except ValueError as e:
            assert "not where it belongs" in str(e)
        else:
            raise AssertionError("decoded the wrong array as the events")
