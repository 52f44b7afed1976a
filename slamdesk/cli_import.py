"""``slamdesk import tickets|outages|holds|template``: help-desk and monitoring exports into the database.

``import template`` opens no database: it writes the template layout's CSV. The imports
act as the signed-in profile (representatives and administrators) and print what they did;
``--json`` prints it as one object (the shape is in the README). A refused file prints every
bad row on stderr and exits 1 with nothing stored; ``--report FILE`` also writes the bad rows
(refused or skipped) as CSV.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .core.db import Database
from .core.errors import ValidationError
from .core.roles import Actor

TICKET_PRESETS = ("template", "zendesk", "freshdesk", "jira", "glpi")
OUTAGE_PRESETS = ("template", "plain")


def add_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("import", help="tickets and outages from help-desk and monitoring exports (CSV, XLSX, JSON)")
    actions = parser.add_subparsers(dest="action", parser_class=parser_class, required=True)
    for name, presets in (("tickets", TICKET_PRESETS), ("outages", OUTAGE_PRESETS)):
        action = actions.add_parser(name, help=f"import {name}; the same file again adds nothing, a changed row updates")
        action.add_argument("file", type=Path, help="the export: .csv, .xlsx, .json or .jsonl")
        action.add_argument("--preset", default="template", metavar="NAME",
                            help=f"the file's layout: {', '.join(presets)}, or a layout kept in FILE.json (default: template)")
        action.add_argument("--timezone", metavar="TZ", help="the zone of times written without an offset, e.g. Europe/Stockholm")
        action.add_argument("--skip-bad", action="store_true", help="import the good rows and leave the bad ones out")
        action.add_argument("--report", type=Path, metavar="FILE.csv", help="write the bad rows (refused or skipped) here")
        action.add_argument("--source", help="what the rows are known by with their ids (default: the preset's name)")
        action.add_argument("--json", action="store_true", help="print what was done as JSON")
    holding = actions.add_parser("holds", help="times tickets were on hold, from a file of their own (ticket_id, start, end)")
    holding.add_argument("file", type=Path, help="the file: .csv, .xlsx, .json or .jsonl")
    holding.add_argument("--source", default="template", help="the source the tickets were imported from (default: template)")
    holding.add_argument("--timezone", metavar="TZ", help="the zone of times written without an offset")
    holding.add_argument("--skip-bad", action="store_true", help="import the good rows and leave the bad ones out")
    holding.add_argument("--report", type=Path, metavar="FILE.csv", help="write the bad rows (refused or skipped) here")
    holding.add_argument("--json", action="store_true", help="print what was done as JSON")
    template = actions.add_parser("template", help="write the template layout as a CSV file to fill in")
    template.add_argument("what", choices=["tickets", "outages"])
    template.add_argument("--layout", metavar="PRESET",
                          help="write that preset's layout as JSON instead: edit its columns, import with --preset FILE.json")
    template.add_argument("--out", type=Path, metavar="FILE",
                          help="where to write it (default: tickets.csv or outages.csv; with --layout, PRESET-WHAT.json)")


def template(args: argparse.Namespace) -> int:
    """``import template``: no database is opened."""
    from .core.monitoring import importing, outages, tickets

    kind = tickets if args.what == "tickets" else outages
    out = args.out or Path(f"{args.layout}-{args.what}.json" if args.layout else f"{args.what}.csv")
    try:
        layout = kind.layout_named(args.layout) if args.layout else None
        if out.exists():
            raise ValidationError(f"{out} exists; it is never overwritten")
        if layout is None:
            kind.write_template(out)
        else:
            importing.save_layout(layout, out)
    except (ValidationError, OSError) as error:
        print(f"slamdesk: error: {getattr(error, 'strerror', None) or error}", file=sys.stderr)
        return 1
    if layout is None:
        print(f"{out}: the {args.what} template, with one example row to replace")
    else:
        print(f"{out}: the {layout.name} layout; change its columns and import with --preset {out}")
    return 0


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    """``import tickets``, ``import outages`` and ``import holds``."""
    from .core.monitoring import holds, importing, outages, tickets

    assert actor is not None  # an import writes: the command line signed the profile in
    if not args.file.is_file():
        raise ValidationError(f"no such file: {args.file}")
    try:
        if args.action == "holds":
            result = holds.import_holds(db, actor, args.file, source=args.source, timezone=args.timezone,
                                        skip_bad=args.skip_bad)
        else:
            importer = tickets.import_tickets if args.action == "tickets" else outages.import_outages
            result = importer(db, actor, args.file, preset=args.preset, timezone=args.timezone, skip_bad=args.skip_bad,
                              source=args.source)
    except importing.ImportRefused as refused:
        if args.report is not None:
            tickets.bad_rows_csv(refused.rows, args.report)
        raise
    if args.report is not None:
        tickets.bad_rows_csv(result.skipped, args.report)
    if args.json:
        print(json.dumps(report(args.action, args.file, result), ensure_ascii=False, indent=2))
        return 0
    unmatched = f"; {result.unmatched:,} not matched to an agreement" if result.unmatched else ""
    print(f"{args.file.name}: {result.added:,} {args.action} added, {result.updated:,} updated, {result.unchanged:,} unchanged, "
          f"{len(result.skipped):,} skipped{unmatched} (import {result.import_id})")
    for row in result.skipped[:20]:
        print(f"  skipped {row}", file=sys.stderr)
    if len(result.skipped) > 20:
        where = f" (all in {args.report})" if args.report else ""
        print(f"  ... and {len(result.skipped) - 20:,} more{where}", file=sys.stderr)
    return 0


def report(what: str, file: Path, result: Any) -> dict[str, Any]:
    """The JSON an import prints (documented in the README)."""
    return {
        "import": result.import_id, "kind": what, "file": file.name, "added": result.added, "updated": result.updated,
        "unchanged": result.unchanged, "unmatched": result.unmatched,
        "skipped": [{"where": f"{row.unit} {row.line}", "id": row.key, "reason": row.reason} for row in result.skipped],
    }
