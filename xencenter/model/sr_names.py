"""The names XenCenter gives the SRs a host's installer made ("Local storage on host-01").

The installer tags such SRs with ``other_config["i18n-key"]`` and the text it wrote
(``i18n-original-value-name_label``); while the name is still that text, XenCenter shows its own words for the
key, naming the SR's host (XenCenter's ``SR.I18N`` over ``FriendlyNames.resx``). A name the admin changed is
shown as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.objects import SR

#: (field, i18n-key) -> (words without a host, words naming the host), from XenCenter's FriendlyNames.resx.
FRIENDLY_NAMES: dict[tuple[str, str], tuple[str, str]] = {
    ("name_label", "local-storage"): (QT_TRANSLATE_NOOP("SRNames", "Local storage"),
                                      QT_TRANSLATE_NOOP("SRNames", "Local storage on {0}")),
    ("name_description", "local-storage"): (QT_TRANSLATE_NOOP("SRNames", "Local storage"),
                                            QT_TRANSLATE_NOOP("SRNames", "Local storage on {0}")),
    ("name_label", "local-hotplug-cd"): (QT_TRANSLATE_NOOP("SRNames", "DVD drives"),
                                         QT_TRANSLATE_NOOP("SRNames", "DVD drives on {0}")),
    ("name_description", "local-hotplug-cd"): (QT_TRANSLATE_NOOP("SRNames", "Physical DVD drives"),
                                               QT_TRANSLATE_NOOP("SRNames", "Physical DVD drives on {0}")),
    ("name_label", "local-hotplug-disk"): (QT_TRANSLATE_NOOP("SRNames", "Removable storage"),
                                           QT_TRANSLATE_NOOP("SRNames", "Removable storage on {0}")),
    ("name_description", "local-hotplug-disk"): (QT_TRANSLATE_NOOP("SRNames", "Physical removable storage"),
                                                 QT_TRANSLATE_NOOP("SRNames", "Physical removable storage on {0}")),
    ("name_label", "ebs"): ("EBS", QT_TRANSLATE_NOOP("SRNames", "EBS in {0}")),
    ("name_description", "ebs"): (QT_TRANSLATE_NOOP("SRNames", "EBS volumes"),
                                  QT_TRANSLATE_NOOP("SRNames", "EBS volumes in Availability Zone {0}")),
}


def friendly(sr: SR, field: str, value: str, with_host: bool) -> str:
    """XenCenter's ``SR.I18N``: the shown text of ``field`` (whose value is ``value``)."""
    config = sr.other_config
    key = config.get("i18n-key")
    if key is None or config.get(f"i18n-original-value-{field}", "") != value:
        return value
    words = FRIENDLY_NAMES.get((field, key))
    if words is None:
        return value
    host = sr.home if with_host else None
    return translate("SRNames", words[1]).format(host.name) if host is not None else translate("SRNames", words[0])
