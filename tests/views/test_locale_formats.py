"""Sizes, numbers and dates in the window's language: the model's texts go through ``model.formats``, which the
window fills from QLocale at start for a language other than English; English stays as it always was."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from xencenter.model import formats
from xencenter.model.labels import date_text
from xencenter.model.summaries import size_text
from xencenter.views.locale_formats import install_locale_formats

MOMENT = datetime(2024, 1, 5, 15, 4, 5, tzinfo=timezone.utc)


@pytest.fixture
def english_after(qapp):
    yield
    formats.reset()


@pytest.fixture
def utc(monkeypatch):
    """Local time is UTC for the test (dates are shown in the local zone)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_english_is_unchanged_and_other_languages_use_their_locale(english_after, utc):
    assert (size_text(1536), size_text(12 * 2**30), size_text(7)) == ("1.5 KB", "12 GB", "7 B")
    assert date_text(MOMENT) == "Jan 5, 2024 3:04:05 PM"
    assert not install_locale_formats("en_US") and size_text(1536) == "1.5 KB"
    assert install_locale_formats("de_DE")
    assert (size_text(1536), size_text(2048), size_text(1234567)) == ("1,5 KB", "2 KB", "1,2 MB")
    assert (formats.fixed(2.5, 1), formats.fixed(3, 0), formats.percent(42)) == ("2,5", "3", "42%")
    assert formats.date_minutes(MOMENT).startswith("05.01.") and "15:04" in formats.date_minutes(MOMENT)
    assert date_text(MOMENT).startswith("05.01.") and "15:04:05" in date_text(MOMENT)
    assert install_locale_formats("zh_CN")
    assert size_text(1536) == "1.5 KB" and date_text(MOMENT).startswith("2024/1/5") and "15:04:05" in date_text(
        MOMENT)
    formats.reset()
    assert size_text(1536) == "1.5 KB" and date_text(MOMENT) == "Jan 5, 2024 3:04:05 PM"
    assert (formats.fixed(2.5, 1), formats.percent(42)) == ("2.5", "42%")
    assert formats.date_minutes(MOMENT.astimezone()) == "Jan 5, 2024 3:04 PM"
