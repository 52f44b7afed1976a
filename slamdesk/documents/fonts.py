"""The DejaVu fonts shipped in ``resources/fonts`` and their reportlab registration.

Built-in PDF fonts (Helvetica …) only cover Latin-1, so every renderer uses
these embedded TrueType files to draw Swedish, Vietnamese, Indonesian and
Ukrainian text.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import NamedTuple

REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"
ITALIC_FILE = "DejaVuSans-Oblique.ttf"

# Family name as office suites know it (used by the DOCX renderer).
FAMILY = "DejaVu Sans"


class FontNames(NamedTuple):
    """reportlab font names registered by :func:`register_reportlab_fonts`."""

    regular: str
    bold: str
    italic: str


_NAMES = FontNames("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique")
_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """Directory holding the TTF files (installed package first, then source tree)."""
    from ..resource_files import resource_folder

    return resource_folder("fonts")


def font_path(bold: bool = False, italic: bool = False) -> Path:
    """Path of the regular, bold or oblique DejaVu Sans file."""
    name = BOLD_FILE if bold else ITALIC_FILE if italic else REGULAR_FILE
    path = fonts_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"font file missing: {path}")
    return path


def register_reportlab_fonts() -> FontNames:
    """Register DejaVu Sans with reportlab once; return the font names to use."""
    global _registered
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont(_NAMES.regular, str(font_path())))
            pdfmetrics.registerFont(TTFont(_NAMES.bold, str(font_path(bold=True))))
            pdfmetrics.registerFont(TTFont(_NAMES.italic, str(font_path(italic=True))))
            # Map <b>/<i> in paragraph markup onto the embedded files.
            addMapping(_NAMES.regular, 0, 0, _NAMES.regular)
            addMapping(_NAMES.regular, 1, 0, _NAMES.bold)
            addMapping(_NAMES.regular, 0, 1, _NAMES.italic)
            addMapping(_NAMES.regular, 1, 1, _NAMES.bold)
            _registered = True
    return _NAMES


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` set in DejaVu Sans at ``size``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    names = register_reportlab_fonts()
    return stringWidth(text, names.bold if bold else names.regular, size)


_BREAKS = re.compile(r"[ \t\n\r\f\v]+")  # not the no-break spaces U+00A0, U+202F


def widest_word(text: str, size: float, bold: bool = False) -> float:
    """Width of the longest word of ``text``: the narrowest a column can be without breaking it.

    Words are split at breaking spaces only: an amount or a percentage held together by no-break
    spaces (``1 656,00 EUR``, ``99,5 %``) is one word, and never wraps.
    """
    return max((text_width(word, size, bold) for word in _BREAKS.split(text) if word), default=0.0)


# What a DOCX embeds of each font: the scripts slamdesk writes (Latin with Swedish, Vietnamese and Indonesian
# letters, Cyrillic), their punctuation, currency and common symbols, so a reviewer can still edit in any of
# the five languages; not DejaVu's Greek, Arabic, Hebrew, Armenian, Georgian, Braille … (a 6-page DOCX of
# 1.1 MB embedding the whole fonts is 0.45 MB so).
EMBEDDED_RANGES = (
    (0x20, 0x7E), (0xA0, 0x24F), (0x2B0, 0x36F), (0x400, 0x52F), (0x1E00, 0x1EFF), (0x2000, 0x206F),
    (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2500, 0x25FF), (0xFB00, 0xFB06),
)
_subsets: dict[Path, bytes] = {}


def embedded_font(path: Path) -> bytes:
    """``path``'s font cut to ``EMBEDDED_RANGES`` (fontTools), made once per machine: kept in the user's cache
    folder under a name from the font's and the ranges' digest, so a changed font or range makes a new one."""
    import hashlib
    import os
    import tempfile

    with _lock:
        if path in _subsets:
            return _subsets[path]
        data = path.read_bytes()
        digest = hashlib.sha256(data + repr(EMBEDDED_RANGES).encode()).hexdigest()[:24]
        from platformdirs import user_cache_dir

        cached = Path(user_cache_dir("slamdesk", appauthor=False)) / "fonts" / f"{path.stem}-{digest}.ttf"
        try:
            cut = cached.read_bytes()
        except OSError:
            cut = _subset(data)
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                with tempfile.NamedTemporaryFile(dir=cached.parent, delete=False) as scratch:
                    scratch.write(cut)
                os.replace(scratch.name, cached)  # whole or not at all, beside another process doing the same
            except OSError:
                pass  # a read-only cache: cut again next time
        _subsets[path] = cut
        return cut


def _subset(data: bytes) -> bytes:
    import io
    import logging

    from fontTools import subset
    from fontTools.ttLib import TTFont

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # "FFTM NOT subset": a FontForge time stamp
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = TTFont(io.BytesIO(data), recalcTimestamp=False)  # the font's own date: the same bytes every time
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=[code for low, high in EMBEDDED_RANGES for code in range(low, high + 1)])
    cutter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
