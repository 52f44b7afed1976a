"""Reading an export's rows (``core.monitoring.import_files``): layouts kept in files, CSV, JSON and XLSX, as a kind of import sees them.

No database: each test reads a small file the way ``importing.run`` does and looks at the rows (line, values) it gets.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring.import_files import Layout, Source, read_layout, save_layout, sha256_of
from slamdesk.core.monitoring.import_values import RowError

FIELDS = ("external_id", "priority", "created", "customer")
MAX_LINE = MAX_RECORD = 1_048_576  # written out: the limits as documented, not as the module has them
LAYOUT = Layout("mine", {"external_id": "Id", "priority": "Priority", "created": "Created"}, ("external_id", "created"))


def _rows(path: Path, layout: Layout = LAYOUT) -> list[tuple[int, dict[str, Any]]]:
    """The rows as read, a bad row's problem as its message."""
    return [(line, {name: str(value) if isinstance(value, RowError) else value for name, value in values.items()})
            for line, values in Source(path, layout).rows()]


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# Layouts kept in files

def test_a_layout_is_kept_as_indented_json_in_its_own_script_and_read_back_the_same(tmp_path: Path) -> None:
    layout = Layout("Göteborg desk", {"external_id": "Ärende", "created": "Skapad"}, ("external_id",),
                    json_keys={"created": "meta.created"}, values={"hög": "P2"}, time_formats=("%d.%m.%Y %H:%M",))
    save_layout(layout, tmp_path / "l.json")
    written = (tmp_path / "l.json").read_text(encoding="utf-8")
    assert written == json.dumps({"name": "Göteborg desk", "columns": {"external_id": "Ärende", "created": "Skapad"},
                                  "required": ["external_id"], "json_keys": {"created": "meta.created"},
                                  "values": {"hög": "P2"}, "time_formats": ["%d.%m.%Y %H:%M"]},
                                 ensure_ascii=False, indent=2) + "\n"
    assert read_layout(tmp_path / "l.json", FIELDS) == layout


def test_a_layout_file_may_leave_out_all_but_its_columns_and_its_words_are_read_in_any_case() -> None:
    assert Layout.from_json({"columns": {"external_id": 7}}, FIELDS) == Layout("custom", {"external_id": "7"}, ())
    layout = Layout.from_json({"name": "x", "columns": {"priority": "P"}, "required": ["priority"], "values": {"RED": "P1"},
                               "json_keys": {"priority": "a.b"}, "time_formats": ["%H"]}, FIELDS)
    assert layout == Layout("x", {"priority": "P"}, ("priority",), json_keys={"priority": "a.b"}, values={"red": "P1"},
                            time_formats=("%H",))


