"""The layers hold as drawn in docs/ARCHITECTURE.md, read from the source with ``ast``.

- Qt (PySide6, shiboken6) is imported only under ``slamdesk/ui``.
- ``slamdesk/ui`` never imports ``slamdesk.models`` (it asks ``core``).
- A feature package of the UI (``slamdesk/ui/<feature>/``) imports ``common``, ``context``,
  ``operations``, ``core`` and its own modules, never another feature's modules nor the
  window around it; ``common`` imports only ``common``, ``core`` and the change path
  (``context``, ``operations``), and ``operations`` imports from ``common`` only the two leaf
  modules that draw a refusal (``feedback``, ``widgets``), so no module imports itself back.
- The one change path (``ui/operations.py``, issue 10): no other UI module catches a refusal of
  ``core`` (an ``except`` naming ``SlamdeskError`` or a subclass), and only ``operations``
  emits ``context.changed``.
- ``import slamdesk.cli`` (every command line run) loads no Qt and none of the heavy
  libraries only some commands need.

Each rule is checked on the real package and, so that it can fail, on a small package
written under ``tmp_path`` that breaks it.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "slamdesk"
QT = ("PySide6", "shiboken6")
# What a feature package may import from the UI besides its own package.
SHARED = ("common", "context", "operations")
# What common may import from the UI besides itself, and what operations may import from common.
CHANGE_PATH = ("context", "operations")
DRAWS_REFUSALS = ("feedback", "widgets")
# Modules that may catch a core refusal, and why.
MAY_CATCH = {
    "ui/operations.py": "the change path itself",
    "ui/common/background.py": "a job's thread hands its refusal back to the window as text",
    "ui/requirements/rows_model.py": "a cell's text read as an amount; core refuses the text itself on save",
}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, root: Path) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports, absolute, with its line (``from a import b`` gives ``a`` and ``a.b``)."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:
                yield node.lineno, f"{target}.{alias.name}"


def under(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def violations(root: Path) -> list[str]:
    """Every import in the package at ``root`` that breaks a rule above, as ``file:line: why``."""
    top = root.name
    ui = f"{top}.ui"
    features = {p.name for p in (root / "ui").iterdir() if (p / "__init__.py").is_file()} - {"common"}
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        name = module_name(path, root)
        where = f"{path.relative_to(root.parent)}"
        in_ui = under(name, ui)
        own = name.split(".")[2] if in_ui and name.count(".") >= 2 and name.split(".")[2] in features | {"common"} else None
        for line, target in imports(path, root):
            if any(under(target, qt) for qt in QT) and not in_ui:
                found.append(f"{where}:{line}: Qt ({target}) outside {top}/ui")
            if in_ui and under(target, f"{top}.models"):
                found.append(f"{where}:{line}: the UI imports {target}; it asks core")
            if name == f"{ui}.operations" and under(target, f"{ui}.common") and target != f"{ui}.common" \
                    and target.split(".")[3] not in DRAWS_REFUSALS:
                found.append(f"{where}:{line}: operations imports {target}; from common only feedback and widgets")
            if own is None or not under(target, ui) or target == ui:
                continue
            first = target.split(".")[2]
            if first == own:
                continue
            if own == "common" and first not in CHANGE_PATH:
                found.append(f"{where}:{line}: common imports {target}; common imports only common, core and the change path")
            elif first not in SHARED:
                found.append(f"{where}:{line}: feature {own} imports {target}; only common, context, operations and core")
    return sorted(set(found))


def refusal_names(errors: Path) -> set[str]:
    """``SlamdeskError`` and every class in ``errors`` derived from it, read from the source."""
    bases = {node.name: {getattr(b, "id", "") for b in node.bases}
             for node in ast.parse(errors.read_text(encoding="utf-8")).body if isinstance(node, ast.ClassDef)}
    names = {"SlamdeskError"}
    while grown := {name for name, parents in bases.items() if parents & names} - names:
        names |= grown
    return names


def change_path_breaches(root: Path) -> list[str]:
    """UI modules that catch a core refusal themselves, or emit ``context.changed``, outside the change path."""
    refusals = refusal_names(root / "core" / "errors.py")
    found: list[str] = []
    for path in sorted((root / "ui").rglob("*.py")):
        where = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ExceptHandler) and node.type is not None and where not in MAY_CATCH:
                caught = [n.id if isinstance(n, ast.Name) else getattr(n, "attr", "")
                          for n in (node.type.elts if isinstance(node.type, ast.Tuple) else [node.type])]
                for name in sorted(set(caught) & refusals):
                    found.append(f"{root.name}/{where}:{node.lineno}: catches {name}; run core through operations")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "emit" \
                    and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "changed" \
                    and "context" in ast.unparse(node.func.value.value) and where != "ui/operations.py":
                found.append(f"{root.name}/{where}:{node.lineno}: emits context.changed; operations.notify does")
    return found


def test_the_package_keeps_its_layers() -> None:
    assert violations(PACKAGE) == []


def test_every_change_goes_through_the_one_change_path() -> None:
    assert change_path_breaches(PACKAGE) == []
    assert {"SlamdeskError", "ValidationError", "ConcurrencyError", "NotFoundError"} <= refusal_names(
        PACKAGE / "core" / "errors.py")


def test_the_change_path_check_finds_what_breaks_it(tmp_path: Path) -> None:
    root = tmp_path / "pkg"
    _write(root, {
        "core/errors.py": "class SlamdeskError(Exception): ...\nclass ValidationError(SlamdeskError): ...\n"
                          "class Stale(ValidationError): ...\nclass Other(Exception): ...\n",
        "ui/operations.py": "try:\n    pass\nexcept SlamdeskError:\n    pass\ncontext.changed.emit(1)\n",
        "ui/register/view.py": (
            "try:\n    pass\nexcept (errors.Stale, OSError):\n    pass\n"
            "try:\n    pass\nexcept Other:\n    pass\n"
            "self.context.changed.emit(2)\nself.changed.emit(3)\n"
        ),
    })
    assert change_path_breaches(root) == [
        "pkg/ui/register/view.py:3: catches Stale; run core through operations",
        "pkg/ui/register/view.py:9: emits context.changed; operations.notify does",
    ]


def _write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_each_rule_finds_what_breaks_it(tmp_path: Path) -> None:
    root = tmp_path / "pkg"
    _write(root, {
        "__init__.py": "",
        "core/__init__.py": "",
        "core/rules.py": "from PySide6.QtCore import QObject\n",
        "models/__init__.py": "",
        "ui/__init__.py": "",
        "ui/context.py": "",
        "ui/operations.py": "from .common import feedback\nfrom .common.dialogs import Form\n",
        "ui/main_window.py": "from .register.view import View\nfrom .review import board\n",
        "ui/common/__init__.py": "",
        "ui/common/widgets.py": "from ..register import view\nfrom ...core import rules\nfrom .. import operations\n",
        "ui/register/__init__.py": "",
        "ui/register/view.py": (
            "import PySide6.QtWidgets\n"
            "from ..common import widgets\n"
            "from ..context import Context\n"
            "from ...core import rules\n"
            "from .model import Model\n"
            "def late():\n"
            "    from ..review.board import Board\n"
        ),
        "ui/register/model.py": "from ...models import agreement\n",
        "ui/review/__init__.py": "",
        "ui/review/board.py": "from .. import main_window\nfrom pkg.ui.register import view\n",
    })
    assert violations(root) == sorted([
        "pkg/core/rules.py:1: Qt (PySide6.QtCore) outside pkg/ui",
        "pkg/core/rules.py:1: Qt (PySide6.QtCore.QObject) outside pkg/ui",
        "pkg/ui/common/widgets.py:1: common imports pkg.ui.register; common imports only common, core and the change path",
        "pkg/ui/common/widgets.py:1: common imports pkg.ui.register.view; "
        "common imports only common, core and the change path",
        "pkg/ui/operations.py:2: operations imports pkg.ui.common.dialogs; from common only feedback and widgets",
        "pkg/ui/operations.py:2: operations imports pkg.ui.common.dialogs.Form; from common only feedback and widgets",
        "pkg/ui/register/model.py:1: the UI imports pkg.models; it asks core",
        "pkg/ui/register/model.py:1: the UI imports pkg.models.agreement; it asks core",
        "pkg/ui/register/view.py:7: feature register imports pkg.ui.review.board; only common, context, operations and core",
        "pkg/ui/register/view.py:7: feature register imports pkg.ui.review.board.Board; "
        "only common, context, operations and core",
        "pkg/ui/review/board.py:1: feature review imports pkg.ui.main_window; only common, context, operations and core",
        "pkg/ui/review/board.py:2: feature review imports pkg.ui.register; only common, context, operations and core",
        "pkg/ui/review/board.py:2: feature review imports pkg.ui.register.view; only common, context, operations and core",
    ])


def test_the_command_line_loads_no_qt_nor_heavy_libraries() -> None:
    heavy = ("PySide6", "shiboken6", "openpyxl", "alembic", "pyhanko", "reportlab", "docx")
    code = (
        "import sys\n"
        "import slamdesk.cli\n"
        f"print(' '.join(sorted(m for m in {heavy!r} if m in sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env=os.environ.copy(), timeout=60, check=True)
    assert done.stdout.strip() == ""
