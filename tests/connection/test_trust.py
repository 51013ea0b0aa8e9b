"""Fingerprint spelling and the trust verdict: a pin always wins, a change is never silent."""

import pytest

from xencenter.trust import (
    InvalidFingerprint,
    Verdict,
    format_fingerprint,
    judge,
    normalize_fingerprint,
    same_fingerprint,
)

FP = "0123456789abcdef" * 4
OTHER = "f" * 64


def test_spellings_normalize_to_one_form():
    colons = format_fingerprint(FP)
    assert colons.startswith("01:23:45:67:89:AB") and len(colons) == 95
    assert normalize_fingerprint(FP) == colons
    assert normalize_fingerprint(colons.lower()) == colons
    assert same_fingerprint(colons, FP)
    assert not same_fingerprint(FP, OTHER)
    assert not same_fingerprint(None, FP)


@pytest.mark.parametrize("bad", ["", "abc", "g" * 64, FP + "00"])
def test_bad_fingerprints_are_refused(bad):
    with pytest.raises(InvalidFingerprint):
        normalize_fingerprint(bad)


@pytest.mark.parametrize(
    "pinned, presented, system_trusted, verdict",
    [
        (None, FP, False, Verdict.UNKNOWN),
        (None, FP, True, Verdict.TRUSTED),
        (FP, format_fingerprint(FP), False, Verdict.TRUSTED),
        (FP, OTHER, False, Verdict.CHANGED),
        (FP, OTHER, True, Verdict.CHANGED),  # even a publicly trusted replacement is shown, not swallowed
    ],
)
def test_verdicts(pinned, presented, system_trusted, verdict):
    assert judge(pinned, presented, system_trusted=system_trusted) is verdict
