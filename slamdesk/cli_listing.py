"""The read-only listings of the command line: ``register``, ``catalogue`` and ``quote``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence

from .core import catalogue, quotes, register
from .core.db import Database
from .core.errors import SlamdeskError
from .core.lifecycle import Status


def run(db: Database, args: argparse.Namespace) -> int:
    """Answer ``slamdesk register``, ``catalogue`` or ``quote``."""
    listings = {"register": _register, "catalogue": _catalogue, "quote": _quote}
    return listings[args.command](db, args)


MAX_LIMIT = 1_000_000_000


def _register(db: Database, args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        raise SlamdeskError("--limit must be at least 1")
    if args.limit is not None and args.limit > MAX_LIMIT:
        raise SlamdeskError(f"--limit can be at most {MAX_LIMIT:,}; leave it out to list every agreement")
    criteria = register.RegisterFilter(search=args.search or "", status=Status(args.status) if args.status else None)
    if args.output is not None:
        from .core import register_export

        count = register_export.export_register(db, criteria, args.output)
        print(f"{count} agreements written to {args.output}")
        return 0
    rows = register.list_agreements(db, criteria, limit=args.limit)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "number": row.number,
                        "customer": row.customer,
                        "title": row.title,
                        "status": row.status.value,
                        "version": row.version_no,
                        "start": row.start_date.isoformat(),
                        "end": row.end_date.isoformat(),
                        "monthly_value": str(row.monthly_total),
                        "currency": row.currency,
                        "documents": [{"format": d.format, "path": d.path, "sha256": d.sha256} for d in row.documents],
                    }
                    for row in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    header = ("NUMBER", "CUSTOMER", "STATUS", "START", "END", "MONTHLY", "CUR")
    table = [header] + [
        (
            row.number, row.customer, row.status.value, row.start_date.isoformat(),
            row.end_date.isoformat(), f"{row.monthly_total:.2f}", row.currency,
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        print("  ".join(cell.rjust(w) if i == 5 else cell.ljust(w) for i, (cell, w) in enumerate(zip(line, widths))).rstrip())
    return 0


def _table(rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))).rstrip())


def _catalogue(db: Database, args: argparse.Namespace) -> int:
    services = catalogue.list_services(db)
    if args.json:
        print(json.dumps(quotes.catalogue_report(services), ensure_ascii=False, indent=2))
        return 0
    for service in services:
        print(f"{service.code}  {service.name}")
        for level in service.levels:
            vip = f"  [VIP: {level.customer_name}]" if level.vip else ""
            where = f"; only in {', '.join(level.regions)}" if level.regions else ""
            minimum = f"; from {level.min_units} units" if level.min_units else ""
            print(f"  {level.name}{vip}: {quotes.price_model_text(level)}")
            print(
                f"    coverage {level.coverage}; availability {level.availability_pct.normalize():f} % "
                f"(internal {level.internal_availability_pct.normalize():f} %) {quotes.period_text(level.availability_period)}"
                f"{where}{minimum}"
            )
            for t in level.targets:
                hours = "business hours" if t.business_hours else "calendar hours"
                print(
                    f"    {catalogue.priority_label(t.priority):<12} response {catalogue.format_duration(t.response_minutes)}"
                    f" (internal {catalogue.format_duration(t.internal_response_minutes)}), resolution "
                    f"{catalogue.format_duration(t.resolution_minutes)} (internal "
                    f"{catalogue.format_duration(t.internal_resolution_minutes)}), {hours}"
                )
            for c in level.commitments:
                print(
                    f"    {c.description}: within {quotes.commitment_text(c.amount, c.unit)} "
                    f"(internal {quotes.commitment_text(c.internal_amount, c.unit)})"
                )
            for v in level.variants:
                own = ", ".join(
                    f"{p} {catalogue.format_duration(r)}/{catalogue.format_duration(x)}"
                    for p, (r, x) in sorted(v.targets.items())
                )
                print(f"    variant {v.region}: +{v.surcharge_pct.normalize():f} %" + (f"; {own}" if own else ""))
    return 0


def _quote(db: Database, args: argparse.Namespace) -> int:
    result = quotes.agreement_quote(db, args.number, compare_levels=args.compare_levels)
    if args.json:
        print(json.dumps(quotes.quote_report(result), ensure_ascii=False, indent=2))
        return 0
    detail = result.detail
    print(f"{detail.number} v{detail.version_no}  {detail.customer_name}  ({detail.currency} per month)")
    rows = [("#", "SERVICE", "LEVEL", "SITE", "QTY", "UNIT", "TOTAL")] + [
        (str(line.position), line.service_name, line.level_name, line.site, str(line.quantity),
         f"{line.unit_price:.2f}", f"{line.line_total:.2f}")
        for line in result.lines
    ]
    _table(rows, frozenset({0, 4, 5, 6}))
    t = result.totals
    print(f"subtotal {t.subtotal:.2f}  tax {t.tax_rate_pct.normalize():f} % {t.tax:.2f}  total {t.total:.2f} {t.currency}")
    if args.compare_levels:
        if result.comparison is None:
            raise SlamdeskError(f"{detail.number} was not drafted from requirements; nothing to compare")
        names = list(dict.fromkeys(o.level_name for line in result.comparison.lines for o in line.options))
        print()
        rows = [("#", "SERVICE", "SITE", *(n.upper() for n in names))]
        for line in result.comparison.lines:
            cells = []
            for name in names:
                option = next((o for o in line.options if o.level_name == name), None)
                if option is None or line.infeasible_kind:
                    cells.append("-")
                else:
                    mark = "*" if option.level_id == line.chosen_level_id else ""
                    cells.append(f"{mark}{option.line_total:.2f}" if option.feasible else "n/a")
            rows.append((str(line.position), line.service_name or "(no service)", line.site, *cells))
        per_level = result.comparison.level_totals()
        rows.append(("", "total with tax", "", *(f"{per_level[n].total:.2f}" if n in per_level else "-" for n in names)))
        _table(rows, frozenset(range(3, 3 + len(names))))
        print("* chosen   n/a not offered there (see the requirements' pricing matrix for why)")
        for line in result.comparison.lines:
            if line.infeasible_kind:
                print(f"  requirement {line.position} infeasible ({line.infeasible_kind}): {line.infeasible_reason}")
    return 0
