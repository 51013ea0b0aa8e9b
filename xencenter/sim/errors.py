"""xapi's failures: an error code and string parameters, as they appear on the wire."""

from __future__ import annotations


class XapiError(Exception):
    """A XenAPI failure (``VM_BAD_POWER_STATE [vm, expected, actual]``); every parameter travels as a string."""

    def __init__(self, code: str, *params: object) -> None:
        super().__init__(code, *params)
        self.code = code
        self.params = [str(p) for p in params]

    @property
    def description(self) -> list[str]:
        """``[CODE, param...]``: XML-RPC's ErrorDescription and JSON-RPC 1.0's error."""
        return [self.code, *self.params]
