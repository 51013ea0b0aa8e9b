"""The window's wizards (the New VM wizard): pages that gather a command's parameters, the data rules of each
page in ``model/``, the work done by the command they run."""
