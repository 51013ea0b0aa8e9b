"""What a search can return: the cached objects, XenCenter's folders, and servers that are not connected.

XenCenter searches its ``XenSearchableObjects`` (VMs, vApps, hosts, SRs, networks, VDIs, folders, the pool when
it is visible) of every connected server, and stands a fake host in for each server that is not connected.
Folders are not xapi objects: they are the paths in ``other_config["folder"]`` (and the pool's
``other_config["EMPTY_FOLDERS"]``), one folder per path prefix; a folder is equal to the folder of the same path
on another server, so searches over several pools show one ``/Production``.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Union

from xencenter.model.tree import Source, folder_path, pool_display_name, pool_is_visible, shown_cache

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import XenObject

#: The classes XenCenter searches, in its order (folders are added per cache, the pool when it is visible).
SEARCHED_CLASSES = ("VM", "VM_appliance", "host", "SR", "network", "VDI")

#: ``pool.other_config`` key listing folders that exist without members (``;``-separated paths).
EMPTY_FOLDERS = "EMPTY_FOLDERS"


class Folder:
    """A folder of one server: ``ref`` is its path (``/`` is the hidden root), ``cache`` the server's cache."""

    __slots__ = ("path", "name", "parent_path", "cache")
    cls: ClassVar[str] = "folder"
    record: ClassVar[Any] = None  # no record: searches test the class before reading one

    def __init__(self, parts: Sequence[str], cache: ObjectCache | None) -> None:
        self.path = "/" + "/".join(parts)
        self.name = parts[-1] if parts else "Folders"
        self.parent_path = None if not parts else "/" + "/".join(parts[:-1])
        self.cache = cache

    @property
    def ref(self) -> str:
        return self.path

    @property
    def uuid(self) -> str:
        """XenCenter's ``uuid`` property of a folder is its path."""
        return self.path

    @property
    def is_root(self) -> bool:
        return self.parent_path is None

    @property
    def tags(self) -> list[str]:
        return []

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Folder) and other.path == self.path

    def __hash__(self) -> int:
        return hash(("folder", self.path))

    def __repr__(self) -> str:
        return f"<folder {self.path!r}>"


@dataclass(frozen=True, eq=False, slots=True)
class DisconnectedServer:
    """XenCenter's stand-in for a server that is not connected: a host with only a name."""

    ref: str
    name: str
    cls: ClassVar[str] = "host"
    cache: ClassVar[None] = None
    record: ClassVar[Any] = None  # no record: searches test the class before reading one
    uuid: ClassVar[str] = ""

    @property
    def tags(self) -> list[str]:
        return []


Item = Union["XenObject", Folder, DisconnectedServer]


class FolderIndex:
    """One server's folders by path, derived from its objects' ``other_config["folder"]``."""

    def __init__(self, cache: ObjectCache) -> None:
        self.folders: dict[str, Folder] = {}
        self._cache = cache
        self._add(())
        pool = cache.pool()
        if pool is not None:
            for path in (pool.other_config.get(EMPTY_FOLDERS) or "").split(";"):
                if path.startswith("/"):
                    self._add(tuple(folder_path(path)))
        for cls in ("host", "network", "pool", "SR", "VDI", "VM"):
            for _, record in cache.items(cls):
                path = str((getattr(record, "other_config", None) or {}).get("folder") or "")
                if path.strip():
                    self._add(tuple(folder_path(path)))

    def _add(self, parts: tuple[str, ...]) -> None:
        for depth in range(len(parts) + 1):
            path = "/" + "/".join(parts[:depth])
            if path not in self.folders:
                self.folders[path] = Folder(parts[:depth], self._cache)

    def folder_of(self, item: Item) -> Folder | None:
        """The folder an object is filed in (XenCenter's ``folder`` property); a folder's is its parent."""
        if isinstance(item, Folder):
            return self.folders.get(item.parent_path) if item.parent_path is not None else None
        record = item.record
        path = (getattr(record, "other_config", None) or {}).get("folder") if record is not None else None
        if not path or not path.strip():
            return None
        return self.folders.get("/" + "/".join(folder_path(path)))

    def ancestors_of(self, item: Item) -> list[Folder]:
        """The folders above an object, innermost first, without the root (``folders`` property)."""
        found = []
        folder = self.folder_of(item)
        while folder is not None and not folder.is_root:
            found.append(folder)
            folder = self.folders.get(folder.parent_path)  # type: ignore[arg-type]
        return found


#: cache -> (generation, index): a server's folders are rebuilt only when its content changed.
_folder_indexes: weakref.WeakKeyDictionary[ObjectCache, tuple[int, FolderIndex]] = weakref.WeakKeyDictionary()


def folder_index(cache: ObjectCache) -> FolderIndex:
    last = _folder_indexes.get(cache)
    if last is not None and last[0] == cache.generation:
        return last[1]
    index = FolderIndex(cache)
    _folder_indexes[cache] = (cache.generation, index)
    return index


def connected_cache(source: Source) -> ObjectCache | None:
    """The cache of a connected server with a pool (XenCenter searches only those; the rest are stand-ins),
    or its last known inventory while it connects."""
    return shown_cache(source)


def visible_pool(cache: ObjectCache) -> XenObject | None:
    pool = cache.pool()
    return pool if pool_is_visible(pool, cache.count("host")) else None


def item_name(item: Item) -> str:
    """XenCenter's ``Name()``: a nameless pool is called after its coordinator."""
    if item.cls == "pool":
        return pool_display_name(item)  # type: ignore[arg-type]
    return item.name


def source_items(source: Source, classes: Sequence[str]) -> Iterator[Item]:
    """The objects of one server in the given classes (``folder`` and ``pool`` included on request)."""
    cache = connected_cache(source)
    if cache is None:
        if "host" in classes:
            yield DisconnectedServer(source.key, source.name)
        return
    for cls in classes:
        if cls == "folder":
            yield from folder_index(cache).folders.values()
        elif cls == "pool":
            pool = visible_pool(cache)
            if pool is not None:
                yield pool
        else:
            yield from cache.all(cls)
