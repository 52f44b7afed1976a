"""Reading an export row by row (``importing``'s rules): CSV, XLSX and JSON, and the layouts that name their columns."""

from __future__ import annotations

import codecs
import csv
import hashlib
import itertools
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import text
from ..errors import ValidationError
from ..words import _, ngettext
from .import_values import RowError

MAX_FIELD = 131_072  # characters in one CSV field (the csv module's own limit)
MAX_RECORD = 1_048_576  # characters in one JSON record
MAX_LINE = 1_048_576  # bytes in one line of a CSV file
_CHUNK = 65_536


@dataclass(frozen=True)
class Layout:
    """Which column holds which value, for one tool's export (a *preset*) or one kept by a person.

    ``columns`` maps a value (``external_id``, ``created``...) to its column header; ``json_keys``
    to a key path (``metric_set.reply_time_in_minutes.calendar``) for that tool's JSON export
    (default: the column headers); ``values`` maps the tool's words for a coded value (its
    priorities) to ours; ``time_formats`` are ``strptime`` formats tried after ISO 8601.
    """

    name: str
    columns: Mapping[str, str]
    required: tuple[str, ...]
    json_keys: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, str] = field(default_factory=dict)
    time_formats: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "columns": dict(self.columns), "required": list(self.required),
                "json_keys": dict(self.json_keys), "values": dict(self.values), "time_formats": list(self.time_formats)}

    @classmethod
    def from_json(cls, data: Any, fields: Sequence[str]) -> Layout:
        """A layout kept in a file (``to_json``'s shape); ``fields`` are the values it may name."""
        if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
            raise ValidationError(_('a layout is {"name": ..., "columns": {"external_id": "Id", ...}, ...}'), field="preset")
        unknown = sorted(set(data["columns"]) - set(fields))
        if unknown:
            raise ValidationError(_("a layout cannot name {unknown}; it names some of {fields}").format(
                unknown=", ".join(unknown), fields=", ".join(fields)), field="preset")
        try:
            return cls(
                name=text.clean(str(data.get("name", "custom")), field="preset", label=_("the layout's name"), max_length=40),
                columns={str(k): str(v) for k, v in data["columns"].items()},
                required=tuple(str(k) for k in data.get("required", ())),
                json_keys={str(k): str(v) for k, v in dict(data.get("json_keys", {})).items()},
                values={str(k).casefold(): str(v) for k, v in dict(data.get("values", {})).items()},
                time_formats=tuple(str(f) for f in data.get("time_formats", ())),
            )
        except (TypeError, ValueError) as error:
            raise ValidationError(_("the layout is malformed: {error}").format(error=error), field="preset") from error


def read_layout(path: Path, fields: Sequence[str]) -> Layout:
    """A layout kept in a JSON file (``save_layout``)."""
    try:
        return Layout.from_json(json.loads(path.read_text(encoding="utf-8")), fields)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(_("the layout file {path} cannot be read: {error}").format(path=path, error=error),
                              field="preset") from error


