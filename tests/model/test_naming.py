"""Natural order as XenCenter's ``StringUtility.NaturalCompare`` gives it."""

from __future__ import annotations

from xencenter.model.naming import natural_key


def test_numbers_compare_by_value_and_before_letters():
    names = ["VM 10", "Metadata for HA", "vm 2", "1", "0", "ab", "a1"]
    assert sorted(names, key=natural_key) == ["0", "1", "a1", "ab", "Metadata for HA", "vm 2", "VM 10"]


def test_keys_compare_with_the_after_every_name_marker():
    """Tables sort rows without a value last with the key ``((2, ""),)`` (views/tabs/search.py)."""
    keys = [natural_key("10.0.0.1"), ((2, ""),), natural_key("web"), natural_key("")]
    assert sorted(keys)[-1] == ((2, ""),)


def test_digit_runs_compare_by_length_then_digits():
    """NaturalCompare (XenCenterLib/StringUtility.cs): "A number that is shorter in decimal places must be
    smaller", then digit by digit."""
    assert sorted(["a007", "a8", "a10", "a01", "a1"], key=natural_key) == ["a1", "a8", "a01", "a10", "a007"]


def test_punctuation_sorts_before_digits_and_digits_before_letters():
    """NaturalCompare compares a digit with another character in the culture's order: punctuation first."""
    assert sorted(["b", "0", "/vol/x", "(1)", "a"], key=natural_key) == ["(1)", "/vol/x", "0", "a", "b"]
