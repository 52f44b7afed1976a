"""Unified-diff lines from ``core`` rendered for reading: removed red and struck, added green.

The clause library, an agreement's clauses and the version comparison show
differences the same way.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QTextBrowser

from .i18n import translate

MUTED = "#718096"
REMOVED_BACKGROUND, REMOVED_TEXT = "#fdecec", "#9b2c2c"
ADDED_BACKGROUND, ADDED_TEXT = "#e7f5ec", "#22543d"
REMOVED_MARK, ADDED_MARK = "#f6c1c1", "#b4e3c3"  # the words that differ within a changed line
_LEGEND = (
    f"<span style='color:{REMOVED_TEXT}; background:{REMOVED_BACKGROUND}'>&nbsp;− <s>{{removed}}</s>&nbsp;</span>"
    f"&nbsp;&nbsp;<span style='color:{ADDED_TEXT}; background:{ADDED_BACKGROUND}'>&nbsp;+ {{added}}&nbsp;</span>"
)
DIFF_LEGEND = _LEGEND.format(removed="removed", added="added")  # English: a label made now shows ``diff_legend()``


def diff_legend() -> str:
    """The key under a difference: "− removed" struck in red, "+ added" in green, in the window's language."""
    return _LEGEND.format(removed=escape(translate("Diff", "removed")), added=escape(translate("Diff", "added")))


def _words(text: str) -> list[str]:
    return re.split(r"(\s+)", text)


def _emphasis(removed: str, added: str) -> tuple[str, str]:
    """Both lines as HTML with the words that differ between them marked (display only)."""
    old, new = _words(removed), _words(added)
    old_html: list[str] = []
    new_html: list[str] = []
    for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        before, after = escape("".join(old[a1:a2])), escape("".join(new[b1:b2]))
        if tag == "equal":
            old_html.append(before)
            new_html.append(after)
            continue
        if before:
            old_html.append(f"<span style='background-color:{REMOVED_MARK}; font-weight:600'>{before}</span>")
        if after:
            new_html.append(f"<span style='background-color:{ADDED_MARK}; font-weight:600'>{after}</span>")
    return "".join(old_html), "".join(new_html)


def _diff_row(marker: str, html: str) -> str:
    if marker == "-":
        return (f"<tr><td width='22' align='center' bgcolor='{REMOVED_BACKGROUND}' style='color:{REMOVED_TEXT}'>"
                f"<b>−</b></td><td bgcolor='{REMOVED_BACKGROUND}' style='color:{REMOVED_TEXT}'><s>{html}</s></td></tr>")
    if marker == "+":
        return (f"<tr><td width='22' align='center' bgcolor='{ADDED_BACKGROUND}' style='color:{ADDED_TEXT}'>"
                f"<b>+</b></td><td bgcolor='{ADDED_BACKGROUND}' style='color:{ADDED_TEXT}'>{html}</td></tr>")
    return f"<tr><td width='22'></td><td>{html}</td></tr>"


def diff_html(lines: Sequence[str], *, empty: str | None = None) -> str:
    """Unified-diff lines from ``core`` as a table: removed lines red and struck, added ones green.

    The ``---``/``+++`` file headers are left out and a dotted row separates hunks.
    Where removed lines are followed by as many added ones, the words that differ
    between each pair are marked, so a one-word change stands out in a long sentence.
    """
    body = [line for index, line in enumerate(lines) if not (index < 2 and line.startswith(("---", "+++")))]
    rows: list[str] = []
    hunks = 0
    index = 0
    while index < len(body):
        line = body[index]
        if line.startswith("@@"):
            if hunks:
                rows.append(f"<tr><td colspan='2' style='color:{MUTED}'>⋯</td></tr>")
            hunks += 1
            index += 1
            continue
        if line.startswith("-"):
            end = index
            while end < len(body) and body[end].startswith("-"):
                end += 1
            stop = end
            while stop < len(body) and body[stop].startswith("+"):
                stop += 1
            removed = [text[1:] for text in body[index:end]]
            added = [text[1:] for text in body[end:stop]]
            if len(removed) == len(added):
                pairs = [_emphasis(a, b) for a, b in zip(removed, added)]
                rows += [_diff_row("-", old) for old, _new in pairs] + [_diff_row("+", new) for _old, new in pairs]
            else:
                rows += [_diff_row("-", escape(text)) for text in removed]
                rows += [_diff_row("+", escape(text)) for text in added]
            index = stop
            continue
        marker = line[:1]
        rows.append(_diff_row(marker, escape(line[1:] if marker in "+ " and line else line)))
        index += 1
    if not rows:
        said = translate("Diff", "No difference.") if empty is None else empty
        return f"<p style='color:{MUTED}'>{escape(said)}</p>"
    return "<table width='100%' cellspacing='0' cellpadding='5'>" + "".join(rows) + "</table>"


def diff_browser(minimum_height: int = 90) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    browser.setMinimumHeight(minimum_height)
    browser.document().setDocumentMargin(6)
    return browser
