"""What both renderers promise about files: deterministic, atomic, no leftovers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from slamdesk.documents import docx as docx_renderer, pdf
from slamdesk.documents.tree import Document, Paragraph

from .sample import contract_document, sample_document

RENDERERS: dict[str, Callable[[Document, Path], None]] = {"pdf": pdf.render, "docx": docx_renderer.render}


@pytest.fixture(params=sorted(RENDERERS))
def renderer(request: pytest.FixtureRequest) -> tuple[str, Callable[[Document, Path], None]]:
    return request.param, RENDERERS[request.param]


@pytest.mark.parametrize("make", [sample_document, contract_document])
def test_same_tree_gives_identical_bytes(tmp_path: Path, renderer, make) -> None:  # type: ignore[no-untyped-def]
    suffix, render = renderer
    document = make()
    render(document, tmp_path / f"a.{suffix}")
    render(document, tmp_path / f"b.{suffix}")
    assert (tmp_path / f"a.{suffix}").read_bytes() == (tmp_path / f"b.{suffix}").read_bytes()


def test_missing_folder_raises_and_writes_nothing(tmp_path: Path, renderer) -> None:  # type: ignore[no-untyped-def]
    suffix, render = renderer
    target = tmp_path / "missing" / f"out.{suffix}"
    with pytest.raises(FileNotFoundError):
        render(sample_document(), target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_failed_render_keeps_previous_file(tmp_path: Path, renderer) -> None:  # type: ignore[no-untyped-def]
    suffix, render = renderer
    target = tmp_path / f"out.{suffix}"
    render(sample_document(), target)
    before = target.read_bytes()
    broken = Document("T", "S", "en", "F", blocks=(Paragraph("ok"), object()))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        render(broken, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [f"out.{suffix}"]
