"""Text as it comes in: one set of rules for every name, title and free text a use case stores.

``clean`` is called at the top of every use case that takes text, before
anything is stored. It

1. refuses a value that is not a ``str``;
2. normalises to Unicode NFC, so "Växjö" typed with a combining diaeresis
   (NFD, as macOS and some keyboards send it) is stored exactly like the
   precomposed spelling;
3. in multi-line text turns CR LF, a lone CR, U+2028 and U+2029 into LF;
4. refuses the characters that have no business in a stored text, naming the
   character and where it is:

   * control characters (Unicode category Cc: NUL, the other C0 controls,
     DEL and the C1 controls U+0080-U+009F). Tab and line feed are the only
     exceptions, and only in multi-line fields; a single-line field also
     refuses LF, CR, U+2028 and U+2029 ("must be one line");
   * format characters (category Cf). They are invisible, and many of them
     change how the text around them is shown: the bidi embeddings,
     overrides and isolates (U+202A-U+202E, U+2066-U+2069) can make
     "SLA-2026-0001<RLO>fdp.exe" read as something else, and the
     left-to-right / right-to-left / Arabic letter marks (U+200E, U+200F,
     U+061C) only matter in right-to-left text, which none of slamdesk's five
     languages (en, sv, vi, id, uk) is written in. Zero-width space
     (U+200B), word joiner (U+2060), byte-order mark (U+FEFF), soft hyphen
     (U+00AD), the invisible operators and the tag characters (U+E0000
     block) are refused too: they make two different strings look the same
     ("Acme" and "Ac<ZWSP>me"). The two exceptions are ZERO WIDTH
     NON-JOINER (U+200C) and ZERO WIDTH JOINER (U+200D): some scripts need
     them to spell words correctly (Persian, the Indic scripts) and emoji
     sequences use ZWJ. They are kept inside a value, never counted as
     content, and never make two customer names different (``identity``);
   * lone surrogates (category Cs: not text at all; they come from
     undecodable bytes, e.g. a file name or a command-line argument that is
     not UTF-8) and Unicode noncharacters (U+FDD0-U+FDEF, U+xFFFE, U+xFFFF);
5. strips surrounding whitespace (and ZWJ/ZWNJ at either end, where they
   join nothing);
6. treats a value without one visible character (a letter, digit,
   punctuation mark or symbol) as empty: whitespace, ZWJ, ZWNJ, combining
   marks on their own, private-use and unassigned code points and the
   blank-looking letters (Hangul fillers U+115F, U+1160, U+3164, U+FFA0,
   Braille blank U+2800) are not content on their own. An empty required
   value is refused;
7. refuses a value longer than ``max_length`` characters (counted in code
   points after normalising and stripping) with "at most N characters (this
   one has M)". The limits below match the model columns, so nothing longer
   than its column is ever stored.

Refusals are ``ValidationError``s naming ``field``, the input the window shows
the message next to. A message never repeats the refused value (which may be
a megabyte long or contain the very characters refused).

Search text is not stored, so it is not refused but made safe: ``search_text``
turns every refused character into a space (so a NUL in a search finds what
the words around it find) and keeps at most ``SEARCH`` characters.

``identity`` is the key under which two names are the same name: NFKC,
case-folded, ZWJ/ZWNJ dropped and runs of whitespace made one space, so
"VÄXJÖ  Energi AB", "Växjö Energi AB" and its NFD spelling are one customer.
"""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError
from .words import N_, _

# Limits per kind of field, from the model columns (String(n)) and, for Text
# columns, from what a person reasonably types.
CODE = 40  # service code, organisation number, agreement number
SHORT = 60  # user name, level name, coverage, calendar, clause key, phone, saved filter name
REGION = 100
JOB_TITLE = 120  # a contact's or signatory's title
NAME = 200  # customer, contact, service, site, display name, signer, e-mail, clause title
TITLE = 300  # agreement and requirements-document titles
COMMENT = 5_000  # review comments, reasons (termination, amendment, infeasible, price override), notes
TEXT = 20_000  # clause text, a requirement's need and outcome, descriptions
SEARCH = 200  # search text (never stored): longer searches are cut

ZWNJ = "\u200c"
ZWJ = "\u200d"
_JOINERS = frozenset((ZWNJ, ZWJ))
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029]")
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# (LF and CR are refused as "a line break", never by name.)
_CONTROL_NAMES = {
    0x00: "NULL", 0x08: "BACKSPACE", 0x09: "TAB", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED", 0x1B: "ESCAPE",
    0x7F: "DELETE", 0x85: "NEXT LINE",
}
# Everything that can be refused, as one regex for speed on long values; the
# exact reason is decided per character by ``_refusal``.
_SUSPECT = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u206f\ufdd0-\ufdef\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff\U0005fffe\U0005ffff"
    "\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff\U0009fffe\U0009ffff\U000afffe\U000affff"
    "\U000bfffe\U000bffff\U000cfffe\U000cffff\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff"
    "\U0010fffe\U0010ffff]"
)


def _code(char: str) -> str:
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(ord(char), "")
    return f"U+{ord(char):04X} {name}".rstrip()


def _is_noncharacter(char: str) -> bool:
    point = ord(char)
    return 0xFDD0 <= point <= 0xFDEF or (point & 0xFFFE) == 0xFFFE


def _refusal(char: str, multiline: bool) -> tuple[str, str] | None:
    """What kind of character ``char`` is refused as in a stored value, and its code (None when it is not)."""
    if char in "\n\r\u2028\u2029":
        return None if multiline else ("line", "")
    if char == "\t" and multiline:
        return None
    if char in _JOINERS:
        return None
    category = unicodedata.category(char)
    if category == "Cc":
        return "control", _code(char)
    if char in _BIDI:
        return "bidi", _code(char)
    if category == "Cf":
        return "format", _code(char)
    if category == "Cs":
        return "surrogate", _code(char)
    if _is_noncharacter(char):
        return "noncharacter", _code(char)
    return None


