"""What Excel shows the pane of each xlsx given, read by openpyxl (a reader we did not write), as JSON on stdout.

Values as Excel's range.values gives them: a date is its serial in the workbook's date system, a formula its cached
result, an error its text; each cell's number format; each cell's fill as Range.getCellProperties reports it (its
pattern by Office's name, its colour as #RRGGBB with theme and indexed colours resolved); merged areas (openpyxl
keeps their value in the top-left cell, as Excel does); hidden rows and sheets; the date system. A file openpyxl
cannot open is listed with its error.
"""
import colorsys
import datetime
import json
import math
import sys
import warnings

from openpyxl import load_workbook
from openpyxl.styles.colors import COLOR_INDEX
from openpyxl.utils.datetime import CALENDAR_MAC_1904, to_excel
from xml.etree import ElementTree

warnings.simplefilter("ignore")


def serial(value, epoch):
    if isinstance(value, datetime.time):
        return (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400
    return to_excel(value, epoch)


# OOXML pattern types by the names Office.js gives them (Excel.FillPattern).
PATTERNS = {
    "solid": "Solid", "mediumGray": "Gray50", "darkGray": "Gray75", "lightGray": "Gray25",
    "darkHorizontal": "Horizontal", "darkVertical": "Vertical", "darkDown": "Down", "darkUp": "Up",
    "darkGrid": "Checker", "darkTrellis": "SemiGray75", "lightHorizontal": "LightHorizontal",
    "lightVertical": "LightVertical", "lightDown": "LightDown", "lightUp": "LightUp", "lightGrid": "Grid",
    "lightTrellis": "CrissCross", "gray125": "Gray16", "gray0625": "Gray8",
}
# A theme colour index names these scheme colours (light 1 before dark 1, as Excel numbers them).
THEME_ORDER = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6",
               "hlink", "folHlink"]
DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def theme_colours(theme_xml):
    """RRGGBB of each theme colour index, from the workbook's own theme part."""
    if not theme_xml:
        return []
    scheme = ElementTree.fromstring(theme_xml).find(f".//{DRAWING}clrScheme")
    found = {}
    for entry in scheme if scheme is not None else []:
        colour = entry.find(f"{DRAWING}srgbClr")
        system = entry.find(f"{DRAWING}sysClr")
        value = colour.get("val") if colour is not None else system.get("lastClr") if system is not None else None
        found[entry.tag.replace(DRAWING, "")] = value
    return [found.get(name) for name in THEME_ORDER]


def tinted(rgb, tint):
    """A colour lightened (tint > 0) or darkened (tint < 0) on its luminance, as the format defines tint."""
    if not tint:
        return rgb
    h, l, s = colorsys.rgb_to_hls(*(int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4)))
    l = l * (1 + tint) if tint < 0 else l * (1 - tint) + tint
    return "".join(f"{round(v * 255):02X}" for v in colorsys.hls_to_rgb(h, l, s))


def html_colour(colour, theme, default):
    """An openpyxl Color as Excel reports it, #RRGGBB."""
    rgb = None
    if colour is None:
        rgb = default
    elif colour.type == "rgb" and isinstance(colour.rgb, str):
        rgb = colour.rgb[-6:]
    elif colour.type == "theme" and colour.theme < len(theme):
        rgb = theme[colour.theme]
    elif colour.type == "indexed" and colour.indexed < len(COLOR_INDEX):
        rgb = COLOR_INDEX[colour.indexed][-6:]
    elif colour.type == "indexed":
        rgb = "000000" if colour.indexed == 64 else "FFFFFF"  # the system's foreground and background
    rgb = rgb or default
    return "#" + tinted(rgb.upper(), getattr(colour, "tint", 0) or 0)


def fill_of(cell, theme):
    """[pattern, colour] of a filled cell, None for an unfilled one. A solid fill's colour is its fgColor, other
    patterns show their bgColor behind the pattern."""
    fill = cell.fill
    if fill is None:
        return None
    if getattr(fill, "tagname", "") == "gradientFill":
        return ["LinearGradient", "#FFFFFF"]
    pattern = getattr(fill, "patternType", None)
    if not pattern or pattern == "none":
        return None
    if pattern == "solid":
        return ["Solid", html_colour(fill.fgColor, theme, "000000")]
    return [PATTERNS.get(pattern, "None"), html_colour(fill.bgColor, theme, "FFFFFF")]


def view(path):
    wb = load_workbook(path, data_only=True)
    epoch = wb.epoch
    theme = theme_colours(wb.loaded_theme)
    sheets = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                fmt = cell.number_format
                if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
                    value = serial(value, epoch)
                    if fmt == "General":
                        fmt = "yyyy-mm-dd"  # a t="d" cell: Excel shows it as the date it is
                if isinstance(value, float) and not math.isfinite(value):
                    value = str(value)
                fill = fill_of(cell, theme)
                if value is None and fmt == "General" and fill is None:
                    continue
                cells.append([cell.row - 1, cell.column - 1, value, fmt, fill])
        merges = [[m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1] for m in ws.merged_cells.ranges]
        hidden = [r - 1 for r, d in ws.row_dimensions.items() if d.hidden]
        sheets.append({"name": ws.title, "state": ws.sheet_state, "cells": cells, "merges": merges, "hidden": hidden})
    return {"date1904": epoch == CALENDAR_MAC_1904, "sheets": sheets}


out = {}
for path in sys.argv[1:]:
    try:
        out[path] = view(path)
    except Exception as error:  # one file openpyxl refuses is said, the others go on
        out[path] = {"error": f"{type(error).__name__}: {error}"}
json.dump(out, sys.stdout)
