"""Saved servers, pins and passwords: atomic files, corruption kept aside, keyring only when it works."""

from __future__ import annotations

import json
import os
import stat

import keyring.backends.chainer
import keyring.backends.fail
import pytest

from xencenter.settings import (
    NO_KEYRING,
    ConsoleOptions,
    Options,
    PasswordStore,
    SavedServer,
    ServerAddress,
    ServerList,
    Settings,
    TrustStore,
    config_dir,
)
from xencenter.trust import same_fingerprint

FP = "ab" * 32
FP2 = "cd" * 32


def loaded(store_class, directory):
    """A fresh store read back from disk, asserting the file was clean."""
    store = store_class(directory)
    assert store.load() is None
    return store


def test_config_dir_follows_the_environment(settings_dir):
    assert config_dir() == settings_dir


@pytest.mark.parametrize(
    "text, host, port, shown",
    [
        ("xs1.example.com", "xs1.example.com", 443, "xs1.example.com"),
        (" XS1.Example.com:8443 ", "xs1.example.com", 8443, "xs1.example.com:8443"),
        ("https://10.0.0.1:443/", "10.0.0.1", 443, "10.0.0.1"),
        ("[fe80::1]:8443", "fe80::1", 8443, "[fe80::1]:8443"),
        ("fe80::1", "fe80::1", 443, "fe80::1"),
        ("[::1]", "::1", 443, "::1"),
    ],
)
def test_address_parsing(text, host, port, shown):
    address = ServerAddress.parse(text)
    assert (address.host, address.port, str(address)) == (host, port, shown)
    assert ServerAddress.parse(str(address)) == address


def test_address_key_and_url_always_carry_the_port():
    assert ServerAddress.parse("h").key == "h:443"
    assert ServerAddress.parse("[::1]:9").url == "https://[::1]:9"


@pytest.mark.parametrize("text", ["", "  ", "host:0", "host:70000", "host:abc", "[::1", "[::1]x", "a b"])
def test_bad_addresses_are_refused_in_words(text):
    with pytest.raises(ValueError) as info:
        ServerAddress.parse(text)
    assert str(info.value)


def test_servers_round_trip_in_order(settings_dir):
    servers = ServerList(settings_dir)
    assert servers.load() is None and len(servers) == 0
    servers.upsert(SavedServer("b.example:8443", "root", "Lab", ["10.0.0.2"], reconnect_at_start=True))
    servers.upsert(SavedServer("a.example", "admin"))
    servers.upsert(SavedServer("B.EXAMPLE:8443", "root", "Lab renamed"))  # same server, replaced in place

    again = ServerList(settings_dir)
    assert again.load() is None
    assert [(s.address, s.user, s.display_name) for s in again] == [
        ("b.example:8443", "root", "Lab renamed"),
        ("a.example", "admin", ""),
    ]
    again.remove("a.example:443")
    assert [s.address for s in loaded(ServerList, settings_dir)] == ["b.example:8443"]


def test_pool_addresses_exclude_the_server_itself(settings_dir):
    servers = ServerList(settings_dir)
    servers.load()
    servers.upsert(SavedServer("10.0.0.1"))
    servers.set_pool_addresses("10.0.0.1", ["10.0.0.1:443", "10.0.0.2", "10.0.0.3", "10.0.0.2"])
    assert loaded(ServerList, settings_dir).get("10.0.0.1").pool_addresses == ["10.0.0.2", "10.0.0.3"]


def test_files_are_user_only_and_no_temp_files_remain(settings_dir):
    servers = ServerList(settings_dir)
    servers.load()
    servers.upsert(SavedServer("h"))
    mode = stat.S_IMODE(os.stat(servers.path).st_mode)
    if os.name == "posix":
        assert mode == 0o600
    assert sorted(p.name for p in settings_dir.iterdir()) == ["servers.json"]


def test_a_failed_write_keeps_the_old_file(settings_dir, monkeypatch):
    servers = ServerList(settings_dir)
    servers.load()
    servers.upsert(SavedServer("old"))
    before = servers.path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        servers.upsert(SavedServer("new"))
    assert servers.path.read_bytes() == before
    assert sorted(p.name for p in settings_dir.iterdir()) == ["servers.json"]


@pytest.mark.parametrize(
    "content",
    [
        b"{\"servers\": [{\"address\": \"h\"",  # truncated
        b"",  # empty
        b"[1, 2]",  # wrong shape
        b"{\"servers\": [{\"address\": 5}]}",  # wrong type
        b"{\"servers\": [{\"address\": \"h\", \"reconnect_at_start\": \"yes\"}]}",
        b"{\"servers\": [{\"address\": \"h:99999\"}]}",
        b"\xff\xfe garbage",
    ],
)
def test_a_corrupt_server_file_is_kept_aside_and_reported(settings_dir, content):
    settings_dir.mkdir()
    path = settings_dir / "servers.json"
    path.write_bytes(content)
    servers = ServerList(settings_dir)
    warning = servers.load()
    assert warning and "servers.json.corrupt-" in warning
    assert len(servers) == 0
    kept = [p for p in settings_dir.iterdir() if p.name.startswith("servers.json.corrupt-")]
    assert len(kept) == 1 and kept[0].read_bytes() == content
    # Saving afterwards writes a fresh file and leaves the damaged copy alone.
    servers.upsert(SavedServer("fresh"))
    assert kept[0].read_bytes() == content
    assert [s.address for s in loaded(ServerList, settings_dir)] == ["fresh"]


