"""Properties of servers, pools, storage repositories and networks (a VM's are in ``vm.py``): the dialog, and
the ``<class>.edit`` commands it applies, which ``main.py run`` takes with the same parameters and checks.

One dialog frame for every class, as XenCenter's PropertiesDialog: General and Custom Fields for all, Alerts for
servers and SRs, E-mail Options for pools, and each class's own pages (``model.object_settings``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, Param
from xencenter.commands.edit import ALERT_PARAMS, COMMON_PARAMS, EditCommand
from xencenter.model import object_settings as settings

if TYPE_CHECKING:
    from xencenter.model.edits import Change
    from xencenter.model.objects import Host, Network, Pool, XenObject
    from xencenter.operations.context import AppContext


class ObjectPropertiesCommand(Command):
    """``<class>.properties``: the window's Properties dialog of one object."""

    title, text, icon, group, order, toolbar = "Properties", "P&roperties", "properties", 90, 10, 320
    window_only = "the properties are a dialog of the window: use the class's .edit command"
    params = (Param("page", str, "the page to open (General, Custom Fields, Alerts, ...)"),)

    def run_on(self, obj: XenObject, context: AppContext, *, page: str | None = None, **params: Any) -> None:
        context.dialogs.object_properties(context, obj, page)


class HostPropertiesCommand(ObjectPropertiesCommand):
    id, help, kinds, wants, menus = "host.properties", "Open a server's properties.", ("host",), "one server", ("Server",)
    single = "Select one server to see its properties."


class PoolPropertiesCommand(ObjectPropertiesCommand):
    id, help, kinds, wants, menus = "pool.properties", "Open a pool's properties.", ("pool",), "one pool", ("Pool",)
    single = "Select one pool to see its properties."


class SRPropertiesCommand(ObjectPropertiesCommand):
    id, help, kinds, menus = "sr.properties", "Open a storage repository's properties.", ("sr",), ("Storage",)
    wants, single = "one storage repository", "Select one storage repository to see its properties."


class NetworkPropertiesCommand(ObjectPropertiesCommand):
    id, help, kinds, wants = "network.properties", "Open a network's properties.", ("network",), "one network"
    single = "Select one network to see its properties."


# ---- the edits ----------------------------------------------------------------------------------------------


class HostEditCommand(EditCommand):
    id, title, help = "host.edit", "Edit Server Properties", ("Change a server's name, description, folder, tags, "
                                                              "custom fields, alerts, multipathing, log destination "
                                                              "and power-on mode.")
    activity, kinds, wants, has_alerts = "Changing properties of server", ("host",), "a server", True
    params = (
        *COMMON_PARAMS, *ALERT_PARAMS,
        Param("multipathing", bool, "storage multipathing (the server must be in maintenance mode)"),
        Param("syslog_destination", str, "remote syslog server (empty: log locally only)"),
        Param("power_on_mode", str, "how the server is powered on remotely",
              choices=("disabled", "wake-on-lan", "DRAC")),
        Param("power_on_ip", str, "DRAC address"), Param("power_on_user", str, "DRAC user name"),
        Param("power_on_password", str, "DRAC password", secret=True),
    )

    def edited(self, host: Host, params: dict[str, Any]) -> tuple[settings.HostSettings, settings.HostSettings]:
        before = settings.HostSettings.of(host)
        after = before
        if params.get("multipathing") is not None:
            after = replace(after, multipathing=params["multipathing"])
        if params.get("syslog_destination") is not None:
            after = replace(after, syslog_destination=params["syslog_destination"].strip())
        mode = params.get("power_on_mode")
        if mode is not None:
            after = replace(after, power_on_mode="" if mode == "disabled" else mode,
                            power_on_config=() if mode in ("disabled", "wake-on-lan") else after.power_on_config)
        config = dict(after.power_on_config)
        for key in ("power_on_ip", "power_on_user"):
            if params.get(key) is not None:
                config[key] = params[key]
        if after.power_on_mode == "DRAC":
            after = replace(after, power_on_config=tuple(sorted(config.items())))
        return before, after

    def own_problem(self, host: Host, params: dict[str, Any]) -> str:
        return settings.host_problem(host, *self.edited(host, params))

    def own_changes(self, host: Host, params: dict[str, Any]) -> list[Change]:
        return super().own_changes(host, params) + settings.host_changes(
            host, *self.edited(host, params), password=params.get("power_on_password") or "")


