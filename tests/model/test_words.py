"""The model's words: a declared table read in the installed language, and English kept for texts a translation
lacks."""

from xencenter.model import words
from xencenter.model.words import QT_TRANSLATE_NOOP, Table, translate


def _fake(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A translation that knows one text, and answers "" for the rest (as the window's translator does)."""
    return "已禁用" if (context, text) == ("Settings", "Disabled") else ""


def test_a_table_reads_its_words_in_the_installed_language():
    table = Table("Settings", {"": QT_TRANSLATE_NOOP("Settings", "Disabled"), "x": "Wake-on-LAN"})
    assert table[""] == "Disabled" and dict(table) == {"": "Disabled", "x": "Wake-on-LAN"}
    words.install(_fake)
    try:
        assert table[""] == "已禁用" and table.get("") == "已禁用" and list(table.values()) == ["已禁用", "Wake-on-LAN"]
        assert list(table) == ["", "x"] and len(table) == 2 and table.get("missing", "m") == "m"
        assert translate("Settings", "NFS") == "NFS"  # not in the translation: stays as it is, never blank
        assert translate("Settings", "%n VMs", None, 3) == "3 VMs"
    finally:
        words.install(None)
    assert table[""] == "Disabled"
