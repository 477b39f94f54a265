#!/usr/bin/env python3
"""Writes workbooks from the corpus's JSON specs with openpyxl, so some files come from another tool than exceljs.

Usage: /usr/bin/python3 write_openpyxl.py SPECS.json OUT_DIR
SPECS.json is a list of {file, sheets: [{name, rows, merges, widths, dateFormat}]};
a date cell is {"$date": "yyyy-mm-dd"}.
"""
import datetime
import json
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter


def value_of(cell):
    if isinstance(cell, dict) and "$date" in cell:
        return datetime.date.fromisoformat(cell["$date"])
    return cell


def write(spec, out_dir):
    wb = Workbook()
    wb.remove(wb.active)
    for s in spec["sheets"]:
        ws = wb.create_sheet(s["name"])
        for r, cells in enumerate(s["rows"], start=1):
            for c, raw in enumerate(cells, start=1):
                if raw is None or raw == "":
                    continue
                cell = ws.cell(row=r, column=c, value=value_of(raw))
                if isinstance(cell.value, datetime.date):
                    cell.number_format = s.get("dateFormat") or "dd/mm/yyyy"
                if isinstance(raw, str) and "\n" in raw:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        for rng in s.get("merges") or []:
            ws.merge_cells(rng)
        for i, width in enumerate(s.get("widths") or [], start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
    wb.save(Path(out_dir) / spec["file"])


def main(specs_path, out_dir):
    for spec in json.load(open(specs_path, encoding="utf-8")):
        write(spec, out_dir)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
