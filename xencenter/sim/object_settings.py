"""The settings calls of the Properties pages that are more than a field setter (xapi_vm.ml, xapi_host.ml,
xapi_pool.ml): shadow multipliers in the power state xapi allows, the power-on mode with its config, syslog
reconfiguration, and TLS verification (which xapi can only turn on)."""

from __future__ import annotations

from . import hosts
from .context import Context
from .errors import XapiError
from .registry import implements


def _multiplier(ctx: Context, vm: str, value: float, state: str) -> None:
    record = ctx.store.get("VM", vm)
    if record["power_state"] != state:
        raise XapiError("VM_BAD_POWER_STATE", vm, state.lower(), record["power_state"].lower())
    if float(value) < 1.0:
        raise XapiError("INVALID_VALUE", "multiplier", str(float(value)))
    ctx.store.update("VM", vm, {"HVM_shadow_multiplier": float(value)})


@implements("VM.set_HVM_shadow_multiplier")
def set_hvm_shadow_multiplier(ctx: Context, vm: str, value: float) -> None:
    _multiplier(ctx, vm, value, "Halted")


@implements("VM.set_shadow_multiplier_live")
def set_shadow_multiplier_live(ctx: Context, vm: str, multiplier: float) -> None:
    _multiplier(ctx, vm, multiplier, "Running")


@implements("host.set_power_on_mode")
def set_power_on_mode(ctx: Context, host: str, mode: str, config: dict[str, str]) -> None:
    ctx.store.update("host", host, {"power_on_mode": mode, "power_on_config": dict(config)})
    hosts.settle(ctx.store, host)


@implements("host.syslog_reconfigure")
def syslog_reconfigure(ctx: Context, host: str) -> None:
    """The simulated syslog has nothing to restart: the destination is ``logging["syslog_destination"]``."""
    ctx.store.get("host", host)


@implements("pool.enable_tls_verification")
def enable_tls_verification(ctx: Context) -> None:
    for ref in list(ctx.store.all("host")):
        ctx.store.update("host", ref, {"tls_verification_enabled": True})
    for ref in list(ctx.store.all("pool")):
        ctx.store.update("pool", ref, {"tls_verification_enabled": True})