class PoolEditCommand(EditCommand):
    id, title, help = "pool.edit", "Edit Pool Properties", ("Change a pool's name, description, folder, tags, "
                                                            "custom fields, e-mail alerts, live patching, migration "
                                                            "network and compression, TLS verification.")
    activity, kinds, wants = "Changing properties of pool", ("pool",), "a pool"
    params = (
        *COMMON_PARAMS,
        Param("mail_to", str, "send alerts by e-mail to this address (empty: no e-mail)"),
        Param("mail_server", str, "SMTP server for alert e-mail, HOST[:PORT]"),
        Param("live_patching", bool, "apply live patches when they are available"),
        Param("migration_compression", bool, "compress the VM memory stream of live migrations"),
        Param("tls_verification", bool, "verify the pool members' TLS certificates (cannot be turned off)"),
        Param("migration_network", "network", "the network live migrations use"),
        Param("no_migration_network", bool, "live migrations use the management network"),
    )

    def edited(self, pool: Pool, params: dict[str, Any]) -> tuple[settings.PoolSettings, settings.PoolSettings]:
        before = settings.PoolSettings.of(pool)
        given: dict[str, Any] = {"mail_to": params.get("mail_to"), "mail_server": params.get("mail_server"),
                 "live_patching": params.get("live_patching"), "compression": params.get("migration_compression"),
                 "tls_verification": params.get("tls_verification"),
                 "migration_network": "" if params.get("no_migration_network") else (
                     params["migration_network"].uuid if params.get("migration_network") is not None else None)}
        changed: dict[str, Any] = {k: v.strip() if isinstance(v, str) else v for k, v in given.items() if v is not None}
        return before, replace(before, **changed)

    def own_problem(self, pool: Pool, params: dict[str, Any]) -> str:
        return settings.pool_problem(*self.edited(pool, params))

    def own_changes(self, pool: Pool, params: dict[str, Any]) -> list[Change]:
        return super().own_changes(pool, params) + settings.pool_changes(pool, *self.edited(pool, params))


class SREditCommand(EditCommand):
    id, title = "sr.edit", "Edit Storage Properties"
    help = "Change a storage repository's name, description, folder, tags, custom fields and alerts."
    activity, kinds, wants, has_alerts = "Changing properties of SR", ("sr",), "a storage repository", True
    params = (*COMMON_PARAMS, *ALERT_PARAMS)


class NetworkEditCommand(EditCommand):
    id, title = "network.edit", "Edit Network Properties"
    help = "Change a network's name, description, folder, tags, custom fields, MTU and automatic addition."
    activity, kinds, wants = "Changing properties of network", ("network",), "a network"
    params = (
        *COMMON_PARAMS,
        Param("mtu", int, f"maximum transmission unit ({settings.MTU_MIN}-{settings.MTU_MAX})"),
        Param("automatic", bool, "add this network to new VMs automatically"),
    )

    def edited(self, network: Network,
               params: dict[str, Any]) -> tuple[settings.NetworkSettings, settings.NetworkSettings]:
        before = settings.NetworkSettings.of(network)
        given: dict[str, Any] = {"mtu": params.get("mtu"), "automatic": params.get("automatic")}
        return before, replace(before, **{k: v for k, v in given.items() if v is not None})

    def own_problem(self, network: Network, params: dict[str, Any]) -> str:
        return settings.network_problem(network, self.edited(network, params)[1])

    def own_changes(self, network: Network, params: dict[str, Any]) -> list[Change]:
        return super().own_changes(network, params) + settings.network_changes(network, *self.edited(network, params))