# Each refusal as one sentence: ``clean``'s (for people) and ``first_refused``'s (for the command line, English).
_REFUSALS = {
    "line": N_("{label} contains a line break at character {position:,}: it must be one line"),
    "control": N_("{label} contains a control character ({code}) at character {position:,}: remove it"),
    "bidi": N_("{label} contains an invisible text-direction control ({code}) at character {position:,}: "
               "it can disguise how the text reads; remove it"),
    "format": N_("{label} contains an invisible formatting character ({code}) at character {position:,}: "
                 "it can make different text look the same; remove it"),
    "surrogate": N_("{label} contains a character that is not valid Unicode ({code}, a lone surrogate) at character "
                    "{position:,}: remove it"),
    "noncharacter": N_("{label} contains a Unicode noncharacter ({code}) at character {position:,}: remove it"),
}
_WHAT = {
    "line": "a line break", "control": "a control character ({code})", "bidi": "an invisible text-direction control ({code})",
    "format": "an invisible formatting character ({code})",
    "surrogate": "a character that is not valid Unicode ({code}, a lone surrogate)",
    "noncharacter": "a Unicode noncharacter ({code})",
}


def _first_refusal(value: str, multiline: bool) -> tuple[int, tuple[str, str]] | None:
    for match in _SUSPECT.finditer(value):
        reason = _refusal(match.group(), multiline)
        if reason is not None:
            return match.start(), reason
    return None


def is_visible(char: str) -> bool:
    """Whether ``char`` shows as something on its own (a letter, digit, punctuation or symbol)."""
    return unicodedata.category(char)[0] in "LNPS" and char not in _BLANK_LETTERS


def _strip(value: str) -> str:
    start, end = 0, len(value)
    while start < end and (value[start].isspace() or value[start] in _JOINERS):
        start += 1
    while end > start and (value[end - 1].isspace() or value[end - 1] in _JOINERS):
        end -= 1
    return value[start:end]


def clean(
    value: object,
    *,
    field: str,
    label: str,
    max_length: int,
    multiline: bool = False,
    required: bool = True,
    missing: str | None = None,
) -> str:
    """``value`` as it is stored, or a ``ValidationError`` naming ``field`` (the rules are in the module docstring).

    ``label`` names the value in messages ("the customer name"); ``missing`` is
    the message for an empty required value (default: "<label> cannot be
    empty"). With ``required=False`` an empty or invisible-only value comes
    back as "".
    """
    if not isinstance(value, str):
        raise ValidationError(_("{label} must be text").format(label=label), field=field)
    text = unicodedata.normalize("NFC", value)
    if multiline:
        text = _LINE_BREAKS.sub("\n", text)
    refused = _first_refusal(text, multiline)
    if refused is not None:
        position, (kind, code) = refused
        raise ValidationError(_(_REFUSALS[kind]).format(label=label, code=code, position=position + 1), field=field)
    text = _strip(text)
    if not any(is_visible(char) for char in text):
        text = ""
    if not text:
        if required:
            raise ValidationError(missing or _("{label} cannot be empty").format(label=label), field=field)
        return ""
    if len(text) > max_length:
        raise ValidationError(
            _("{label} can be at most {max_length:,} characters (this one has {length:,})").format(
                label=label, max_length=max_length, length=len(text)),
            field=field,
        )
    return text


def first_refused(value: str, *, multiline: bool = False) -> str | None:
    """What ``clean`` would refuse in ``value`` ("a control character (U+0000 NULL) at character 3"), or None.

    For values that are checked but never changed, e.g. a file name given on the command line.
    """
    refused = _first_refusal(value, multiline)
    if refused is None:
        return None
    position, (kind, code) = refused
    return f"{_WHAT[kind].format(code=code)} at character {position + 1:,}"


def search_text(value: object, max_length: int = SEARCH) -> str:
    """Search text made safe, never refused: NFC, every refused character a space, at most ``max_length`` characters."""
    if not isinstance(value, str):
        return ""
    text = unicodedata.normalize("NFC", value[: max_length * 4])
    text = _SUSPECT.sub(lambda match: " " if _refusal(match.group(), False) else match.group(), text)
    return " ".join(text.split())[:max_length].strip()


def exact(value: str) -> str:
    """A value to compare with stored text as it is, made encodable (lone surrogates and NUL, never stored, become
    U+FFFD: PostgreSQL refuses a NUL even in a comparison)."""
    return re.sub("[\x00\ud800-\udfff]", "\ufffd", value)


def agreement_number(value: str) -> str:
    """An agreement number as a person may type it, in the case numbers are made in: ``sla-2026-0002`` and
    `` SLA-2026-0002 `` are SLA-2026-0002 (every number is ``SLA-<year>-<n>``, ``drafting.agreement_number``)."""
    return exact(value).strip().upper()


def quoted(value: str, limit: int = 80) -> str:
    """``value`` quoted for a message, cut after ``limit`` characters (the repr shows any odd character escaped)."""
    return repr(value) if len(value) <= limit else repr(value[:limit]) + "…"


def lookup(value: object, *, field: str, label: str, max_length: int) -> str:
    """Text typed to find something by (an agreement number, a user name): cleaned like stored text, may be empty."""
    return clean(value, field=field, label=label, max_length=max_length, required=False)


def identity(value: str) -> str:
    """The key under which two names are one: NFKC, case-folded, no ZWJ/ZWNJ, single spaces."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", exact(value)).casefold())
    folded = "".join(char for char in folded if char not in _JOINERS)
    return " ".join(folded.split())