def save_layout(layout: Layout, path: Path) -> None:
    """Keep ``layout`` in a JSON file, to import with it again (``--preset FILE.json``)."""
    path.write_text(json.dumps(layout.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@dataclass
class Source:
    """A file opened for reading: its rows as (line, {value: cell}) in the layout's terms."""

    path: Path
    layout: Layout
    unit: str = "line"

    def rows(self) -> Iterator[tuple[int, dict[str, Any]]]:
        suffix = self.path.suffix.lower()
        if suffix in (".xlsx", ".xlsm"):
            self.unit = "row"
            return self._table(_xlsx_rows(self.path))
        if suffix in (".json", ".jsonl", ".ndjson"):
            return self._records(_json_records(self.path))
        return self._table(_csv_rows(self.path))

    def _table(self, rows: Iterator[tuple[int, list[Any]]]) -> Iterator[tuple[int, dict[str, Any]]]:
        header: dict[str, int] | None = None
        where: dict[str, int] = {}
        width = 0
        for line, cells in rows:
            if all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells):
                continue
            if header is None:
                header = {}
                for index, cell in enumerate(cells):
                    header.setdefault(_heading(cell), index)
                where = self._find(header)
                width = len(cells)
                continue
            values: dict[str, Any] = {name: cells[index] if index < len(cells) else None for name, index in where.items()}
            if len(cells) > width and any(c not in (None, "") for c in cells[width:]):
                values[""] = RowError(ngettext("it has {count} values; the header has {width}",
                                                "it has {count} values; the header has {width}",
                                                len(cells)).format(count=len(cells), width=width))
            yield line, values
        if header is None:
            raise ValidationError(_("{file} is empty: it has no header row, and no rows").format(file=self.path.name),
                                  field="file")

    def _find(self, header: Mapping[str, int]) -> dict[str, int]:
        where = {name: header[_heading(heading)] for name, heading in self.layout.columns.items() if _heading(heading) in header}
        missing = [self.layout.columns[name] for name in self.layout.required if name not in where]
        if missing:
            shown = ", ".join(text.quoted(h, 40) for h in list(header)[:20])
            raise ValidationError(
                _("{file} has no column {missing} (the {layout} layout); its columns are: {columns}").format(
                    file=self.path.name, missing=", ".join(text.quoted(m) for m in missing), layout=self.layout.name,
                    columns=shown or _("none")),
                field="file",
            )
        return where

    def _records(self, records: Iterator[tuple[int, Any]]) -> Iterator[tuple[int, dict[str, Any]]]:
        keys = {name: self.layout.json_keys.get(name, heading) for name, heading in self.layout.columns.items()}
        for line, record in records:
            if not isinstance(record, dict):
                yield line, {"": RowError(_("it is not a JSON object"))}
                continue
            values = {name: _path(record, key) for name, key in keys.items()}
            missing = [keys[name] for name in self.layout.required if values.get(name) is None]
            if missing:
                yield line, {"": RowError(_("it has no {missing}").format(missing=", ".join(text.quoted(m) for m in missing)))}
                continue
            yield line, values


def _heading(cell: Any) -> str:
    return " ".join(str(cell if cell is not None else "").split()).casefold()


def _path(record: Mapping[str, Any], key: str) -> Any:
    if key in record:
        return record[key]
    value: Any = record
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    with path.open("rb") as handle:
        lines = _Lines(path, handle)
        first = next(lines, "")
        reader = csv.reader(itertools.chain([first], lines), delimiter=max((",", ";", "\t"), key=first.count), strict=False)
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise ValidationError(_("{file}, line {line}: {problem}").format(
                    file=path.name, line=line, problem=_csv_problem(error)), field="file") from error
            yield line, list(row)


class _Lines:
    """A file's lines decoded as UTF-8, one at a time; a byte that is not UTF-8 or an endless line refuses the file."""

    def __init__(self, path: Path, handle: Any) -> None:
        self.path, self.handle, self.number = path, handle, 0
        self.decoder = codecs.getincrementaldecoder("utf-8")()

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        raw = self.handle.readline(MAX_LINE)
        self.number += bool(raw)  # the end of the file is not a line: a cut character is on the last one
        if len(raw) >= MAX_LINE and not raw.endswith(b"\n"):
            raise ValidationError(
                _("{file}, line {line}: a line longer than {limit:,} bytes; this is not a ticket export").format(
                    file=self.path.name, line=self.number, limit=MAX_LINE), field="file")
        try:
            decoded = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as error:
            raise ValidationError(
                _("{file} is not UTF-8 text (line {line}, byte {byte!r}): save it as UTF-8 (in Excel: CSV UTF-8)").format(
                    file=self.path.name, line=self.number, byte=error.object[error.start:error.start + 1]),
                field="file") from error
        if not raw:
            raise StopIteration
        return decoded.removeprefix("\ufeff") if self.number == 1 else decoded


def _csv_problem(error: csv.Error) -> str:
    if "field larger than field limit" in str(error):
        return _("a value is longer than {limit:,} characters; this is not a ticket export").format(limit=MAX_FIELD)
    return _("not readable as CSV ({error})").format(error=error)


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    import zipfile

    from openpyxl import load_workbook  # loaded here: never at start-up

    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ValidationError(_("{file} is not an XLSX workbook ({error})").format(file=path.name, error=error),
                              field="file") from error
    try:
        sheet = workbook.worksheets[0]
        for number, cells in enumerate(sheet.iter_rows(), 1):
            values: list[Any] = []
            for cell in cells:
                if getattr(cell, "data_type", None) == "f":
                    formula = text.quoted(str(cell.value), 40)
                    values.append(RowError(_("a cell holds a formula ({formula}): export values, not formulas").format(
                        formula=formula)))
                else:
                    values.append(cell.value)
            yield number, values
    finally:
        workbook.close()


def _json_records(path: Path) -> Iterator[tuple[int, Any]]:
    """Each object of a JSON array, or of a file with one object per line, with the line it starts on."""
    decoder = json.JSONDecoder()
    buffer, position, line, ended, array = "", 0, 1, False, None
    try:
        with path.open(encoding="utf-8-sig") as handle:
            while True:
                while True:  # past spaces (and commas between an array's items)
                    while position < len(buffer) and (buffer[position].isspace() or (array and buffer[position] == ",")):
                        line += buffer[position] == "\n"
                        position += 1
                    if position < len(buffer) or ended:
                        break
                    buffer, position = handle.read(_CHUNK), 0
                    ended = not buffer
                if position >= len(buffer):
                    if array is None:
                        raise ValidationError(_("{file} is empty: it holds no JSON").format(file=path.name), field="file")
                    if array:
                        raise ValidationError(_("{file} ends before its array does (line {line})").format(
                            file=path.name, line=line), field="file")
                    return
                if array is None:
                    array = buffer[position] == "["
                    if array:
                        position += 1
                        continue
                if array and buffer[position] == "]":
                    return
                while True:
                    try:
                        record, end = decoder.raw_decode(buffer, position)
                        break
                    except json.JSONDecodeError as error:
                        if ended:
                            raise ValidationError(_("{file}, line {line}: not JSON ({error})").format(
                                file=path.name, line=line, error=error.msg), field="file") from error
                        if len(buffer) - position > MAX_RECORD:
                            raise ValidationError(
                                _("{file}, line {line}: a record longer than {limit:,} characters; this is not a ticket export")
                                .format(file=path.name, line=line, limit=MAX_RECORD), field="file") from error
                        more = handle.read(_CHUNK)
                        ended = not more
                        buffer, position = buffer[position:] + more, 0
                yield line, record
                line += buffer.count("\n", position, end)
                position = end
    except UnicodeDecodeError as error:
        raise ValidationError(_("{file} is not UTF-8 text: save it as UTF-8").format(file=path.name), field="file") from error


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


