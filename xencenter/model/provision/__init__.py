"""What the New VM wizard offers and checks, as data (Qt-free; the wizard's pages, ``vm.new`` and its command-line
checks all use these functions).

- Templates grouped and ordered as XenCenter's template page does (``template_type``: Windows, Debian, ...,
  Custom for user templates, Snapshots), hidden ones last.
- The install media a template takes (``install_methods``): an ISO or a server's DVD drive (``iso_choices``),
  a network repository (PV templates booted by ``eliloader``), a network boot (HVM).
- The servers that can be the VM's home (``host_choices``), each with why not when it cannot.
- The disks: a default template's ``other_config["disks"]`` provision XML (``provision_disks``), a custom
  template's own disks (cloned with it), the storage that can hold new ones (``sr_choices``, free space, the
  home server's view of it).
- The default network interfaces (the template's, or XenCenter's automatic networks for default templates).
- ``NewVMPlan``: every answer; ``plan_problems`` says what stops it (in words), ``plan_warnings`` what may
  (memory or CPUs beyond any server, overcommitted thin storage); ``plan_from_params``/``plan_params`` turn it
  into the parameters of ``vm.new`` and back (disks and interfaces as ``disk_spec``/``vif_spec`` text, the
  same the command line takes).
"""

from __future__ import annotations

from .defaults import (  # noqa: F401
    CD_POSITIONS,
    DEFAULT_MAX_MEMORY,
    DEFAULT_MAX_VBDS,
    DEFAULT_MAX_VCPUS,
    DEFAULT_MAX_VIFS,
    DISK_DESCRIPTION,
    DISK_MAX_SIZE,
    FULL_BELOW,
    HIDDEN_PREFIX,
    MAX_NETWORKS_FOR_DEFAULT_TEMPLATES,
    default_vm_name,
    mac_problem,
    parse_size,
    size_spec,
)
from .homes import HostChoice, default_home, host_choices, host_memory_text, host_reason, needs_home, storage_hosts  # noqa: F401
from .media import (  # noqa: F401
    INSTALL_WORDS,
    IsoChoice,
    dvd_label,
    has_cd_drive,
    install_method_names,
    install_methods,
    is_eliloader,
    iso_choices,
    iso_host,
    url_problem,
)
from .networks import VifPlan, auto_plug, default_vifs, network_choices, vif_limit, vif_problems  # noqa: F401
from .params import (  # noqa: F401
    command_line,
    disk_spec,
    find_named,
    install_media_text,
    parse_disk_spec,
    parse_install_media,
    parse_vif_spec,
    plan_from_params,
    plan_params,
    vif_spec,
    with_copy_sr,
    with_home,
)
from .plan import (  # noqa: F401
    NewVMPlan,
    cpu_memory_warnings,
    cpu_problem,
    default_plan,
    home_problem,
    install_problem,
    memory_problem,
    plan_problems,
    plan_warnings,
    rename_disks,
    storage_problems,
    template_cores,
    with_boot_disk,
)
from .storage import (  # noqa: F401
    DiskPlan,
    ProvisionDisk,
    SRChoice,
    best_sr,
    disk_fit_problem,
    disk_problems,
    disk_warnings,
    free_space,
    is_dvd_sr,
    is_iso_sr,
    is_thin,
    provision_disks,
    sr_attached_hosts,
    sr_capabilities,
    sr_choices,
    sr_free_text,
    sr_home_host,
    sr_is_broken,
    sr_label,
    sr_reason,
    sr_seen_from,
    sr_sm,
    supports_vdi_create,
    template_disks,
)
from .templates import (  # noqa: F401
    BOOT_MODE_WORDS,
    TEMPLATE_TYPES,
    boot_modes,
    current_boot_mode,
    has_templates,
    is_default_template,
    max_memory,
    max_vbds,
    max_vcpus,
    max_vifs,
    recommendations,
    supports_secure_boot,
    supports_uefi,
    template_description,
    template_group,
    template_groups,
    template_sort_key,
    template_type,
    templates,
)
