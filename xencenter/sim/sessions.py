"""session.*: login with the configured credentials, logout."""

from __future__ import annotations

from .context import Context
from .registry import implements


@implements("session.login_with_password", "session.slave_local_login_with_password")
def login_with_password(ctx: Context, user: str, password: str, version: str = "1.1", originator: str = "") -> str:
    return ctx.api.login(user, password, originator)


@implements("session.logout", "session.local_logout")
def logout(ctx: Context) -> None:
    if ctx.session is not None:
        ctx.store.destroy("session", ctx.session)
    ctx.store.wake()
