"""What survives a restart: saved servers, pinned certificates, options, and (only in the OS keyring)
passwords.

Files are JSON in the user's config directory (``XENCENTER_CONFIG_DIR`` overrides it, for tests and the
demo). Every write is atomic (temp file, fsync, rename) and user-only (0600), so a crash never leaves half a
file. A file that cannot be parsed is moved aside (``servers.json.corrupt-<timestamp>``) and reported as a
warning for the UI to show: the user's list is never silently emptied.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import platformdirs

from xencenter.trust import InvalidFingerprint, normalize_fingerprint
from xencenter.xenapi.address import ServerAddress

log = logging.getLogger(__name__)

CONFIG_DIR_ENV = "XENCENTER_CONFIG_DIR"
KEYRING_SERVICE = "xencenter"
NO_KEYRING = "No keyring available: the password will be asked each time."
STALE_TEMPORARY_SECONDS = 600.0


def config_dir() -> Path:
    """Where settings live: ``$XENCENTER_CONFIG_DIR`` if set, else the platform's user config directory."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("xencenter", appauthor=False))


def user_cache_dir(name: str) -> Path:
    """A cache folder of this program: beside the settings when ``$XENCENTER_CONFIG_DIR`` puts them elsewhere
    (the demo, the tests: nothing of theirs may reach the user's folders), else in the platform's."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override) / name
    return Path(platformdirs.user_cache_dir("xencenter", appauthor=False)) / name


class CorruptFile(ValueError):
    """The file exists but does not hold what we wrote."""


class JsonFile:
    """One JSON settings file, read tolerantly and written atomically with user-only permissions."""

    def __init__(self, path: Path, description: str) -> None:
        self.path = path
        self.description = description

    def load(self, validate: Callable[[Any], None]) -> tuple[Any | None, str | None]:
        """The parsed content (None when absent or unusable) and a warning for the user, if any.

        ``validate`` raises ``CorruptFile`` (or ``ValueError``/``TypeError``/``KeyError``) for content of the
        wrong shape; such a file is moved aside rather than overwritten later.
        """
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None, None
        except OSError as exc:
            return None, f"The {self.description} ({self.path}) could not be read: {exc.strerror or exc}."
        try:
            data = json.loads(raw.decode("utf-8"))
            validate(data)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            return None, self._set_aside(exc)
        return data, None

    def save(self, data: Any) -> None:
        """Write atomically: a reader sees the old file or the new one, never a mix (survives a crash)."""
        directory = self.path.parent
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._remove_stale_temporaries()
        payload = json.dumps(data, indent=2, sort_keys=True).encode("utf-8") + b"\n"
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as f:
                os.chmod(tmp, 0o600)  # mkstemp already creates 0600; be explicit for umask-less platforms
                f.write(payload)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _fsync_directory(directory)

    def _remove_stale_temporaries(self) -> None:
        """Temporary files of writes killed half-way (never renamed): old enough that no writer owns them."""
        stale = time.time() - STALE_TEMPORARY_SECONDS
        for leftover in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < stale:
                    leftover.unlink()

    def _set_aside(self, reason: Exception) -> str:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(self.path, aside)
        except OSError as exc:
            log.error("could not move corrupt %s aside: %s", self.path, exc)
            return (
                f"The {self.description} ({self.path}) is damaged ({_short(reason)}) and could not be "
                f"moved aside ({exc.strerror or exc}); it is left untouched and nothing will be saved to it."
            )
        log.warning("corrupt %s moved to %s: %s", self.path, aside, reason)
        return (
            f"The {self.description} ({self.path}) was damaged ({_short(reason)}). It was kept as "
            f"{aside.name} and an empty list is used; copy entries back from it if you need them."
        )


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open directories and does not need it."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(slots=True)
class SavedServer:
    """One entry of the server list. ``pool_addresses`` are the other hosts, tried when the coordinator is gone."""

    address: str
    user: str = "root"
    display_name: str = ""
    pool_addresses: list[str] = field(default_factory=list)
    reconnect_at_start: bool = False
    remember_password: bool = False

    def __post_init__(self) -> None:
        own = ServerAddress.parse(self.address)
        self.address = str(own)
        self.pool_addresses = [a for a in dict.fromkeys(self.pool_addresses) if _key(a) != own.key]

    @property
    def server_address(self) -> ServerAddress:
        return ServerAddress.parse(self.address)

    @property
    def label(self) -> str:
        return self.display_name or self.address

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SavedServer:
        if not isinstance(data, dict):
            raise CorruptFile("a server entry is not an object")
        known = {f.name for f in fields(cls)}
        server = cls(**{k: v for k, v in data.items() if k in known})  # newer versions may add keys
        _check_types(server)
        return server


def _check_types(server: SavedServer) -> None:
    for name in ("address", "user", "display_name"):
        if not isinstance(getattr(server, name), str):
            raise CorruptFile(f"{name} is not a string")
    for name in ("reconnect_at_start", "remember_password"):
        if not isinstance(getattr(server, name), bool):
            raise CorruptFile(f"{name} is not true/false")
    if not isinstance(server.pool_addresses, list) or not all(isinstance(a, str) for a in server.pool_addresses):
        raise CorruptFile("pool_addresses is not a list of strings")


class ServerList:
    """The saved servers, in the user's order; every change is saved at once."""

    FILE = "servers.json"

    def __init__(self, directory: Path) -> None:
        self._file = JsonFile(directory / self.FILE, "saved server list")
        self._servers: list[SavedServer] = []
        self._writable = True

    @property
    def path(self) -> Path:
        return self._file.path

    def load(self) -> str | None:
        """Read the file; returns a warning for the user when it was damaged."""
        parsed: list[SavedServer] = []

        def validate(data: Any) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("servers"), list):
                raise CorruptFile("no server list in it")
            parsed.extend(SavedServer.from_json(entry) for entry in data["servers"])

        data, warning = self._file.load(validate)
        self._servers = parsed if data is not None else []
        self._writable = not (warning and self._file.path.exists())
        return warning

    def __iter__(self):
        return iter(list(self._servers))

    def __len__(self) -> int:
        return len(self._servers)

    def get(self, address: str | ServerAddress) -> SavedServer | None:
        key = _key(address)
        return next((s for s in self._servers if s.server_address.key == key), None)

    def upsert(self, server: SavedServer) -> None:
        """Add the server, or replace the entry with the same address (keeping its place in the list)."""
        key = server.server_address.key
        for i, existing in enumerate(self._servers):
            if existing.server_address.key == key:
                self._servers[i] = server
                break
        else:
            self._servers.append(server)
        self.save()

    def remove(self, address: str | ServerAddress) -> None:
        key = _key(address)
        self._servers = [s for s in self._servers if s.server_address.key != key]
        self.save()

    def set_pool_addresses(self, address: str | ServerAddress, addresses: list[str], *, save: bool = True) -> bool:
        """Remember a pool's member addresses (saved only when they changed, and with ``save``); True when
        they changed."""
        server = self.get(address)
        if server is None:
            return False
        own = server.server_address.key
        others = [a for a in dict.fromkeys(addresses) if _key(a) != own]
        if others == server.pool_addresses:
            return False
        server.pool_addresses = others
        if save:
            self.save()
        return True

    def save(self) -> None:
        if not self._writable:
            log.error("not saving %s: the damaged file could not be moved aside", self.path)
            return
        self._file.save({"version": 1, "servers": [asdict(s) for s in self._servers]})


