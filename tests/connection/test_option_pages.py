"""Options > Updates, Connection and Language: remembered in options.json (a restart reads them back, a damaged
value is a warning and the defaults, a killed write never tears the file), and used: the connections' timeouts
and reconnects come from them, a lost connection with reconnecting off ends disconnected, the update check
reads only the cache, and the language loads its translation at start (``--lang`` too)."""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from connection_helpers import FAST
from PySide6.QtCore import QCoreApplication

from tests.conftest import ROOT
from tests.live import MemoryKeyring
from xencenter.connection import ConnectionState, Timing
from xencenter.operations.connections import ConnectionManager, chosen_timing
from xencenter.settings import ConnectionOptions, Options, Settings, UpdateOptions
from xencenter.views.language import install_language, translation_file

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def test_the_new_options_round_trip_and_bad_values_are_a_warning(tmp_path):
    options = Options(tmp_path)
    assert options.load() is None
    assert options.updates == UpdateOptions(check=False)  # off unless the user turns it on
    assert options.connection == ConnectionOptions(10, 30, True, 30) and options.display.language == ""
    options.updates.check = True
    options.connection = ConnectionOptions(3, 45, False, 120)
    options.display.language = "zh_CN"
    options.save()
    again = Options(tmp_path)
    assert again.load() is None
    assert again.updates.check and again.connection == ConnectionOptions(3, 45, False, 120)
    assert again.display.language == "zh_CN"
    for bad in ({"connection": {"connect_timeout": 0}}, {"connection": {"read_timeout": "30"}},
                {"connection": {"reconnect": "yes"}}, {"updates": {"check": 1}}, {"display": {"language": "fr"}}):
        (tmp_path / "options.json").write_text(json.dumps({"version": 1, **bad}))
        settings = Settings.load(tmp_path, keyring_backend=MemoryKeyring())
        assert settings.warnings, bad
        assert settings.options.connection == ConnectionOptions() and not settings.options.updates.check


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from xencenter.settings import ConnectionOptions, Options

    options = Options(Path(sys.argv[1]))
    options.load()
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        seconds = 1 + n % 500
        options.connection = ConnectionOptions(seconds, seconds, n % 2 == 0, seconds)
        options.updates.check = n % 2 == 0
        options.display.language = ("", "en", "zh_CN", "ja")[n % 4]
        options.save()
        print(n, flush=True)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_options_write_leaves_one_whole_version(tmp_path):
    rng = random.Random(11)
    directory = tmp_path / "config"
    for _ in range(12):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(directory)], cwd=ROOT, stdout=subprocess.PIPE,
                                  text=True)
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.1))
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)
        writer.stdout.close()
        options = Options(directory)
        assert options.load() is None  # whole: parses and validates
        c = options.connection
        assert c.connect_timeout == c.read_timeout == c.reconnect_interval  # never a mix of two saves
        assert c.reconnect == options.updates.check
        assert not list(directory.glob("*.corrupt-*"))


def test_the_connections_take_their_timing_from_the_options(tmp_path):
    settings = Settings.load(tmp_path, keyring_backend=MemoryKeyring())
    settings.options.connection = ConnectionOptions(4, 50, False, 7)
    timing = chosen_timing(settings)
    assert (timing.connect_timeout, timing.call_timeout, timing.reconnect) == (4, 50, False)
    assert timing.reconnect_delays == (2.0, 5.0, 7.0)  # the usual backoff, up to the longest wait
    manager = ConnectionManager(settings)
    assert manager.timing == timing and manager.create("pool.example", "root").timing == timing
    assert ConnectionManager(settings, timing=FAST).timing is FAST  # the tests' own timing still wins
    assert Timing.chosen(10, 30, True, 60).reconnect_delays == (2.0, 5.0, 10.0, 20.0, 30.0, 60.0)


def test_with_reconnecting_off_a_lost_connection_ends_disconnected(sim_factory, connect, wait_state, qtbot):
    server = sim_factory("--hosts", "1", "--vms", "2")
    connection = connect(server, timing=dataclasses.replace(FAST, reconnect=False))
    wait_state(connection, ConnectionState.CONNECTED)
    seen: list[ConnectionState] = []
    connection.state_changed.connect(lambda state, reason: seen.append(state))
    server.stop()
    wait_state(connection, ConnectionState.DISCONNECTED, timeout=20)
    assert ConnectionState.RECONNECTING not in seen and "reconnecting is off" in connection.reason


def _qm(tmp_path: Path, language: str, text: str) -> Path:
    """A one-message translation built as the real ones will be: a .ts compiled by pyside6-lrelease."""
    assert LRELEASE.exists(), f"{LRELEASE} is needed to build translations (PySide6's tools)"
    ts = tmp_path / f"xencenter_{language}.ts"
    ts.write_text(textwrap.dedent(f"""\
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE TS>
        <TS version="2.1" language="{language}">
        <context><name>OptionsDialog</name>
        <message><source>Options</source><translation>{text}</translation></message>
        </context>
        </TS>
        """), encoding="utf-8")
    qm = tmp_path / f"xencenter_{language}.qm"
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def test_the_language_loads_its_translation_and_english_needs_none(qapp, tmp_path):
    assert translation_file("zh_CN", tmp_path) is None
    assert install_language(qapp, "zh_CN", tmp_path) is None  # no file yet: English
    _qm(tmp_path, "zh_CN", "选项")
    _qm(tmp_path, "ja", "オプション")
    assert install_language(qapp, "en", tmp_path) is None
    translator = install_language(qapp, "zh_CN", tmp_path)
    try:
        assert translator is not None and QCoreApplication.translate("OptionsDialog", "Options") == "选项"
    finally:
        qapp.removeTranslator(translator)
    assert translation_file("ja_JP", tmp_path) == tmp_path / "xencenter_ja.qm"  # the base language's file
    assert QCoreApplication.translate("OptionsDialog", "Options") == "Options"


def test_main_lang_chooses_the_language_for_one_run(tmp_path, monkeypatch):
    from xencenter import app

    chosen: list[str | None] = []

    def build(*args, language=None, **kwargs):
        chosen.append(language)
        raise SystemExit(0)

    monkeypatch.setattr(app, "build_window", build)
    monkeypatch.setattr(app, "_application", lambda theme: None)
    monkeypatch.setattr(app, "_start_logging", lambda demo_dir: None)
    with pytest.raises(SystemExit):
        app.gui_main(["--lang", "zh_CN"])
    assert chosen == ["zh_CN"]
    with pytest.raises(SystemExit) as usage:
        app.gui_main(["--lang", "fr"])
    assert usage.value.code == 2
    assert shutil.which(str(LRELEASE))
