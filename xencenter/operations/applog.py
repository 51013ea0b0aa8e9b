"""The application log: a rotating file in the platform's log folder (``~/.local/state/xencenter/log`` on Linux),
readable only by the user, every line scrubbed of the secrets the process has handled (``xenapi.secrets``).
Help > View Application Log shows it; ``XENCENTER_LOG_DIR`` moves it (the tests and the demo)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from xencenter.xenapi import secrets

LOG_DIR_ENV = "XENCENTER_LOG_DIR"
FILE_NAME = "xencenter.log"
MAX_BYTES, BACKUPS = 1_000_000, 4
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual (message, traceback, stack), then masks every remembered secret in the result."""

    def format(self, record: logging.LogRecord) -> str:
        return secrets.scrub(super().format(record))


def log_dir() -> Path:
    return Path(os.environ.get(LOG_DIR_ENV) or platformdirs.user_log_dir("xencenter", appauthor=False))


def log_file() -> Path:
    return log_dir() / FILE_NAME


def install(level: int = logging.INFO) -> Path | None:
    """Log to the file from now on (the root logger at ``level``); returns its path, or None when the folder
    cannot be made (the app runs on without a file log: a read-only home must not stop it)."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
        os.chmod(path, 0o600)
    except OSError as exc:
        logging.getLogger(__name__).warning("no application log: %s", exc)
        return None
    handler.setFormatter(ScrubbingFormatter(FORMAT))
    handler.setLevel(level)
    root = logging.getLogger()
    before = root.level or logging.WARNING
    for other in root.handlers:  # the terminal keeps the level it had, and is scrubbed too
        if other.level == logging.NOTSET:
            other.setLevel(before)
        other.setFormatter(ScrubbingFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(min(before, level))
    return path


def tail(limit: int = 2_000_000) -> str:
    """The end of the current log file (what the viewer shows), "" when there is none yet."""
    path = log_file()
    try:
        with path.open("rb") as f:
            size = f.seek(0, os.SEEK_END)
            f.seek(max(0, size - limit))
            return f.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
