"""The Properties dialog of a server, pool, SR or network: which pages each has, as XenCenter's
PropertiesDialog builds them (a VM's is ``views.properties_dialog``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.properties import class_pages as pages
from xencenter.views.properties.alert_pages import AlertsPage, MailPage
from xencenter.views.properties.common_pages import CustomFieldsPage, GeneralPage
from xencenter.views.properties.frame import PropertiesFrame

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from xencenter.model.objects import Pool, XenObject
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate

KIND_WORDS = {"host": QT_TRANSLATE_NOOP("PropertiesDialog", "Server"), "pool": QT_TRANSLATE_NOOP("PropertiesDialog", "Pool"), "SR": QT_TRANSLATE_NOOP("PropertiesDialog", "Storage repository"), "network": QT_TRANSLATE_NOOP("PropertiesDialog", "Network")}


def _pool_pages(pool: Pool, for_host: bool) -> list[pages.EditPage]:
    """The pool-wide pages; a standalone server's dialog shows them too (its pool is not in the tree), applied
    with ``pool.edit``."""
    made: list[pages.EditPage] = [MailPage(pool), pages.LivePatchingPage(pool), pages.MigrationPage(pool),
                                  pages.SecurityPage(pool)]
    if for_host:
        for page in made:
            page.command_id, page.target = "pool.edit", pool
    return made


def object_dialog(context: AppContext, obj: XenObject, parent: QWidget | None = None) -> PropertiesFrame:
    dialog = PropertiesFrame(context, obj, f"{obj.cls.lower()}.edit", parent)
    made = [GeneralPage(obj, translate("PropertiesDialog", KIND_WORDS.get(obj.cls, QT_TRANSLATE_NOOP("PropertiesDialog", "Object")))), CustomFieldsPage(obj)]
    if obj.cls in ("host", "SR"):
        made.append(AlertsPage(obj))
    pool = obj.cache.pool()
    if obj.cls == "pool":
        made += _pool_pages(obj, for_host=False)  # type: ignore[arg-type]
    elif obj.cls == "host" and pool is not None and len(obj.cache.all("host")) == 1:
        made += _pool_pages(pool, for_host=True)
    if obj.cls == "host":
        made += [pages.MultipathPage(obj), pages.LogDestinationPage(obj), pages.PowerOnPage(obj)]  # type: ignore[arg-type]
    if obj.cls == "network":
        made.append(pages.NetworkSettingsPage(obj))  # type: ignore[arg-type]
    for page in made:
        dialog.add_edit_page(page)
    dialog.finish()
    return dialog
