"""The simulator as a child process, announced by its ``listening on`` line.

One launcher for the demo, the tests and the benchmarks, so they read the announcement the same way.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

LISTENING = re.compile(r"listening on (?P<url>https?://\S+?)(?: sha256=(?P<fp>[0-9A-Fa-f:]+))?\s*$")
MEMBER = re.compile(r"member (?P<name>.+) on (?P<url>https?://\S+)\s*$")
PROJECT = Path(__file__).resolve().parent.parent.parent


@dataclass
class SimProcess:
    process: subprocess.Popen
    url: str
    fingerprint: str | None
    members: dict[str, str] = field(default_factory=dict)  # member host name -> its endpoint URL
    started_in_s: float = 0.0

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    @classmethod
    def start(cls, args: Sequence[str], *, command: Sequence[str] | None = None, lifeline: bool = False,
              timeout: float = 60.0) -> SimProcess:
        """Run ``command`` (default ``python -m xencenter.sim``) with ``args`` and wait for it to listen.

        With ``lifeline`` the simulator exits when our end of its stdin closes, even if we are killed.
        """
        started = time.monotonic()
        argv = [*(command or [sys.executable, "-m", "xencenter.sim"]), *args]
        if lifeline:
            argv.append("--exit-with-stdin")
        process = subprocess.Popen(argv, stdin=subprocess.PIPE if lifeline else subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, text=True, cwd=PROJECT)
        lines: list[str] = []
        announced = threading.Event()

        def read() -> None:  # a thread, so that a silent child cannot outlast the timeout
            assert process.stdout is not None
            for line in process.stdout:
                if not announced.is_set():
                    lines.append(line)
                    if LISTENING.search(line):
                        announced.set()
            announced.set()

        threading.Thread(target=read, name="simulator output", daemon=True).start()
        announced.wait(timeout)
        match = next((m for line in lines if (m := LISTENING.search(line))), None)
        if match is None:
            process.kill()
            process.wait()
            tail = "".join(lines[-5:]).strip() or f"exit status {process.poll()}"
            raise RuntimeError(f"the simulator did not start: {tail}")
        members = {m["name"]: m["url"] for line in lines if (m := MEMBER.match(line))}
        return cls(process, match["url"], match["fp"], members, time.monotonic() - started)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
