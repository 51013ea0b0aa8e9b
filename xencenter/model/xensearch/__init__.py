"""XenCenter's search engine without Qt: saved searches, their XML, scopes, filters, groupings and sorting.

For a view (the Search tab, the navigation pane's Saved Searches):

- ``saved.builtin_searches()`` and ``saved.saved_searches(sources)`` (the searches in each connected pool's
  ``gui_config``, with what could not be read); ``saved.gui_config_entry(search, key)`` is what saving one writes.
- ``marshal.parse_search(xml)`` / ``parse_searches`` / ``search_xml(search)``: XenCenter's ``<Search>`` XML;
  ``SearchXMLError`` says in words what is wrong; what a newer XenCenter wrote is kept and listed in
  ``Search.warnings``.
- ``run.run_search(search, sources, SearchOptions(...))`` -> ``SearchResult``: a tree of ``ResultRow`` (label,
  the object of an object row or object group, the grouping and value of a group, children) in XenCenter's
  display order, with ``identity`` per row for updating a view in place. A run only reads the caches, so it
  can run on a worker thread; ``SearchResult.affected_by(changes)`` and ``run.refresh`` skip re-runs for cache
  changes that cannot alter the results (tasks, messages, consoles...).
- ``Grouping.drill_down(parent, value)``: the filter that opening a group searches for (XenCenter's
  ``GetSubquery``); ``search.Search.folder_for_navigator``: the folder of a "folder is ..." search.
"""
