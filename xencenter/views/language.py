"""The window's language: Options > Language or ``--lang`` (applied at start), loaded as a QTranslator from
``xencenter/i18n/xencenter_<language>.qm``. English is the source text and needs no file; a language without a
file yet (translations come later) leaves the window in English, and says so in the log."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
#: Options > Language's choices: the setting's value and its name in that language.
LANGUAGE_WORDS = {"": "System default", "en": "English", "zh_CN": "简体中文", "ja": "日本語"}


def resolved(language: str) -> str:
    """The language to load: the given one, or the system's (``QLocale``) for ""."""
    return language or QLocale.system().name()


def translation_file(language: str, directory: Path = I18N_DIR) -> Path | None:
    """``xencenter_<language>.qm`` (or of its base language, ``ja_JP`` -> ``ja``) when there is one."""
    for name in dict.fromkeys((language, language.split("_")[0])):
        candidate = directory / f"xencenter_{name}.qm"
        if candidate.is_file():
            return candidate
    return None


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
    translator = QTranslator(app)
    if not translator.load(str(path)):
        log.warning("the translation %s could not be loaded", path)
        return None
    app.installTranslator(translator)
    return translator