def _key(address: str | ServerAddress) -> str:
    return (address if isinstance(address, ServerAddress) else ServerAddress.parse(address)).key


class TrustStore:
    """Pinned certificates: ``host:port`` -> SHA-256 fingerprint, for hosts the system store does not trust."""

    FILE = "certificates.json"

    def __init__(self, directory: Path) -> None:
        self._file = JsonFile(directory / self.FILE, "list of trusted certificates")
        self._pins: dict[str, str] = {}
        self._run_pins: dict[str, str] = {}  # --fingerprint of a command-line run: never saved

    @property
    def path(self) -> Path:
        return self._file.path

    def load(self) -> str | None:
        pins: dict[str, str] = {}

        def validate(data: Any) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("trusted"), dict):
                raise CorruptFile("no certificate list in it")
            for address, fp in data["trusted"].items():
                if not isinstance(fp, str):
                    raise CorruptFile(f"the fingerprint for {address} is not a string")
                try:
                    pins[_key(address)] = normalize_fingerprint(fp)
                except InvalidFingerprint as exc:
                    raise CorruptFile(str(exc)) from None

        data, warning = self._file.load(validate)
        self._pins = pins if data is not None else {}
        return warning

    def pinned(self, address: str | ServerAddress) -> str | None:
        """The trusted fingerprint (normalized) for this host and port, or None."""
        key = _key(address)
        return self._run_pins.get(key) or self._pins.get(key)

    def pin_for_run(self, address: str | ServerAddress, fingerprint: str) -> None:
        """Trust ``fingerprint`` for this process only (``--fingerprint``): the saved list is not touched.
        Raises InvalidFingerprint (a ValueError)."""
        self._run_pins[_key(address)] = normalize_fingerprint(fingerprint)

    def pinned_for_run(self, address: str | ServerAddress) -> str | None:
        return self._run_pins.get(_key(address))

    def trust(self, address: str | ServerAddress, fingerprint: str) -> None:
        self._pins[_key(address)] = normalize_fingerprint(fingerprint)
        self._save()

    def forget(self, address: str | ServerAddress) -> None:
        if self._pins.pop(_key(address), None) is not None:
            self._save()

    def _save(self) -> None:
        self._file.save({"version": 1, "trusted": dict(sorted(self._pins.items()))})


