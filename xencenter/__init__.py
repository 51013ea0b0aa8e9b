"""A cross-platform desktop console for XenServer and XCP-ng pools."""

__version__ = "0.1.0"
APP_NAME = "XenCenter for everyone"
ORIGINATOR = f"xencenter-py/{__version__}"
