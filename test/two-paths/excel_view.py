"""What Excel shows the pane of each xlsx given, read by openpyxl (a reader we did not write), as JSON on stdout.

Values as Excel's range.values gives them: a date is its serial in the workbook's date system, a formula its cached
result, an error its text; each cell's number format; merged areas (openpyxl keeps their value in the top-left
cell, as Excel does); hidden rows and sheets; the date system. A file openpyxl cannot open is listed with its error.
"""
import datetime
import json
import math
import sys
import warnings

from openpyxl import load_workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904, to_excel

warnings.simplefilter("ignore")


def serial(value, epoch):
    if isinstance(value, datetime.time):
        return (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400
    return to_excel(value, epoch)


def view(path):
    wb = load_workbook(path, data_only=True)
    epoch = wb.epoch
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
                if value is None and fmt == "General":
                    continue
                cells.append([cell.row - 1, cell.column - 1, value, fmt])
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
