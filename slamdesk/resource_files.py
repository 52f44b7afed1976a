"""Where the packaged resources are (fonts, icons, the message and window catalogues): the installed package
``slamdesk.resources``, or the checkout's ``resources/`` (an editable install, the PyInstaller bundle).

A module of its own with nothing but the standard library: the main window's frame, core and the documents all
ask it, and none of them may load more for it.
"""

from __future__ import annotations

from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1] / "resources"


def resource_folder(name: str) -> Path:
    """The folder ``name`` of the resources, installed or in the checkout."""
    from importlib import resources

    try:
        found = Path(str(resources.files("slamdesk.resources") / name))
        if found.is_dir():
            return found
    except (ModuleNotFoundError, TypeError):  # a bundle without the package: its resources/ folder
        pass
    return CHECKOUT / name
