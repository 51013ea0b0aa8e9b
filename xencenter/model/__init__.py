"""The object cache of each connection and the facts derived from it; no Qt here (usable from scripts/CLI).

- ``cache``: ``ObjectCache`` fed by ``event.from`` events, ``ChangeSet`` batches for the UI.
- ``objects``: lazy typed wrappers (VM, Host, SR, ...) whose reference fields resolve to wrappers.
- ``virtualization``: the virtualization state and its General-tab text (docs/design.md §4).
- ``placement``: VM and SR homes, host states (docs/design.md §5); ``summaries``: memory, CPUs, IPs, uptime.
- ``tree``: the navigation trees as plain nodes; ``search``: the search box; ``labels``: the General tab.
"""
