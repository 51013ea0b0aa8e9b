"""Fixtures of the simulator tests: each module defines ``pool`` (its simulator); these talk to it."""

from __future__ import annotations

import pytest
from sim_rpc import Rpc


@pytest.fixture
def rpc(pool):
    client = Rpc(pool.url, pool.fingerprint)
    yield client
    client.close()


@pytest.fixture
def session(rpc):
    return rpc.login()
