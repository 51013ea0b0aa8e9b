"""XenCenter's search engine without Qt: saved searches, their XML, scopes, filters, groupings and sorting.

``marshal`` reads and writes the ``<Search>`` XML; ``run`` evaluates a search over connected servers into a tree
of groups and objects in XenCenter's display order; ``saved`` holds the built-in searches and the ones stored
in each pool's ``gui_config``.
"""
