"""Reads what `psea consolidate` wrote, as another tool would: consolidated.xlsx through openpyxl (stored values,
not formulas), tables.json, and the data dashboard.html embeds in its JSON script block."""
import json
import re
from pathlib import Path

import openpyxl

RECORD_SHEETS = {
    "management-response": "management-response",
    "mapping": "mapping",
    "action-plan": "action-plan",
    "focal-points": "focal-points",
    "partner-assessment": "partner-assessment",
}
NOT_TABLES = {"Findings", "About", "Lists", *RECORD_SHEETS.values()}


class Outputs:
    def __init__(self, out_dir):
        out = Path(out_dir)
        # data_only: the value Excel stored with each formula (what a reader sees), never the formula text.
        self.workbook = openpyxl.load_workbook(out / "consolidated.xlsx", data_only=True)
        self.tables = json.loads((out / "tables.json").read_text(encoding="utf-8"))
        self.dashboard = dashboard_data((out / "dashboard.html").read_text(encoding="utf-8"))
        self.findings_json = json.loads((out / "findings.json").read_text(encoding="utf-8"))

    def rows(self, sheet):
        """The sheet's rows under its header, as dicts by header; [] when the sheet is absent."""
        if sheet not in self.workbook.sheetnames:
            return []
        values = list(self.workbook[sheet].iter_rows(values_only=True))
        header = values[0] if values else ()
        return [dict(zip(header, row)) for row in values[1:]]

    def records(self, tables_key):
        """Records as the inputs had them: the apostrophe that keeps formula-like text literal taken off again."""
        return [{k: unliteral(v) for k, v in r.items()} for r in self.rows(RECORD_SHEETS[tables_key])]

    def table_sheets(self):
        """Every sheet that holds a summary table: name → list of rows (header first), stored values."""
        return {
            ws.title: [list(row) for row in ws.iter_rows(values_only=True)]
            for ws in self.workbook.worksheets
            if ws.title not in NOT_TABLES
        }

    def about(self):
        return [list(row) for row in self.workbook["About"].iter_rows(min_row=2, values_only=True)]


def unliteral(value):
    if isinstance(value, str) and value[:1] == "'" and value[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return value[1:]
    return value


def dashboard_data(html):
    match = re.search(r'<script type="application/json" id="psea-data">(.*?)</script>', html, re.S)
    if not match:
        raise SystemExit("oracle: dashboard.html embeds no psea-data block")
    return json.loads(match.group(1))
