"""Charts of the document tree (``tree.Chart``): drawn by reportlab's graphics in a PDF, and as a PNG for a DOCX.

Both draw the same thing: one bar per period (none where nothing was measured), the values
written above the bars, the period names below, and the target as a dashed line named in a key
beside the title, on an axis from the chart's low value to 100 %. Bars below the target are red, the rest
green: a reader sees the misses without reading a number.
"""

from __future__ import annotations

import io

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from .fonts import FontNames, font_path
from .tree import Chart

WIDTH, HEIGHT = 460.0, 170.0  # points in the PDF; the PNG is drawn at 3x
_LEFT, _BOTTOM, _TOP, _RIGHT = 34.0, 30.0, 26.0, 12.0
MET, MISSED, INK, GRID, TARGET = "#2f855a", "#c53030", "#1a202c", "#cbd5e0", "#2b6cb0"


def _layout(chart: Chart) -> tuple[float, float, float]:
    """(plot width, plot height, slot width per bar)."""
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _BOTTOM - _TOP
    return plot_w, plot_h, plot_w / max(len(chart.labels), 1)


def _y(chart: Chart, value: float, plot_h: float) -> float:
    """Height above the axis for ``value`` (clamped to the axis)."""
    span = 100.0 - chart.low
    return plot_h * (min(max(value, chart.low), 100.0) - chart.low) / span if span > 0 else 0.0


def _text_width(text: str, size: float) -> float:
    from .fonts import text_width

    return text_width(text, size)


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _bars(chart: Chart) -> list[tuple[float, float, float, str, str]]:
    """(x, width, height, colour, text above) of each bar, in plot coordinates."""
    _plot_w, plot_h, slot = _layout(chart)
    bars = []
    for index, value in enumerate(chart.values):
        if value is None:
            continue
        colour = MISSED if chart.target is not None and value < chart.target else MET
        shown = chart.value_texts[index] if index < len(chart.value_texts) else _number(value)
        bars.append((index * slot + slot * 0.2, slot * 0.6, _y(chart, value, plot_h), colour, shown))
    return bars


def _axis(chart: Chart) -> list[tuple[float, str]]:
    """(share of the plot's height, text) of the axis' low end, middle and top."""
    shares = (0.0, 0.5, 1.0)
    if len(chart.axis_texts) == len(shares):
        return list(zip(shares, chart.axis_texts))
    return [(share, _number(chart.low + (100 - chart.low) * share)) for share in shares]


def pdf_drawing(chart: Chart, fonts: FontNames) -> Drawing:
    """The chart as a reportlab drawing (a flowable)."""
    plot_w, plot_h, slot = _layout(chart)
    drawing = Drawing(WIDTH, HEIGHT)
    drawing.add(String(0, HEIGHT - 12, chart.title, fontName=fonts.bold, fontSize=9, fillColor=colors.HexColor(INK)))
    for share, written in _axis(chart):  # the axis' low end, middle and 100 %
        y = _BOTTOM + plot_h * share
        drawing.add(Line(_LEFT, y, _LEFT + plot_w, y, strokeColor=colors.HexColor(GRID), strokeWidth=0.5))
        drawing.add(String(_LEFT - 4, y - 3, written, fontName=fonts.regular, fontSize=7, textAnchor="end",
                           fillColor=colors.HexColor(INK)))
    for x, width, height, colour, text in _bars(chart):
        drawing.add(Rect(_LEFT + x, _BOTTOM, width, height, fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(String(_LEFT + x + width / 2, _BOTTOM + height + 2, text, fontName=fonts.regular, fontSize=6.5,
                           textAnchor="middle", fillColor=colors.HexColor(INK)))
    for index, label in enumerate(chart.labels):
        drawing.add(String(_LEFT + index * slot + slot / 2, _BOTTOM - 11, label, fontName=fonts.regular, fontSize=6.5,
                           textAnchor="middle", fillColor=colors.HexColor(INK)))
    if chart.target is not None:
        y = _BOTTOM + _y(chart, chart.target, plot_h)
        drawing.add(Line(_LEFT, y, _LEFT + plot_w, y, strokeColor=colors.HexColor(TARGET), strokeWidth=1,
                         strokeDashArray=[4, 2]))
        key_y = HEIGHT - 11  # the key, beside the title: never over a bar
        drawing.add(String(WIDTH, key_y, chart.target_label, fontName=fonts.regular, fontSize=7, textAnchor="end",
                           fillColor=colors.HexColor(TARGET)))
        start = WIDTH - _text_width(chart.target_label, 7) - 22
        drawing.add(Line(start, key_y + 2.5, start + 16, key_y + 2.5, strokeColor=colors.HexColor(TARGET), strokeWidth=1,
                         strokeDashArray=[4, 2]))
    return drawing


def png_bytes(chart: Chart, scale: int = 3) -> bytes:
    """The same chart as a PNG (for a DOCX), ``scale`` pixels a point."""
    from PIL import Image, ImageDraw, ImageFont

    plot_w, plot_h, slot = _layout(chart)
    image = Image.new("RGB", (int(WIDTH * scale), int(HEIGHT * scale)), "white")
    pen = ImageDraw.Draw(image)

    def font(size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(str(font_path(bold=bold)), int(size * scale))

    def at(x: float, y: float) -> tuple[float, float]:  # drawing points (origin bottom left) to pixels
        return x * scale, (HEIGHT - y) * scale

    pen.text(at(0, HEIGHT - 12), chart.title, fill=INK, font=font(9, bold=True), anchor="ls")
    for share, written in _axis(chart):
        y = _BOTTOM + plot_h * share
        pen.line([at(_LEFT, y), at(_LEFT + plot_w, y)], fill=GRID, width=max(1, scale // 2))
        pen.text(at(_LEFT - 4, y), written, fill=INK, font=font(7), anchor="rm")
    for x, width, height, colour, text in _bars(chart):
        left, top = at(_LEFT + x, _BOTTOM + height)
        right, bottom = at(_LEFT + x + width, _BOTTOM)
        if bottom > top:
            pen.rectangle([left, top, right, bottom], fill=colour)
        pen.text(at(_LEFT + x + width / 2, _BOTTOM + height + 2), text, fill=INK, font=font(6.5), anchor="ms")
    for index, label in enumerate(chart.labels):
        pen.text(at(_LEFT + index * slot + slot / 2, _BOTTOM - 11), label, fill=INK, font=font(6.5), anchor="ms")
    if chart.target is not None:
        y = _BOTTOM + _y(chart, chart.target, plot_h)
        x = _LEFT
        while x < _LEFT + plot_w:  # dashed: 4 on, 2 off
            pen.line([at(x, y), at(min(x + 4, _LEFT + plot_w), y)], fill=TARGET, width=scale)
            x += 6
        key_y = HEIGHT - 11
        pen.text(at(WIDTH, key_y), chart.target_label, fill=TARGET, font=font(7), anchor="rs")
        start = WIDTH - _text_width(chart.target_label, 7) - 22
        for x in (start, start + 6, start + 12):
            pen.line([at(x, key_y + 2.5), at(x + 4, key_y + 2.5)], fill=TARGET, width=scale)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
