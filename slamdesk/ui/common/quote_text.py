"""A quote line's words shared by the pricing matrix and the wizard's pricing step."""

from __future__ import annotations

from ...core import requirements
from ...core.pricing import LevelOption, QuoteLine
from . import formatting

VOLUME_NOUNS = {"user": "users", "device": "devices", "site": "sites"}


def option_tooltip(option: LevelOption) -> str:
    """Why a level cannot be offered, or how its price is made up."""
    if not option.feasible:
        return f"{option.level_name} cannot be offered:\n" + "\n".join(f"• {p}" for p in option.problems)
    price = option.price
    parts = [f"{option.level_name}: {formatting.money(option.line_total, option.currency)} per month"]
    if price.override is not None:
        parts.append(f"custom price (list {formatting.money(price.list_total, option.currency)}): "
                     f"{price.override_reason}")
    if price.fixed_fee:
        parts.append(f"fixed fee {formatting.money(price.fixed_fee, option.currency)}")
    if price.units and price.unit_fee:
        parts.append(f"{formatting.money(price.unit_fee, option.currency)} × {price.units}")
    if price.discount:
        parts.append(f"volume discount {formatting.percent(price.discount_pct)}")
    if price.surcharge:
        parts.append(f"regional surcharge {formatting.percent(price.surcharge_pct)}")
    if price.value_amount:
        parts.append(f"{formatting.money(price.value_price, option.currency)} × {price.value_volume} per month")
    parts.append(f"{formatting.percent(option.availability_pct)} availability, {option.coverage}")
    targets = requirements.describe_targets(option)
    return "\n".join(parts + ([targets] if targets else []))


def volume_text(line: QuoteLine) -> str:
    if line.service_id is None:
        volumes = line.volumes
        counts = ((volumes.users, "users"), (volumes.devices, "devices"), (volumes.sites, "sites"))
        return ", ".join(f"{count} {noun}" for count, noun in counts if count)
    noun = VOLUME_NOUNS.get(line.unit)
    if noun is not None:
        return f"{line.quantity} {noun}"
    value = line.volumes.items_per_month or line.volumes.tickets_per_month
    return f"{value} per month" if value else "fixed price"
