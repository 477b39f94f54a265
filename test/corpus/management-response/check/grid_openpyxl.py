#!/usr/bin/env python3
"""Prints, as JSON, every sheet of the given xlsx files as openpyxl reads them: cell texts with merged cells
showing their first cell's value, so corpus.test.ts can compare another tool's reading with the manifest.

Usage: /usr/bin/python3 grid_openpyxl.py FILE.xlsx ...
"""
import datetime
import json
import sys

from openpyxl import load_workbook


def text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def grid(ws):
    rows = [[text(c.value) for c in row] for row in ws.iter_rows()]
    for rng in ws.merged_cells.ranges:
        first = text(ws.cell(rng.min_row, rng.min_col).value)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                rows[r - 1][c - 1] = first
    return rows


def main(paths):
    out = {}
    for path in paths:
        wb = load_workbook(path)
        out[path] = {ws.title: grid(ws) for ws in wb.worksheets}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
