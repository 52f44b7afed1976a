"""The build step pyproject.toml cannot say: the window's translation catalogues compiled into the package.

``pyside6-lrelease`` turns ``resources/translations/<area>/<language>.ts`` into ``slamdesk_<language>.qm``
(``slamdesk/ui/common/catalogues.py``). Where PySide6 is not in the build's environment, the catalogues the
install step compiled into the tree (``packaging/bootstrap.sh``) are packaged as they are.
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        spec = importlib.util.spec_from_file_location("catalogues", HERE / "slamdesk" / "ui" / "common" / "catalogues.py")
        catalogues = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(catalogues)
        try:
            catalogues.lrelease()
        except RuntimeError:
            return  # no PySide6 here: the tree's compiled catalogues, if any, came with the package data
        catalogues.build(HERE / "resources" / "translations",
                         Path(self.build_lib) / "slamdesk" / "resources" / "translations", force=True)


setup(cmdclass={"build_py": BuildWithCatalogues})
