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
