"""The build step pyproject.toml cannot say: the catalogues compiled into the package.

Core's messages: babel (a build requirement) compiles ``resources/messages/<area>/<language>.po`` into
``slamdesk_<language>.mo`` (``slamdesk/core/words.py``). The window's: ``pyside6-lrelease`` turns
``resources/translations/<area>/<language>.ts`` into ``slamdesk_<language>.qm``
(``slamdesk/ui/common/catalogues.py``); where PySide6 is not in the build's environment, the catalogues the
install step compiled into the tree (``packaging/bootstrap.sh``) are packaged as they are.
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _module(name, path):
    """One module of the tree by its file (its package would import what a build does not have)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        words = _module("words", HERE / "slamdesk" / "core" / "words.py")
        words.build(HERE / "resources" / "messages", Path(self.build_lib) / "slamdesk" / "resources" / "messages")
        catalogues = _module("catalogues", HERE / "slamdesk" / "ui" / "common" / "catalogues.py")
        try:
            catalogues.lrelease()
        except RuntimeError:
            return  # no PySide6 here: the tree's compiled catalogues, if any, came with the package data
        catalogues.build(HERE / "resources" / "translations",
                         Path(self.build_lib) / "slamdesk" / "resources" / "translations", force=True)


setup(cmdclass={"build_py": BuildWithCatalogues})
