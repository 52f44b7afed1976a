"""The DejaVu fonts shipped in ``resources/fonts`` and their reportlab registration.

Built-in PDF fonts (Helvetica …) only cover Latin-1, so every renderer uses
these embedded TrueType files to draw Swedish, Vietnamese, Indonesian and
Ukrainian text.
"""

from __future__ import annotations

import re
import threading
from importlib import resources
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
    try:
        candidate = Path(str(resources.files("slamdesk.resources") / "fonts"))
    except (ModuleNotFoundError, TypeError):
        candidate = None
    if candidate is not None and (candidate / REGULAR_FILE).is_file():
        return candidate
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


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
