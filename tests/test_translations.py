"""The translations are whole: every string lupdate extracts from the sources (and every command's title and
menu text) has a finished Simplified Chinese and Japanese translation that is not the English, keeps its
placeholders and its menu accelerator, and the committed .ts files are what the sources give now."""

from __future__ import annotations

import re
import runpy
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tests.conftest import ROOT
from xencenter import i18n_build
from xencenter.model import words

LANGUAGES = ("zh_CN", "ja")
#: Product names and ids that are the same in every language; "OK" is Japanese's own word for it, and a label's
#: colon is the same in Japanese.
SAME_IN_EVERY_LANGUAGE = {"HA", "NIC", "OK", "{label}:"}
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    """(context, source) -> its <translation> element."""
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, Path]:
    """Each language's committed .ts brought up to date with the sources by lupdate, in a temporary folder."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for language in LANGUAGES:
        copies[language] = folder / f"xencenter_{language}.ts"
        shutil.copy(i18n_build.I18N_DIR / copies[language].name, copies[language])
    runpy.run_path(str(ROOT / "scripts" / "translations.py"))["extract"](list(copies.values()))
    return copies


def _problem(source: str, translation: ElementTree.Element | None) -> str:
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return "unfinished"
    text = translation.text or "".join(form.text or "" for form in translation.iter("numerusform"))
    if not text.strip():
        return "empty"
    if text == source and source not in SAME_IN_EVERY_LANGUAGE:
        return "the English"
    if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
        return f"placeholders {PLACEHOLDER.findall(source)} not kept"
    accelerator = re.search(r"&(\w)", source)
    if accelerator and f"(&{accelerator.group(1).upper()})" not in text:
        return f"no (&{accelerator.group(1).upper()}) accelerator"
    return ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_extracted_string_has_a_real_translation(extracted, language):
    found = messages(extracted[language])
    assert len(found) > 250, "commands, menus, navigation, tabs, status bar"
    problems = {key: why for key, translation in found.items() if (why := _problem(key[1], translation))}
    assert not problems, f"{language}: {problems}"


def test_the_commands_are_extracted_and_the_committed_files_are_current(extracted):
    from xencenter.commands import default_commands

    found = messages(extracted["zh_CN"])
    for command in default_commands():
        assert ("Commands", command.title) in found and ("Commands", command.menu_text) in found, command.id
    for language in LANGUAGES:
        committed = messages(i18n_build.I18N_DIR / f"xencenter_{language}.ts")
        assert committed.keys() == messages(extracted[language]).keys(), \
            "run scripts/translations.py: the .ts files are behind the sources"


def test_the_compiled_translation_speaks_chinese_and_the_model_follows(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from xencenter.views.language import install_language

    assert words.translate("ObjectGroups", "VMs") == "VMs"  # English until a language is installed
    assert words.translate("StatusBar", "%n servers: ", None, 3) == "3 servers: "
    qm = tmp_path / "xencenter_zh_CN.qm"
    assert i18n_build.release(i18n_build.I18N_DIR / "xencenter_zh_CN.ts", qm)
    translator = install_language(qapp, "zh_CN", tmp_path)
    try:
        assert translator is not None
        assert QCoreApplication.translate("Commands", "&New VM...") == "新建虚拟机(&N)..."
        # A text neither file has (a user's graph name, a brand) stays as it is, never blank.
        assert QCoreApplication.translate("Graphs", "My own graph") == "My own graph"
        assert QCoreApplication.translate("Tabs", "%n items", None, 2) == "2 items"
        assert QCoreApplication.translate("StatusBar", "%n servers: ", None, 3) == "3 台服务器："
        assert words.translate("ObjectGroups", "VMs") == "虚拟机"
        from xencenter.model.tree import Source, objects_tree

        groups = objects_tree([Source("a", "pool.example", None, connected=False)]).children
        assert [g.name for g in groups] == ["已断开连接的服务器"]  # the Objects view's groups, from the model
        from xencenter import connection
        from xencenter.views.words import reason

        said = connection.LOGGING_IN.format(address="https://pool.example", user="root")
        assert reason(said) == "正在以 root 身份登录到 https://pool.example…"
        assert reason(connection.LOADING) == "正在加载对象…"
        assert reason("Wrong user name or password") == "用户名或密码错误"  # model.failures.connection_problem
        assert reason("The server refused: HOST_OFFLINE") == "服务器拒绝：HOST_OFFLINE"
        assert reason("Connection refused") == "Connection refused"  # the operating system's words: as they are
        from xencenter.model.failures import explain
        from xencenter.xenapi.errors import Failure

        assert explain(Failure("HOST_OFFLINE", []))[0] == "服务器处于脱机状态。"
        assert explain(Failure("VM_LACKS_FEATURE", ["r"]), lambda ref: "web")[0] == "“web”不支持此操作（其工具缺少此功能）。"
        from xencenter.model.summaries import uptime_text

        assert uptime_text(90061) == "1天1小时1分钟"  # the General tab's words, from the model
        from xencenter.commands import default_commands
        from xencenter.commands.finder import Finder

        finder = Finder(default_commands(), [])  # the palette: found by the title shown, or the English one
        for typed in ("启动", "start"):
            assert "vm.start" in [f.command.id for f in finder.find(typed, []) if f.command][:3], typed
    finally:
        qapp.removeTranslator(translator)
        words.install(None)
    assert words.translate("ObjectGroups", "VMs") == "VMs"


def test_a_checkout_compiles_its_ts_at_start(tmp_path):
    from xencenter.views.language import translation_file

    source = tmp_path / "i18n"
    source.mkdir()
    shutil.copy(i18n_build.I18N_DIR / "xencenter_ja.ts", source)
    cache = tmp_path / "cache"
    qm = translation_file("ja_JP", source, cache)
    assert qm == cache / "xencenter_ja.qm" and qm.stat().st_size > 1000
    assert not list(source.glob("*.qm")), "never into the source folder"
    assert translation_file("ja", source, cache) == qm  # made once, then reused


def test_the_demo_and_the_tests_compile_into_their_own_folder(tmp_path, monkeypatch):
    """With the settings moved ($XENCENTER_CONFIG_DIR: the demo), nothing is compiled into the user's cache."""
    from xencenter.views.language import translation_file

    monkeypatch.setenv("XENCENTER_CONFIG_DIR", str(tmp_path / "demo"))
    source = tmp_path / "i18n"
    source.mkdir()
    shutil.copy(i18n_build.I18N_DIR / "xencenter_zh_CN.ts", source)
    assert translation_file("zh_CN", source) == tmp_path / "demo" / "i18n" / "xencenter_zh_CN.qm"
