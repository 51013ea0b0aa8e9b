"""Fixtures for the connection layer: test keyring backends and a private settings directory."""

from __future__ import annotations

import keyring.backend
import keyring.errors
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class LockedKeyring(keyring.backend.KeyringBackend):
    """Looks usable but fails on use, like a locked Secret Service collection; echoes its input on purpose."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked(f"locked reading {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked(f"locked, could not store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.fixture
def settings_dir(tmp_path, monkeypatch):
    """An empty settings directory, also exported as XENCENTER_CONFIG_DIR."""
    directory = tmp_path / "config"
    monkeypatch.setenv("XENCENTER_CONFIG_DIR", str(directory))
    return directory


@pytest.fixture
def memory_keyring():
    return MemoryKeyring()


@pytest.fixture
def locked_keyring():
    return LockedKeyring()
