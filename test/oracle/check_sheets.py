"""Each table sheet of consolidated.xlsx against tables.json: the same rows and values as stored (not formulas),
and a totals row only where the rows are disjoint parts of one whole, showing that whole as the records count it."""
import json

from common import literal


def cell(value):
    if value is None or isinstance(value, (int, float, str)):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def flatten(name, value, key_label="key"):
    """tables.json → (name, header, rows), the shapes a sheet can hold; nested objects become name.child tables."""
    if isinstance(value, list) and not value:
        return []  # a list with no entries has no columns: no sheet
    if isinstance(value, list):
        header = list(dict.fromkeys(k for item in value if isinstance(item, dict) for k in item))
        return [(name, header, [[cell(item.get(h)) for h in header] for item in value])]
    if not isinstance(value, dict):
        return [(name, ["value"], [[cell(value)]])]
    entries = list(value.items())
    if all(not isinstance(v, (dict, list)) for _, v in entries):
        return [(name, [key_label, "count"], [[k, cell(v)] for k, v in entries])]
    if all(isinstance(v, dict) and all(not isinstance(x, (dict, list)) for x in v.values()) for _, v in entries):
        columns = list(dict.fromkeys(c for _, v in entries for c in v))
        return [(name, [key_label, *columns], [[k, *(cell(v.get(c)) for c in columns)] for k, v in entries])]
    tables = []
    for k, v in entries:
        tables += flatten(f"{name}.{k}", v, k[3:] if k.startswith("by_") else key_label)
    return tables


def evaluation_keys(tables):
    """evaluation id → the prefix its tables take ("e1.", "e2." when there are several, "" when one)."""
    ids = list(tables.get("evaluations", {}))
    return {e: (f"e{i + 1}." if len(ids) > 1 else "") for i, e in enumerate(ids)}


PILLAR_TABLES = ("pillar_by_response", "by_pillar")


def named_pillars(tables, names):
    """A pillar's row shows its number and the name its records give it ("2 – Institutional…"), the number alone
    when they give none."""
    for name, header, rows in tables:
        if name.split(".")[-1] in PILLAR_TABLES:
            rows = [[f"{r[0]} – {names[r[0]]}" if r[0] in names else r[0], *r[1:]] for r in rows]
        yield name, header, rows


def flatten_kind(kind, value, pillar_names=None):
    """A kind's tables; evaluations kept apart: an `evaluations` table, then each one's under its key.
    pillar_names: evaluation → pillar number → its name, from the records."""
    if not (isinstance(value, dict) and isinstance(value.get("evaluations"), dict)):
        return flatten(kind, value)
    keys = evaluation_keys(value)
    tables = [(f"{kind}.evaluations", ["evaluation", "key"], [[e, k.rstrip(".") or None] for e, k in keys.items()])]
    for e, own in value["evaluations"].items():
        flat = flatten(f"{kind}.{keys[e].rstrip('.')}" if keys[e] else kind, own)
        tables += named_pillars(flat, (pillar_names or {}).get(e, {}))
    return tables


def sheet_name(table):
    name = table.removeprefix("management-response.")
    for ch in "[]:*?/\\":
        name = name.replace(ch, "_")
    return name[:31]


def check_table_sheets(outputs, wholes, checker, pillar_names=None):
    """wholes: table name → column → the figure a totals row may show (absent: no totals row is right)."""
    sheets = outputs.table_sheets()
    expected = [t for key, value in outputs.tables.items() for t in flatten_kind(key, value, pillar_names)]
    checker.equal("table sheets", sorted(sheets), sorted(sheet_name(name) for name, _, _ in expected))
    for name, header, rows in expected:
        sheet = sheets.get(sheet_name(name))
        if sheet is None:
            continue
        where = f"consolidated.xlsx › {sheet_name(name)}"
        # A table with no rows and no columns (an empty list) is an empty sheet.
        checker.equal(f"{where} header", sheet[0][: len(header)] if sheet else [], [literal(h) for h in header])
        for i, row in enumerate(rows):
            stored = sheet[1 + i] if 1 + i < len(sheet) else []
            for c, value in enumerate(row):
                got = stored[c] if c < len(stored) else None
                # An empty text is an empty cell in the sheet.
                want = None if value == "" else literal(value)
                checker.equal(f"{where} row {i + 2} {header[c]}", got, want, tolerance=1e-9)
        extra = sheet[1 + len(rows) :]
        if not extra:
            continue
        if len(extra) > 1 or extra[0][0] != "Total":
            checker.fail(where, f"{len(extra)} row(s) under the table that tables.json does not have")
            continue
        whole = wholes.get(name.removeprefix("management-response."))
        for c, total in enumerate(extra[0][1:], start=1):
            if total is None:
                continue
            if whole is None or header[c] not in whole:
                checker.fail(f"{where} Total {header[c]}", f"{total!r}: its rows are not parts of one whole")
            else:
                checker.equal(f"{where} Total {header[c]}", total, whole[header[c]])
