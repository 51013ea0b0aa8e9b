"""The wrappers' typed fields (model/fields.py) are what the datamodel gives: regenerating changes nothing."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_fields_are_generated_from_the_datamodel():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "generate_fields.py"), "--check"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_generated_classes_are_empty_at_run_time():
    from xencenter.model import fields, objects

    for wrapper in objects.WRAPPERS.values():
        mixin = getattr(fields, f"{wrapper.__name__}Fields")
        assert mixin in wrapper.__mro__ and mixin.__slots__ == () and not [
            name for name in vars(mixin) if not name.startswith("__")]
