"""The New VM wizard, XenCenter's pages in the house's style (the steps listed on the left with what was chosen,
the page on the right): Template, Name, Installation Media, Home Server, CPU & Memory, Storage, Networking,
Finish.

It only gathers answers: it keeps a ``model.provision.NewVMPlan`` (the template's defaults, then each page's
choices), asks the model what each page offers and what is wrong with it (the same checks ``main.py run
vm.new`` makes), and gives back the plan as ``vm.new``'s parameters (``params()``), which the command then runs
as one operation. The Finish page shows the equivalent command line. Nothing here calls the server.

Each page has its own module (``choose``, ``media``, ``placement``, ``storage``, ``networking``); ``wizard``
holds the window that drives them."""

from __future__ import annotations

from .wizard import NewVMWizard

__all__ = ["NewVMWizard"]
