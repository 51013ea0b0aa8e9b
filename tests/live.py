"""Shared by the tests that drive live connections to the simulator: its credentials, addresses, a keyring."""

from __future__ import annotations

import keyring.backend
import keyring.errors

from xencenter.xenapi.address import ServerAddress

SIM_USER, SIM_PASSWORD = "root", "xenroot"


def sim_address(server) -> ServerAddress:
    return ServerAddress.parse(server.url)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in this process (the tests can look inside)."""

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
