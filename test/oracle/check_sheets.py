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


PILLAR_TABLES = ("pillar_by_response", "by_pillar")


def named_pillars(tables, names):
    """A pillar's row shows its number and the name its records give it ("2 – Institutional…"), the number alone
    when they give none."""
    for name, header, rows in tables:
        if name.split(".")[-1] in PILLAR_TABLES:
            rows = [[f"{r[0]} – {names[r[0]]}" if r[0] in names else r[0], *r[1:]] for r in rows]
        yield name, header, rows


def flatten_kind(kind, value, pillar_names=None):
    """A kind's tables as (name, header, rows, groups). A kind that keeps evaluations apart gives an `evaluations`
    table, then one table per name: the evaluation first, then the union of the evaluations' columns; groups lists
    (evaluation, its number of rows) in order (None for a kind without evaluations).
    pillar_names: evaluation → pillar number → its name, from the records."""
    if not (isinstance(value, dict) and isinstance(value.get("evaluations"), dict)):
        return [(name, header, rows, None) for name, header, rows in flatten(kind, value)]
    merged = {}
    for evaluation, own in value["evaluations"].items():
        for name, header, rows in named_pillars(flatten(kind, own), (pillar_names or {}).get(evaluation, {})):
            columns, all_rows, groups = merged.setdefault(name, ([], [], []))
            columns += [h for h in header if h not in columns]
            all_rows += [(evaluation, dict(zip(header, row))) for row in rows]
            groups.append((evaluation, len(rows)))
    tables = [(f"{kind}.evaluations", ["evaluation"], [[e] for e in value["evaluations"]], None)]
    for name, (columns, rows, groups) in merged.items():
        table_rows = [[evaluation, *(row.get(c) for c in columns)] for evaluation, row in rows]
        tables.append((name, ["evaluation", *columns], table_rows, groups))
    return tables


def sheet_name(table):
    name = table.removeprefix("management-response.")
    for ch in "[]:*?/\\":
        name = name.replace(ch, "_")
    return name[:31]


def check_row(checker, where, stored, row, header):
    for c, value in enumerate(row):
        got = stored[c] if c < len(stored) else None
        # An empty text is an empty cell in the sheet.
        want = None if value == "" else literal(value)
        checker.equal(f"{where} {header[c]}", got, want, tolerance=1e-9)


def check_total(checker, where, stored, header, whole, first):
    """A totals row: each figure it shows must be the whole the records count (none where rows are no whole)."""
    for c, total in enumerate(stored[first:], start=first):
        if total is None:
            continue
        if whole is None or header[c] not in whole:
            checker.fail(f"{where} {header[c]}", f"{total!r}: its rows are not parts of one whole")
        else:
            checker.equal(f"{where} {header[c]}", total, whole[header[c]])


def check_table_sheets(outputs, wholes, checker, pillar_names=None):
    """wholes: table name, or (evaluation, table name) for a kind kept by evaluation → column → the figure a totals
    row may show (absent: no totals row is right)."""
    sheets = outputs.table_sheets()
    expected = [t for key, value in outputs.tables.items() for t in flatten_kind(key, value, pillar_names)]
    checker.equal("table sheets", sorted(sheets), sorted(sheet_name(name) for name, _, _, _ in expected))
    for name, header, rows, groups in expected:
        sheet = sheets.get(sheet_name(name))
        if sheet is None:
            continue
        where = f"consolidated.xlsx › {sheet_name(name)}"
        # A table with no rows and no columns (an empty list) is an empty sheet.
        checker.equal(f"{where} header", sheet[0][: len(header)] if sheet else [], [literal(h) for h in header])
        at, done = 1, 0
        short = name.removeprefix("management-response.")
        for evaluation, count in groups or [(None, len(rows))]:
            for i in range(done, done + count):
                check_row(checker, f"{where} row {at + 1}", sheet[at] if at < len(sheet) else [], rows[i], header)
                at += 1
            done += count
            # Several evaluations: each one's rows may close with its own total row, [evaluation, Total, …].
            stored = sheet[at] if at < len(sheet) else []
            if groups and len(groups) > 1 and count and stored[:2] == [evaluation, "Total"]:
                check_total(checker, f"{where} row {at + 1} Total", stored, header, wholes.get((evaluation, short)), 2)
                at += 1
        extra = sheet[at:]
        if not extra:
            continue
        if len(extra) > 1 or extra[0][0] != "Total":
            checker.fail(where, f"{len(extra)} row(s) under the table that tables.json does not have")
            continue
        if groups:
            # The whole of every evaluation in the sheet, added up: what the last row shows with no filter.
            parts = [wholes.get((e, short)) for e, n in groups if n]
            if len(parts) > 1 and at - 1 - len(rows) != len(parts):
                checker.fail(where, f"{at - 1 - len(rows)} evaluation total row(s) for {len(parts)} evaluations")
            columns = set.intersection(*(set(p) for p in parts)) if all(parts) else set()
            whole = {c: sum(p[c] for p in parts) for c in columns}
        else:
            whole = wholes.get(name)
        check_total(checker, f"{where} Total", extra[0], header, whole, 1)
