"""The Heartbeat SR page's list: every shared SR (not ISO), suitable ones first, the others with why not."""

from __future__ import annotations

from model_world import World

from xencenter.model.ha import heartbeat_candidates, heartbeat_srs

GiB = 1 << 30


def test_shared_srs_with_why_they_cannot_hold_the_heartbeat():
    w = World()
    h1, h2 = w.host("h1"), w.host("h2")
    w.pool("p", master=h1)
    room = {"physical_size": str(10 * GiB), "physical_utilisation": "0"}
    nfs = w.sr("NFS", [h1, h2], shared=True, type="nfs", **room)
    half = w.sr("Half", [h1], shared=True, type="nfs", **room)
    full = w.sr("Full", [h1, h2], shared=True, type="lvmoiscsi", physical_size=str(GiB),
                physical_utilisation=str(GiB - 1))
    w.sr("Local", [h1], **room)
    w.sr("ISO library", [h1, h2], shared=True, type="iso", content_type="iso", **room)
    cache = w.cache()
    rows = [(sr.ref, why) for sr, why in heartbeat_candidates(cache)]
    assert rows == [(nfs, ""), (full, "This SR has less than the 260 MiB free the heartbeat needs."),
                    (half, "This SR is not connected to every server in the pool.")]
    assert [sr.ref for sr in heartbeat_srs(cache)] == [nfs]