@dataclass(slots=True)
class ConsoleOptions:
    """Console preferences. ``refuse_unencrypted``: a direct VNC connection that would not be encrypted is
    refused. ``jpeg_quality`` 0-9 lets Tight send JPEG (None: lossless only); ``compression_level`` 0-9 is
    the zlib effort asked of the server (None: the server's default). How a console opens: scaled to fit its
    window, sharing the clipboard both ways, and with the keyboard grabbed once it connects (Right Ctrl releases
    it)."""

    refuse_unencrypted: bool = False
    jpeg_quality: int | None = None
    compression_level: int | None = None
    scale_to_fit: bool = True
    share_clipboard: bool = True
    grab_keyboard: bool = False

    @classmethod
    def from_json(cls, data: Any) -> ConsoleOptions:
        if not isinstance(data, dict):
            raise CorruptFile("the console options are not an object")
        known = {f.name for f in fields(cls)}
        options = cls(**{k: v for k, v in data.items() if k in known})
        for name in ("refuse_unencrypted", "scale_to_fit", "share_clipboard", "grab_keyboard"):
            if not isinstance(getattr(options, name), bool):
                raise CorruptFile(f"{name} is not true/false")
        for name in ("jpeg_quality", "compression_level"):
            value = getattr(options, name)
            if value is not None and (type(value) is not int or not 0 <= value <= 9):
                raise CorruptFile(f"{name} is not a level from 0 to 9")
        return options


@dataclass(slots=True)
class NotificationOptions:
    """``desktop``: new Critical and Major alerts pop up as desktop notifications."""

    desktop: bool = True

    @classmethod
    def from_json(cls, data: Any) -> NotificationOptions:
        options: NotificationOptions = _bools_only(cls, data, "notification")
        return options


THEMES = ("", "light", "dark")  # "": the desktop's
LANGUAGES = ("", "en", "zh_CN", "ja")  # "": the system's


_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(slots=True)
class DisplayOptions:
    """The theme ("" follows the desktop), the language ("" the system's; applied at the next start), the
    tree's View > Show options and the performance graphs' line colours (empty: the default ones), remembered
    between runs."""

    theme: str = ""
    language: str = ""
    default_templates: bool = False
    user_templates: bool = True
    local_srs: bool = True
    hidden_objects: bool = False
    graph_colors: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: Any) -> DisplayOptions:
        if not isinstance(data, dict):
            raise CorruptFile("the display options are not an object")
        options = cls(**{k: v for k, v in data.items() if k in {f.name for f in fields(cls)}})
        if options.theme not in THEMES:
            raise CorruptFile(f"theme is not one of light, dark or empty: {options.theme!r}")
        if options.language not in LANGUAGES:
            raise CorruptFile(f"language is not one of {', '.join(LANGUAGES[1:])} or empty: {options.language!r}")
        for f in fields(cls):
            if f.name not in ("theme", "language", "graph_colors") and not isinstance(getattr(options, f.name), bool):
                raise CorruptFile(f"{f.name} is not true/false")
        colors = options.graph_colors
        if not isinstance(colors, (list, tuple)) or not all(isinstance(c, str) and _COLOR.fullmatch(c) for c in colors):
            raise CorruptFile("graph_colors is not a list of #rrggbb colours")
        return replace(options, graph_colors=tuple(colors))


