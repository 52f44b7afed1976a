"""A quote line's words shared by the pricing matrix and the wizard's pricing step."""

from __future__ import annotations

from decimal import Decimal

from ...core import requirements
from ...core.pricing import LevelOption, QuoteLine
from . import formatting
from .i18n import translate


def _volume(unit: str, count: int) -> str | None:
    """``40 users``: a count of a volume unit, in the language's plural (None for a unit it does not name)."""
    if unit == "user":
        return translate("QuoteText", "%n users", None, count)
    if unit == "device":
        return translate("QuoteText", "%n devices", None, count)
    if unit == "site":
        return translate("QuoteText", "%n sites", None, count)
    return None


def option_tooltip(option: LevelOption) -> str:
    """Why a level cannot be offered, or how its price is made up."""
    if not option.feasible:
        return translate("QuoteText", "{level} cannot be offered:").format(level=option.level_name) + "\n" + "\n".join(
            f"• {p}" for p in option.problems)
    price = option.price

    def money(amount: Decimal) -> str:
        return formatting.money(amount, option.currency)

    parts = [translate("QuoteText", "{level}: {amount} per month").format(
        level=option.level_name, amount=money(option.line_total))]
    if price.override is not None:
        parts.append(translate("QuoteText", "custom price (list {amount}): {reason}").format(
            amount=money(price.list_total), reason=price.override_reason))
    if price.fixed_fee:
        parts.append(translate("QuoteText", "fixed fee {amount}").format(amount=money(price.fixed_fee)))
    if price.units and price.unit_fee:
        parts.append(f"{money(price.unit_fee)} × {price.units}")
    if price.discount:
        parts.append(translate("QuoteText", "volume discount {percent}").format(
            percent=formatting.percent(price.discount_pct)))
    if price.surcharge:
        parts.append(translate("QuoteText", "regional surcharge {percent}").format(
            percent=formatting.percent(price.surcharge_pct)))
    if price.value_amount:
        parts.append(translate("QuoteText", "{price} × {volume} per month").format(
            price=money(price.value_price), volume=price.value_volume))
    parts.append(translate("QuoteText", "{percent} availability, {coverage}").format(
        percent=formatting.percent(option.availability_pct), coverage=option.coverage))
    targets = requirements.describe_targets(option)
    return "\n".join(parts + ([targets] if targets else []))


def volume_text(line: QuoteLine) -> str:
    if line.service_id is None:
        volumes = line.volumes
        counts = (("user", volumes.users), ("device", volumes.devices), ("site", volumes.sites))
        return ", ".join(_volume(unit, count) or str(count) for unit, count in counts if count)
    named = _volume(line.unit, line.quantity)
    if named is not None:
        return named
    value = line.volumes.items_per_month or line.volumes.tickets_per_month
    if value:
        return translate("QuoteText", "{count} per month").format(count=value)
    return translate("QuoteText", "fixed price")