def test_two_corruptions_in_the_same_second_keep_both_copies(settings_dir):
    settings_dir.mkdir()
    for content in (b"one", b"two"):
        (settings_dir / "servers.json").write_bytes(content)
        assert ServerList(settings_dir).load()
    kept = sorted(p.read_bytes() for p in settings_dir.iterdir() if ".corrupt-" in p.name)
    assert kept == [b"one", b"two"]


def test_unknown_keys_from_a_newer_version_are_tolerated(settings_dir):
    settings_dir.mkdir()
    (settings_dir / "servers.json").write_text(
        json.dumps({"version": 2, "servers": [{"address": "h", "colour": "blue"}]})
    )
    assert [s.address for s in loaded(ServerList, settings_dir)] == ["h"]


def test_pins_round_trip_normalized(settings_dir):
    trust = TrustStore(settings_dir)
    assert trust.load() is None
    colons = ":".join(FP[i : i + 2] for i in range(0, 64, 2)).upper()
    trust.trust("H.example", FP)
    assert trust.pinned("h.example:443") == colons  # stored as openssl prints it, for people to compare
    assert colons in trust.path.read_text()
    again = TrustStore(settings_dir)
    assert again.load() is None
    assert again.pinned(ServerAddress("h.example")) == colons
    assert again.pinned("h.example:8443") is None
    again.trust("h.example", FP2)
    again.forget("other")
    assert same_fingerprint(loaded(TrustStore, settings_dir).pinned("h.example"), FP2)
    again.forget("h.example")
    assert loaded(TrustStore, settings_dir).pinned("h.example") is None


def test_a_corrupt_pin_file_is_kept_aside(settings_dir):
    settings_dir.mkdir()
    (settings_dir / "certificates.json").write_text(json.dumps({"trusted": {"h:443": "not-a-fingerprint"}}))
    trust = TrustStore(settings_dir)
    warning = trust.load()
    assert warning and "certificates.json.corrupt-" in warning
    assert trust.pinned("h") is None


def test_working_keyring_stores_only_when_remembered(settings_dir, memory_keyring):
    settings = Settings.load(keyring_backend=memory_keyring)
    assert settings.warnings == []
    assert settings.remember(SavedServer("h", "root", remember_password=False), "secret") is None
    assert memory_keyring.store == {}
    assert settings.remember(SavedServer("h", "root", remember_password=True), "secret") is None
    assert memory_keyring.store == {("xencenter", "root@h:443"): "secret"}
    assert settings.passwords.get("h:443", "root") == "secret"
    # Unticking "remember" later removes the stored password.
    settings.remember(SavedServer("h", "root", remember_password=False), None)
    assert memory_keyring.store == {}
    assert settings.passwords.get("h", "root") is None
    # The server file never holds the password.
    assert "secret" not in settings.servers.path.read_text()


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.chainer.ChainerBackend()],
    ids=["fail", "empty-chainer"],
)
def test_no_keyring_is_reported_and_passwords_are_asked(settings_dir, backend, monkeypatch):
    monkeypatch.setattr(keyring.backends.chainer.ChainerBackend, "backends", [])
    settings = Settings.load(keyring_backend=backend)
    assert NO_KEYRING in settings.warnings
    assert not settings.passwords.available
    assert settings.remember(SavedServer("h", remember_password=True), "secret") == NO_KEYRING
    assert settings.passwords.get("h", "root") is None


def test_a_keyring_failing_on_use_gives_a_warning_without_the_secret(settings_dir, locked_keyring, caplog):
    passwords = PasswordStore(locked_keyring)
    assert passwords.available
    warning = passwords.set("h", "root", "hunter2-secret")
    assert warning and "asked each time" in warning
    assert "hunter2-secret" not in warning
    assert passwords.get("h", "root") is None
    passwords.delete("h", "root")
    assert "hunter2-secret" not in caplog.text


def test_settings_load_reports_every_damaged_file(settings_dir, memory_keyring):
    settings_dir.mkdir()
    (settings_dir / "servers.json").write_text("{")
    (settings_dir / "certificates.json").write_text("{")
    (settings_dir / "options.json").write_text("[]")
    settings = Settings.load(keyring_backend=memory_keyring)
    assert len(settings.warnings) == 3


def test_console_options_round_trip_and_bad_values_are_set_aside(settings_dir):
    options = Options(settings_dir)
    assert options.load() is None and options.console == ConsoleOptions()  # no file: the defaults
    options.console = ConsoleOptions(refuse_unencrypted=True, jpeg_quality=6, compression_level=2)
    options.save()
    assert loaded(Options, settings_dir).console == ConsoleOptions(True, 6, 2)
    for bad in ({"jpeg_quality": 10}, {"compression_level": "9"}, {"refuse_unencrypted": 1}, {"jpeg_quality": True}):
        (settings_dir / "options.json").write_text(json.dumps({"version": 1, "console": bad}))
        again = Options(settings_dir)
        warning = again.load()
        assert warning and "options.json.corrupt-" in warning and again.console == ConsoleOptions()
