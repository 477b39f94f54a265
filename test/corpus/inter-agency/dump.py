"""Prints, as JSON, what openpyxl reads in each xlsx given: per sheet, every non-empty cell's value,
the solid fills, the merged ranges and the application that wrote the file (docProps/app.xml).
The corpus test compares this with what exceljs reads, so two readers look at every file.

Usage: /usr/bin/python3 dump.py FILE.xlsx [FILE.xlsx …]
Values: text as is (rich text joined), numbers as numbers, dates as "YYYY-MM-DD" (or with the time if
it is not midnight), booleans as booleans.
"""
import datetime
import json
import sys
import zipfile

from openpyxl import load_workbook


def plain(value):
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time(0) else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def application(path):
    with zipfile.ZipFile(path) as z:
        try:
            xml = z.read("docProps/app.xml").decode("utf8")
        except KeyError:
            return None
    start = xml.find("<Application>")
    return xml[start + 13:xml.find("</Application>")] if start >= 0 else None


def dump(path):
    wb = load_workbook(path)
    sheets = {}
    for ws in wb.worksheets:
        cells, fills = {}, {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None and cell.value != "":
                    cells[cell.coordinate] = plain(cell.value)
                fill = cell.fill
                if fill is not None and fill.fill_type == "solid" and fill.fgColor is not None and fill.fgColor.rgb:
                    fills[cell.coordinate] = str(fill.fgColor.rgb)
        sheets[ws.title] = {"cells": cells, "fills": fills, "merged": sorted(str(r) for r in ws.merged_cells.ranges)}
    return {"application": application(path), "sheets": sheets}


if __name__ == "__main__":
    print(json.dumps({path: dump(path) for path in sys.argv[1:]}, ensure_ascii=False))