@dataclass(slots=True)
class UpdateOptions:
    """``check``: look for updates (off unless the user turns it on). It never goes to the internet: it only
    reads what the connected servers already say about their updates (the cache)."""

    check: bool = False

    @classmethod
    def from_json(cls, data: Any) -> UpdateOptions:
        options: UpdateOptions = _bools_only(cls, data, "update")
        return options


MIN_TIMEOUT, MAX_TIMEOUT = 1, 600
MIN_RECONNECT, MAX_RECONNECT = 1, 3600


@dataclass(slots=True)
class ConnectionOptions:
    """Seconds to wait for a server: to connect (TCP and TLS) and for an answer; whether a lost connection is
    tried again by itself, and the longest wait between tries (the first come sooner: 2, 5, 10 s...)."""

    connect_timeout: int = 10
    read_timeout: int = 30
    reconnect: bool = True
    reconnect_interval: int = 30

    @classmethod
    def from_json(cls, data: Any) -> ConnectionOptions:
        if not isinstance(data, dict):
            raise CorruptFile("the connection options are not an object")
        options = cls(**{k: v for k, v in data.items() if k in {f.name for f in fields(cls)}})
        if not isinstance(options.reconnect, bool):
            raise CorruptFile("reconnect is not true/false")
        for name, low, high in (("connect_timeout", MIN_TIMEOUT, MAX_TIMEOUT), ("read_timeout", MIN_TIMEOUT, MAX_TIMEOUT),
                                ("reconnect_interval", MIN_RECONNECT, MAX_RECONNECT)):
            value = getattr(options, name)
            if type(value) is not int or not low <= value <= high:
                raise CorruptFile(f"{name} is not a number of seconds from {low} to {high}")
        return options


def _bools_only(cls: Any, data: Any, what: str) -> Any:
    """A dataclass of true/false fields from its JSON object (unknown keys ignored: newer versions add some)."""
    if not isinstance(data, dict):
        raise CorruptFile(f"the {what} options are not an object")
    options = cls(**{k: v for k, v in data.items() if k in {f.name for f in fields(cls)}})
    for f in fields(cls):
        if not isinstance(getattr(options, f.name), bool):
            raise CorruptFile(f"{f.name} is not true/false")
    return options


#: options.json's sections: (name, dataclass); each reads its part with ``from_json``.
SECTIONS: tuple[tuple[str, Any], ...] = (
    ("console", ConsoleOptions), ("notifications", NotificationOptions), ("display", DisplayOptions),
    ("updates", UpdateOptions), ("connection", ConnectionOptions))


class Options:
    """Preferences (``options.json``): the console's, the notifications', the display's, the update check's and
    the connections'; every change is saved at once."""

    FILE = "options.json"

    def __init__(self, directory: Path) -> None:
        self._file = JsonFile(directory / self.FILE, "options")
        self.console = ConsoleOptions()
        self.notifications = NotificationOptions()
        self.display = DisplayOptions()
        self.updates = UpdateOptions()
        self.connection = ConnectionOptions()

    def load(self) -> str | None:
        parsed: dict[str, Any] = {}

        def validate(data: Any) -> None:
            if not isinstance(data, dict):
                raise CorruptFile("no options in it")
            for name, cls in SECTIONS:
                parsed[name] = cls.from_json(data.get(name, {}))

        data, warning = self._file.load(validate)
        for name, cls in SECTIONS:
            setattr(self, name, parsed[name] if data is not None else cls())
        return warning

    def save(self) -> None:
        self._file.save({"version": 1, **{name: asdict(getattr(self, name)) for name, _cls in SECTIONS}})


