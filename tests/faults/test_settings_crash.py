"""Settings survive a writer killed at any moment: the file is always a whole old or new version, never
less than what a finished save promised, and always readable by the owner only."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time

import pytest

from tests.conftest import ROOT
from xencenter.settings import STALE_TEMPORARY_SECONDS, ServerList

SERVERS = 300  # big enough that a write takes a while, so kills land inside writes too

WRITER = textwrap.dedent(f"""
    import sys
    from pathlib import Path
    from xencenter.settings import SavedServer, ServerList

    servers = ServerList(Path(sys.argv[1]))
    servers.load()
    generation = int(sys.argv[2])
    if len(servers) == 0:
        for i in range({SERVERS}):
            servers.upsert(SavedServer(f"host-{{i}}.example.com", display_name="gen 0"))
    print("ready", flush=True)
    while True:
        generation += 1
        for server in servers:
            server.display_name = f"gen {{generation}}"
            server.pool_addresses = [f"10.0.{{generation % 250}}.{{n}}" for n in range(generation % 7)]
        servers.save()
        print(generation, flush=True)  # this save returned: it must never be lost
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and POSIX permissions")
def test_killing_the_writer_at_random_moments_never_loses_or_tears_the_file(tmp_path):
    rng = random.Random(7)
    directory = tmp_path / "config"
    promised = 0
    for _ in range(25):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(directory), str(promised)], cwd=ROOT,
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)
        saved = [int(line) for line in writer.stdout.read().split()]
        writer.stdout.close()
        promised = max([promised, *saved])

        servers = ServerList(directory)
        assert servers.load() is None  # parses and validates: not torn
        names = {s.display_name for s in servers}
        assert len(servers) == SERVERS and len(names) == 1  # one whole version, never a mix
        (name,) = names
        assert int(name.split()[1]) >= promised  # nothing a finished save promised is lost
        promised = int(name.split()[1])
        mode = stat.S_IMODE(os.stat(servers.path).st_mode)
        assert mode == 0o600, oct(mode)
        assert stat.S_IMODE(os.stat(directory).st_mode) & 0o077 == 0
        assert not list(directory.glob("*.corrupt-*"))
    assert promised > 0  # some saves did complete between kills


def test_temporary_files_of_killed_writes_are_cleared_once_stale(tmp_path):
    directory = tmp_path / "config"
    servers = ServerList(directory)
    servers.load()
    servers.save()
    leftover = directory / ".servers.json.abcd.tmp"
    fresh = directory / ".servers.json.efgh.tmp"
    leftover.write_text("half a file")
    fresh.write_text("another writer's, in flight")
    old = time.time() - STALE_TEMPORARY_SECONDS - 5
    os.utime(leftover, (old, old))
    servers.save()
    assert not leftover.exists() and fresh.exists()
