"""tools/mutate.py: the mutants it makes, what it leaves alone, the allow-list, and one real run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tools import script

ROOT = Path(__file__).resolve().parent.parent
mutate = script("mutate")

SOURCE = '''"""Module docstring."""
from __future__ import annotations

LIMIT: int = 10
FLAGS = {"a": 1, "b": 2}


def check(value: "int", strict: bool = True) -> "str":
    """Function docstring."""
    if value < 0 and not strict:
        raise ValueError("negative")
    total = value + 1
    total -= 2
    report(value, "x", key=3)
    return min(total, LIMIT)
'''


def described(source: str = SOURCE) -> list[str]:
    return [f"{m.line}: {m.description}" for m in mutate.mutants_of(source)]


def test_each_kind_of_mutant_is_made() -> None:
    made = described()
    for expected in [
        "10: value < 0 and (not strict) -> value < 0 or not strict",  # and -> or
        "10: value < 0 and (not strict) -> value <= 0 and (not strict)",  # the boundary
        "10: value < 0 and (not strict) -> value >= 0 and (not strict)",  # the negation
        "10: value < 0 and (not strict) -> value < 0 and strict",  # not removed
        "10: value < 0 and (not strict) -> value < 1 and (not strict)",  # 0 -> 1
        "11: raise ValueError('negative') -> (removed)",
        "11: raise ValueError('negative') -> raise ValueError('')",  # a string emptied
        "11: raise ValueError('negative') -> raise ValueError()",  # an argument removed
        "12: total = value + 1 -> total = value - 1",
        "12: total = value + 1 -> total = value + 0",  # 1 -> 0
        "13: total -= 2 -> total += 2",
        "13: total -= 2 -> total -= 3",
        "14: report(value, 'x', key=3) -> (removed)",
        "14: report(value, 'x', key=3) -> report(value, 'x')",  # a keyword removed
        "15: return min(total, LIMIT) -> return max(total, LIMIT)",
        "15: return min(total, LIMIT) -> return None",
        "5: FLAGS = {'a': 1, 'b': 2} -> FLAGS = {'b': 2}",  # a dict entry removed
        "8: value: 'int', strict: bool=True -> value: 'int', strict: bool=False",  # True -> False
        "4: LIMIT: int = 10 -> LIMIT: int = 11",
    ]:
        assert expected in made, expected


def test_docstrings_annotations_and_imports_are_left_alone() -> None:
    made = mutate.mutants_of(SOURCE)
    assert made and not [m for m in made if m.line in (1, 2, 9)]  # the docstrings and the import
    for mutant in made:
        for kept in ('"""Module docstring."""', '"""Function docstring."""', "from __future__ import annotations",
                     "LIMIT: int", "value: 'int'", "-> 'str'"):
            assert kept in mutant.source, (mutant.description, kept)


def test_every_mutant_compiles_and_differs_from_the_module() -> None:
    original = mutate.ast.unparse(mutate.ast.parse(SOURCE))
    sources = [m.source for m in mutate.mutants_of(SOURCE)]
    assert len(set(sources)) == len(sources) and original + "\n" not in sources
    for source in sources:
        compile(source, "<mutant>", "exec")


def test_an_equivalent_counts_only_with_a_reason(tmp_path: Path) -> None:
    listed = tmp_path / "equivalents.txt"
    listed.write_text(
        "# comment\n"
        "m.py:15: return min(total, LIMIT) -> return None: the caller ignores it\n"
        "m.py:12: total = value + 1 -> total = value - 1\n"
        "m.py:99: something: reason\n",
        encoding="utf-8",
    )
    entries = mutate.read_equivalents(listed)
    by_text = {m.description: m for m in mutate.mutants_of(SOURCE)}
    entry, reason = mutate.reason_for(by_text["return min(total, LIMIT) -> return None"], "m.py", entries)
    assert entry is not None and reason == "the caller ignores it"
    entry, reason = mutate.reason_for(by_text["total = value + 1 -> total = value - 1"], "m.py", entries)
    assert entry is not None and reason == ""
    assert mutate.reason_for(by_text["total -= 2 -> total += 2"], "m.py", entries) == (None, "")
    assert mutate.reason_for(by_text["return min(total, LIMIT) -> return None"], "other.py", entries) == (None, "")


def test_a_real_run_kills_the_mutants_of_a_checked_boundary() -> None:
    # money.py's "value < 0" line: its three mutants are each caught by test_money.py.
    source = (ROOT / "slamdesk" / "core" / "money.py").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(source, start=1) if text.strip() == "if value < 0:")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "mutate.py"), "slamdesk/core/money.py", "tests/core/test_money.py",
         "--workers", "1", "--lines", str(line), "--list-survivors"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "3 mutants, 3 killed, 0 timeout, 0 survived, 0 equivalent, score 100.0 %" in result.stdout


@pytest.mark.parametrize("bad", [["slamdesk/core/money.py", "tests/core/no_such_test.py"]])
def test_a_missing_test_module_is_refused(bad: list[str]) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "mutate.py"), *bad], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "no test module tests/core/no_such_test.py" in result.stderr


def test_a_mutant_runs_only_the_tests_that_executed_its_lines() -> None:
    tree = mutate.ast.parse(SOURCE)
    by_text = {m.description: m for m in mutate.mutants_of(SOURCE)}
    reach = mutate.Reach({"tests": ["t::a", "t::b", "t::c"], "lines": {"10": ["t::c", "t::a"], "11": ["t::b"], "12": ["t::c"]}})
    # The raise on line 11 ran in b only; the condition of the if on line 10 in a and c (run order kept).
    assert reach.tests_for(tree, by_text["raise ValueError('negative') -> (removed)"].path) == ["t::b"]
    assert reach.tests_for(tree, by_text["value < 0 and (not strict) -> value <= 0 and (not strict)"].path) == ["t::a", "t::c"]
    # Line 14 ran in no test, and the module constant runs at import: every test module runs for them.
    assert reach.tests_for(tree, by_text["report(value, 'x', key=3) -> (removed)"].path) is None
    assert reach.tests_for(tree, by_text["LIMIT: int = 10 -> LIMIT: int = 11"].path) is None


def test_the_tracing_plugin_records_which_test_ran_which_line(tmp_path: Path) -> None:
    (tmp_path / "target.py").write_text("def sign(x):\n    if x < 0:\n        return -1\n    return 1\n", encoding="utf-8")
    (tmp_path / "test_target.py").write_text(
        "import target\n\ndef test_negative():\n    assert target.sign(-5) == -1\n\n"
        "def test_positive():\n    assert target.sign(5) == 1\n",
        encoding="utf-8",
    )
    output = tmp_path / "reach.json"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT / "tools")]),
               SLAMDESK_MUTATE_TRACE=str(tmp_path / "target.py") + os.pathsep + str(output))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "mutate_tracing",
                             "test_target.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    reach = mutate.Reach.read(output)
    negative, positive = "test_target.py::test_negative", "test_target.py::test_positive"
    assert reach.order == [negative, positive]
    assert reach.lines == {2: {negative, positive}, 3: {negative}, 4: {positive}}


def test_reused_templates_are_made_once_and_a_half_made_one_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # tools/mutate.py --reuse-templates: the first run makes the migrated template, every later run copies it.
    from tests import conftest

    made: list[Path] = []
    real = conftest._made_once
    monkeypatch.setattr(conftest, "_made_once", lambda folder, *rest: made.append(folder) or real(folder, *rest))
    monkeypatch.setenv("SLAMDESK_DATA_DIR", str(tmp_path / "data"))
    first = conftest._shared_template(tmp_path / "shared", False)
    again = conftest._shared_template(tmp_path / "shared", False)
    assert first == again and len(made) == 1
    assert first.target.is_file() and not first.filled
    (tmp_path / "shared" / "sqlite-False" / "done").unlink()  # a run killed while making it
    conftest._shared_template(tmp_path / "shared", False)
    assert len(made) == 2