@pytest.mark.parametrize(("data", "message"), [
    ([], 'a layout is {"name": ..., "columns": {"external_id": "Id", ...}, ...}'),
    ({"columns": ["Id"]}, 'a layout is {"name": ..., "columns": {"external_id": "Id", ...}, ...}'),
    ({"columns": {"zeta": "Z", "alpha": "A", "created": "C"}},
     "a layout cannot name alpha, zeta; it names some of external_id, priority, created, customer"),
    ({"columns": {}, "values": 5}, "the layout is malformed: "),
    ({"columns": {}, "required": 5}, "the layout is malformed: "),
    ({"columns": {}, "json_keys": ["abc"]}, "the layout is malformed: dictionary update sequence element #0 has length 3"),
    ({"name": "n" * 41, "columns": {}}, "the layout's name can be at most 40 characters"),
])
def test_a_layout_file_that_is_not_a_layout_is_refused_in_words(data: Any, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        Layout.from_json(data, FIELDS)
    assert str(refused.value).startswith(message) and refused.value.field == "preset"


def test_a_layout_file_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    for name, content in (("bad.json", "{not json"), ("latin.json", b'{"name": "\xe4"}')):
        path = _write(tmp_path, name, content)
        with pytest.raises(ValidationError, match=f"the layout file {path} cannot be read: ") as refused:
            read_layout(path, FIELDS)
        assert refused.value.field == "preset"
    with pytest.raises(ValidationError, match="cannot be read: .*No such file"):
        read_layout(tmp_path / "gone.json", FIELDS)


# CSV

def test_a_csvs_separator_is_the_commonest_of_comma_semicolon_and_tab_on_its_first_line(tmp_path: Path) -> None:
    for name, separator in (("c.csv", ","), ("s.csv", ";"), ("t.csv", "\t")):
        text = separator.join(("Id", "Priority", "Created")) + "\n" + separator.join(("A-1", "P2", "today, early")) + "\n"
        if separator == ",":
            text = text.replace("today, early", '"today, early"')
        assert _rows(_write(tmp_path, name, text)) == [(2, {"external_id": "A-1", "priority": "P2", "created": "today, early"})]


def test_headings_match_in_any_case_and_spacing_and_the_first_of_two_alike_counts(tmp_path: Path) -> None:
    path = _write(tmp_path, "h.csv", "\ufeff  id ,PRIORITY,created,Created\nA-1,P2,first,second\n")
    assert _rows(path) == [(2, {"external_id": "A-1", "priority": "P2", "created": "first"})]
    spaced = Layout("spaced", {"external_id": "Ticket  ID", "created": "Created"}, ("external_id",))
    assert _rows(_write(tmp_path, "s.csv", "ticket id,Created\nT,c\n"), spaced) == [(2, {"external_id": "T", "created": "c"})]
    joined = Layout("joined", {"external_id": "Id", "created": "Created at"}, ("external_id",))
    assert _rows(_write(tmp_path, "j.csv", "Id,Createdat\nT,c\n"), joined) == [(2, {"external_id": "T"})]  # not 'Created at'


def test_a_value_with_text_after_its_closing_quote_is_read_as_written(tmp_path: Path) -> None:
    assert _rows(_write(tmp_path, "q.csv", 'Id,Created\nA,"b"c\n')) == [(2, {"external_id": "A", "created": "bc"})]


def test_an_empty_heading_in_a_workbook_names_no_column(tmp_path: Path) -> None:
    layout = Layout("xx", {"external_id": "Id", "created": "Created", "customer": "XX"}, ("external_id",))
    path = _workbook(tmp_path / "e.xlsx", [["Id", None, "Created"], ["A", "b", "c"]])
    assert _rows(path, layout) == [(2, {"external_id": "A", "created": "c"})]


def test_blank_lines_are_passed_over_and_each_row_keeps_its_line_in_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.csv", '\n  \nId,Created\n\nA,"one\ntwo"\n ,  \nB,x\n')
    assert _rows(path) == [(5, {"external_id": "A", "created": "one\ntwo"}), (8, {"external_id": "B", "created": "x"})]


def test_a_short_row_lacks_its_last_values_and_a_long_one_is_bad_unless_its_extra_cells_are_empty(tmp_path: Path) -> None:
    path = _write(tmp_path, "w.csv", "Id,Priority,Created\nA\nB,P2,c,,\nC,P2,c,x\nD,P2,c,,y\n")
    assert _rows(path) == [
        (2, {"external_id": "A", "priority": None, "created": None}),
        (3, {"external_id": "B", "priority": "P2", "created": "c"}),
        (4, {"external_id": "C", "priority": "P2", "created": "c", "": "it has 4 values; the header has 3"}),
        (5, {"external_id": "D", "priority": "P2", "created": "c", "": "it has 5 values; the header has 3"}),
    ]


def test_a_byte_order_mark_is_dropped_from_the_first_line_only(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.csv", "\ufeffId,Created\n\ufeffA,c\n")
    assert _rows(path) == [(2, {"external_id": "\ufeffA", "created": "c"})]


def test_a_file_without_the_layouts_columns_names_them_and_the_first_twenty_it_has(tmp_path: Path) -> None:
    headings = [f"C{n}" for n in range(25)]
    path = _write(tmp_path, "other.csv", ",".join(headings) + "\n" + ",".join("x" * 25) + "\n")
    with pytest.raises(ValidationError) as refused:
        _rows(path)
    shown = ", ".join(f"'c{n}'" for n in range(20))
    assert str(refused.value) == f"other.csv has no column 'Id', 'Created' (the mine layout); its columns are: {shown}"
    assert refused.value.field == "file"
    with pytest.raises(ValidationError, match=r"has no column 'Created' \(the mine layout\); its columns are: 'id', 'l{40}'…$"):
        _rows(_write(tmp_path, "id.csv", "Id," + "L" * 41 + "\nA,b\n"))


def test_an_empty_file_or_one_of_blank_lines_has_no_header(tmp_path: Path) -> None:
    for content in ("", "\n \n,,\n"):
        with pytest.raises(ValidationError, match="e.csv is empty: it has no header row, and no rows") as refused:
            _rows(_write(tmp_path, "e.csv", content))
        assert refused.value.field == "file"


def test_a_line_of_exactly_the_longest_length_is_read_and_one_byte_more_refuses_the_file(tmp_path: Path) -> None:
    cells = "x," * ((MAX_LINE - 2) // 2)
    assert len(cells + "y\n") == MAX_LINE
    path = _write(tmp_path, "edge.csv", "Id,Created\n" + cells + "y\n")
    ((line, values),) = _rows(path)
    assert line == 2 and values[""] == f"it has {MAX_LINE // 2} values; the header has 2"
    over = _write(tmp_path, "over.csv", "Id,Created\n" + cells + "yz\n")
    with pytest.raises(ValidationError, match=r"over.csv, line 2: a line longer than 1,048,576 bytes; this is not a ticket export") as refused:
        _rows(over)
    assert refused.value.field == "file"


def test_a_value_over_the_csv_modules_limit_refuses_the_file_in_words(tmp_path: Path) -> None:
    wrapped = 'Id,Created\nA,"' + ("c" * 999 + "\n") * 132 + '"\n'  # 132,000 characters over many short lines
    with pytest.raises(ValidationError, match=r"w.csv, line 2: a value is longer than 131,072 characters; this is not a ticket export"):
        _rows(_write(tmp_path, "w.csv", wrapped))
    fits = 'Id,Created\nA,"' + ("c" * 999 + "\n") * 131 + '"\n'
    assert [values["external_id"] for _, values in _rows(_write(tmp_path, "f.csv", fits))] == ["A"]


def test_a_csv_that_is_not_utf8_or_not_csv_is_refused_naming_the_line(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"cut.csv is not UTF-8 text \(line 2, byte b'\\xc3'\): save it as UTF-8") as refused:
        _rows(_write(tmp_path, "cut.csv", b"Id,Created\nA,\xc3"))
    assert refused.value.field == "file"
    with pytest.raises(ValidationError, match=r"cr.csv, line 3: not readable as CSV \(new-line character seen") as refused:
        _rows(_write(tmp_path, "cr.csv", "Id,Created\nA,b\nB,c\rd\n"))
    assert refused.value.field == "file"


# JSON

def test_a_json_array_or_one_object_a_line_is_read_with_each_records_line(tmp_path: Path) -> None:
    array = '\ufeff[\n  {"Id": "A", "Created": "c"},\n\n  {"Id": "B",\n   "Created": "d"} ,\n {"Id": "C", "Created": "e"}]\n'
    expected = [(2, {"external_id": "A", "priority": None, "created": "c"}),
                (4, {"external_id": "B", "priority": None, "created": "d"}),
                (6, {"external_id": "C", "priority": None, "created": "e"})]
    assert _rows(_write(tmp_path, "a.json", array)) == expected
    lines = '\n{"Id": "A", "Created": "c"}\n\n{"Id": "B",\n "Created": "d"}\n{"Id": "C", "Created": "e"}\n'
    for name in ("l.JSON", "l.jsonl", "l.ndjson"):
        assert _rows(_write(tmp_path, name, lines)) == [(2, expected[0][1]), (4, expected[1][1]), (6, expected[2][1])]


def test_an_array_ends_at_its_bracket_and_commas_belong_only_between_its_items(tmp_path: Path) -> None:
    assert _rows(_write(tmp_path, "e.json", "[ ]")) == []
    assert _rows(_write(tmp_path, "x.json", '[{"Id": "A", "Created": "c"}] {"Id": "B"}')) == [
        (1, {"external_id": "A", "priority": None, "created": "c"})]
    with pytest.raises(ValidationError, match=r"comma.json, line 1: not JSON \(Expecting value\)"):
        _rows(_write(tmp_path, "comma.json", '{"Id": "A", "Created": "c"},\n{"Id": "B", "Created": "d"}\n'))


def test_records_across_the_files_chunks_are_each_read_once(tmp_path: Path) -> None:
    records = [{"Id": f"R-{n}", "Created": "c" * 50} for n in range(3000)]  # about 250 kB: several chunks
    path = _write(tmp_path, "big.json", "[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]\n")
    rows = _rows(path)
    assert [(line, values["external_id"]) for line, values in rows] == [(n + 2, f"R-{n}") for n in range(3000)]
    lines = _write(tmp_path, "big.jsonl", "\n".join(json.dumps(r) for r in records))
    assert [values["external_id"] for _, values in _rows(lines)] == [f"R-{n}" for n in range(3000)]


@pytest.mark.parametrize(("content", "message"), [
    ("", "j.json is empty: it holds no JSON"),
    ("  \n ", "j.json is empty: it holds no JSON"),
    ('[\n{"Id": "A", "Created": "c"},\n', r"j.json ends before its array does \(line 3\)"),
    ('\n\n{"Id": ', r"j.json, line 3: not JSON \(Expecting value\)"),
    (b'[{"Id": "\xe4"}]', "j.json is not UTF-8 text: save it as UTF-8"),
])
def test_a_json_file_that_is_empty_cut_or_not_utf8_is_refused(tmp_path: Path, content: str | bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        _rows(_write(tmp_path, "j.json", content))
    assert refused.value.field == "file"


def test_a_record_longer_than_the_longest_refuses_the_file(tmp_path: Path) -> None:
    long = '[{"Id": "A", "Created": "' + "c" * (MAX_RECORD + 4 * 65_536) + '"}]'  # longer, by more than one read
    with pytest.raises(ValidationError, match=r"long.json, line 1: a record longer than 1,048,576 characters") as refused:
        _rows(_write(tmp_path, "long.json", long))
    assert refused.value.field == "file"
    fits = '[{"Id": "A", "Created": "' + "c" * (MAX_RECORD - 100) + '"}]'
    assert [values["external_id"] for _, values in _rows(_write(tmp_path, "fits.json", fits))] == ["A"]


def test_a_json_record_is_read_by_the_layouts_keys_and_paths(tmp_path: Path) -> None:
    layout = Layout("j", {"external_id": "Id", "priority": "Priority", "created": "Created"}, ("external_id", "created"),
                    json_keys={"created": "meta.times.created", "priority": "a.b"})
    path = _write(tmp_path, "k.json", "\n".join((
        '{"Id": 1, "meta": {"times": {"created": "c"}}, "a.b": "dotted", "a": {"b": "nested"}}',
        '{"Id": 2, "meta": {"times": "none"}, "a": {"c": 1}}',
        '{"Id": 3, "meta": {"times": {"created": null}}}',
        '[1]',
        '{"Created": "x"}',
    )))
    assert _rows(path, layout) == [
        (1, {"external_id": 1, "priority": "dotted", "created": "c"}),
        (2, {"": "it has no 'meta.times.created'"}),
        (3, {"": "it has no 'meta.times.created'"}),
        (4, {"": "it is not a JSON object"}),
        (5, {"": "it has no 'Id', 'meta.times.created'"}),
    ]
    only = Layout("j", {"external_id": "Id", "created": "Created"}, ("external_id",), json_keys={"created": "a.b"})
    assert _rows(_write(tmp_path, "n.json", '{"Id": 1, "a": {"b": "nested"}}'), only) == [
        (1, {"external_id": 1, "created": "nested"})]


# XLSX

def _workbook(path: Path, rows: list[list[Any]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.create_sheet("second").append(["Id", "Created"])
    book.save(path)
    return path


def test_a_workbooks_first_sheet_is_read_in_rows_and_a_formula_is_a_bad_row(tmp_path: Path) -> None:
    for name in ("w.xlsx", "w.XLSM"):
        path = _workbook(tmp_path / name, [["Id", "Created"], [None, None], ["A", 7], ["B", "=1+1"], ["C", 8, None, "x"]])
        source = Source(path, LAYOUT)
        rows = [(line, {k: str(v) if isinstance(v, RowError) else v for k, v in values.items()}) for line, values in source.rows()]
        assert rows == [(3, {"external_id": "A", "created": 7}),
                        (4, {"external_id": "B", "created": "a cell holds a formula ('=1+1'): export values, not formulas"}),
                        (5, {"external_id": "C", "created": 8})]  # a column without a heading: cells cannot shift in a sheet
        assert source.unit == "row"
    assert Source(_write(tmp_path, "c.csv", "Id,Created\n"), LAYOUT).unit == "line"


def test_a_file_named_xlsx_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"fake.xlsx is not an XLSX workbook \(") as refused:
        _rows(_write(tmp_path, "fake.xlsx", b"PK\x03\x04 not a workbook"))
    assert refused.value.field == "file"
    with zipfile.ZipFile(tmp_path / "zip.xlsx", "w") as archive:  # a zip, but of something else
        archive.writestr("notes.txt", "hello")
    with pytest.raises(ValidationError, match=r"zip.xlsx is not an XLSX workbook \(\"There is no item named"):
        _rows(tmp_path / "zip.xlsx")
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(ValidationError, match=r"folder.xlsx is not an XLSX workbook \(\[Errno 21\] Is a directory"):
        _rows(tmp_path / "folder.xlsx")


def test_a_long_formula_is_shown_cut_after_forty_characters(tmp_path: Path) -> None:
    formula = "=" + "+".join(["1"] * 30)  # 60 characters
    ((line, values),) = _rows(_workbook(tmp_path / "f.xlsx", [["Id", "Created"], ["A", formula]]))
    assert values["created"] == f"a cell holds a formula ({formula[:40]!r}…): export values, not formulas"


def test_a_files_fingerprint_is_the_sha256_of_all_its_bytes(tmp_path: Path) -> None:
    content = bytes(range(256)) * 9000  # over two megabytes: read in several pieces
    path = _write(tmp_path, "f.bin", content)
    assert sha256_of(path) == hashlib.sha256(content).hexdigest()
    assert sha256_of(_write(tmp_path, "e.bin", b"")) == hashlib.sha256(b"").hexdigest()


def test_a_layout_file_is_written_and_read_in_utf8_whatever_the_machines_locale(tmp_path: Path) -> None:
    kept = tmp_path / "kept.json"
    save_layout(Layout("Göteborg", {"external_id": "Ärende"}, ()), kept)
    written = tmp_path / "written.json"
    environment = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
                   "PYTHONPATH": os.pathsep.join(sys.path)}
    program = ("from pathlib import Path; from slamdesk.core.monitoring.import_files import read_layout, save_layout; "
               f"save_layout(read_layout(Path({str(kept)!r}), ['external_id']), Path({str(written)!r}))")
    subprocess.run([sys.executable, "-c", program], env=environment, check=True, capture_output=True, timeout=60)
    assert written.read_bytes() == kept.read_bytes() and "Ärende".encode() in written.read_bytes()
