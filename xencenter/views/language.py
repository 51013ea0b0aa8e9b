"""The window's language: Options > Language or ``--lang`` (applied at start), loaded as a QTranslator from
``xencenter/i18n/xencenter_<language>.qm`` (built with the wheel), or in a checkout compiled from its ``.ts``
into the cache folder at start. English is the source text and needs no file; a language without a file leaves
the window in English, and says so in the log. The model's words (``model/words.py``) go through the same
translator."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from xencenter import i18n_build
from xencenter.model import words
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.settings import user_cache_dir

log = logging.getLogger(__name__)

I18N_DIR = i18n_build.I18N_DIR
#: Options > Language's choices: the setting's value and its name in that language ("System default" in the
#: window's, translated where shown).
LANGUAGE_WORDS = {"": QT_TRANSLATE_NOOP("OptionsDialog", "System default"), "en": "English", "zh_CN": "简体中文",
                  "ja": "日本語"}


def resolved(language: str) -> str:
    """The language to load: the given one, or the system's (``QLocale``) for ""."""
    return language or QLocale.system().name()


def cache_dir() -> Path:
    """Where a checkout's ``.qm`` files are compiled to (never into the source tree; for the demo, into its
    own folder)."""
    return user_cache_dir("i18n")


def compiled(ts: Path, cache: Path) -> Path | None:
    """``ts`` compiled into ``cache`` (again when the ``.ts`` is newer); None without ``lrelease``."""
    qm = cache / ts.with_suffix(".qm").name
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    if i18n_build.release(ts, qm):
        return qm
    log.warning("%s could not be compiled (no lrelease?): the window stays in English", ts.name)
    return None


def translation_file(language: str, directory: Path = I18N_DIR, cache: Path | None = None) -> Path | None:
    """``xencenter_<language>.qm`` (or of its base language, ``ja_JP`` -> ``ja``) when there is one, else its
    ``.ts`` compiled into ``cache`` (default ``cache_dir()``)."""
    for name in dict.fromkeys((language, language.split("_")[0])):
        candidate = directory / f"xencenter_{name}.qm"
        if candidate.is_file():
            return candidate
        source = candidate.with_suffix(".ts")
        if source.is_file():
            return compiled(source, cache or cache_dir())
    return None


class WindowTranslator(QTranslator):
    """The window's words, then Qt's own (``qtbase_<language>.qm``: the OK and Cancel of button boxes, message
    boxes' buttons, file dialogs, line edits' context menus) when Qt ships them: one translator to install and to
    remove."""

    def __init__(self, parent: QCoreApplication, language: str) -> None:
        super().__init__(parent)
        self.qt = QTranslator(self)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not self.qt.load(f"qtbase_{language}", folder):
            log.info("Qt ships no qtbase translation for %s: its standard buttons stay English", language)

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """None (Qt then keeps the source text) for a text neither file has: an empty answer would be shown
        as the translation, blank (an SR type's name, a brand, a graph the user named)."""
        return super().translate(context, source, disambiguation, n) or self.qt.translate(
            context, source, disambiguation, n) or None


def install_language(app: QCoreApplication, language: str, directory: Path = I18N_DIR) -> QTranslator | None:
    """Translate the application into ``language`` ("" the system's); the translator installed (kept on the
    application, so it lives as long), or None for English or when there is no file for it."""
    wanted = resolved(language)
    if wanted == "C" or wanted.startswith("en"):
        return None
    path = translation_file(wanted, directory)
    if path is None:
        log.info("no translation for %s: the window stays in English", wanted)
        return None
    translator = WindowTranslator(app, path.stem.removeprefix("xencenter_"))
    if not translator.load(str(path)):
        log.warning("the translation %s could not be loaded", path)
        return None
    app.installTranslator(translator)
    words.install(QCoreApplication.translate)
    return translator
