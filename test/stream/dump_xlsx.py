"""A workbook as openpyxl reads it, as JSON: per sheet its state, frozen pane, autofilter, column widths, data
validations, tables, and every cell with its value, number format and boldness. Dates in the About sheet's
'date' row are left out (they differ by run), and with --no-hashes its inputs' sizes and SHA-256 (generated inputs carry
their creation date). Usage: python3 dump_xlsx.py [--no-hashes] FILE.xlsx"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def value(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()
    return v


def sheet_dump(ws):
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            if ws.title == "About" and c.column == 2 and ws.cell(c.row, 1).value == "date":
                continue
            if ws.title == "About" and c.column in (3, 4) and c.row > 1 and set_aside_hashes:
                continue
            cells.append([c.coordinate, value(c.value), c.number_format, bool(c.font and c.font.b)])
    # One <col> may span columns of one width (exceljs writes them so): widths per column, whatever the grouping.
    widths = {}
    for d in ws.column_dimensions.values():
        if d.customWidth and d.min:
            for i in range(d.min, d.max + 1):
                widths[get_column_letter(i)] = d.width
    return {
        "state": ws.sheet_state,
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "widths": widths,
        "validations": sorted(
            [str(v.sqref), v.type, v.formula1, v.errorStyle, bool(v.allow_blank)] for v in ws.data_validations.dataValidation
        ),
        "tables": sorted(
            [t.name, t.ref, t.totalsRowCount, [[c.name, c.totalsRowFunction, c.totalsRowLabel] for c in t.tableColumns]]
            for t in ws.tables.values()
        ),
        "cells": cells,
    }


set_aside_hashes = sys.argv[1] == "--no-hashes"
wb = openpyxl.load_workbook(sys.argv[-1])
print(json.dumps({ws.title: sheet_dump(ws) for ws in wb.worksheets}, sort_keys=True, default=str))