def keyring_problem(backend: keyring.backend.KeyringBackend) -> str | None:
    """Why this backend cannot keep passwords (None when it looks usable)."""
    if isinstance(backend, (keyring.backends.fail.Keyring, keyring.backends.null.Keyring)):
        return NO_KEYRING
    if isinstance(backend, keyring.backends.chainer.ChainerBackend) and not backend.backends:
        return NO_KEYRING
    return None


class PasswordStore:
    """Passwords in the OS keyring only, under ``user@host:port``; never in a file, never logged.

    Every method swallows backend failures (locked or absent keyring daemons are common on Linux) and turns
    them into a warning string without the secret; callers then simply ask for the password.
    """

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self.problem: str | None = keyring_problem(self._backend)

    @property
    def available(self) -> bool:
        return self.problem is None

    def get(self, address: str | ServerAddress, user: str) -> str | None:
        if not self.available:
            return None
        try:
            return self._backend.get_password(KEYRING_SERVICE, _account(address, user))
        except Exception as exc:  # noqa: BLE001 - any backend failure means "ask the user"
            self._failed("read", exc)
            return None

    def set(self, address: str | ServerAddress, user: str, password: str) -> str | None:
        """Store the password; returns a warning for the user when it could not be stored."""
        if not self.available:
            return self.problem
        try:
            self._backend.set_password(KEYRING_SERVICE, _account(address, user), password)
        except Exception as exc:  # noqa: BLE001
            return self._failed("store", exc)
        return None

    def delete(self, address: str | ServerAddress, user: str) -> None:
        if not self.available:
            return
        try:
            self._backend.delete_password(KEYRING_SERVICE, _account(address, user))
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: that is what we wanted
        except Exception as exc:  # noqa: BLE001
            self._failed("delete", exc)

    def _failed(self, action: str, exc: Exception) -> str:
        # The exception text is not shown: a backend could echo what it was given.
        log.warning("keyring could not %s a password (%s)", action, type(exc).__name__)
        return f"The keyring could not {action} the password ({type(exc).__name__}): it will be asked each time."


def _account(address: str | ServerAddress, user: str) -> str:
    return f"{user}@{_key(address)}"


@dataclass
class Settings:
    """Everything loaded at start, plus the warnings the UI must show once (damaged files, no keyring)."""

    servers: ServerList
    trust: TrustStore
    passwords: PasswordStore
    options: Options
    warnings: list[str] = field(default_factory=list)
    #: The folder it was loaded from (None: made by hand, nothing beside it).
    directory: Path | None = None

    @classmethod
    def load(
        cls, directory: Path | None = None, keyring_backend: keyring.backend.KeyringBackend | None = None
    ) -> Settings:
        directory = directory if directory is not None else config_dir()
        settings = cls(ServerList(directory), TrustStore(directory), PasswordStore(keyring_backend), Options(directory),
                       directory=directory)
        for warning in (settings.servers.load(), settings.trust.load(), settings.options.load(),
                        settings.passwords.problem):
            if warning:
                settings.warnings.append(warning)
        return settings

    def inventory_dir(self) -> Path | None:
        """Where each server's last known inventory is kept (``model.inventory``): the platform's cache
        folder beside the user's own settings, a folder beside any other settings folder (tests, the demo),
        None for settings made in memory."""
        if self.directory is None:
            return None
        if self.directory == Path(platformdirs.user_config_dir("xencenter", appauthor=False)):
            return Path(platformdirs.user_cache_dir("xencenter", appauthor=False)) / "inventory"
        return self.directory / "inventory"

    def remember(self, server: SavedServer, password: str | None) -> str | None:
        """Save a server after a successful connect; the password goes to the keyring only if asked to.

        Returns a warning when the password could not be stored. Unticking "remember" deletes a stored one.
        """
        self.servers.upsert(server)
        if server.remember_password and password:
            return self.passwords.set(server.address, server.user, password)
        if not server.remember_password:
            self.passwords.delete(server.address, server.user)
        return None

    def forget_passwords(self) -> int:
        """Options > Security: delete every remembered password from the keyring; servers stay in the list
        (those that reconnect at start then ask). Returns how many were remembered."""
        remembered = [s for s in self.servers if s.remember_password]
        for server in remembered:
            self.passwords.delete(server.address, server.user)
            self.servers.upsert(replace(server, remember_password=False))
        return len(remembered)
