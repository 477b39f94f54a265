#!/usr/bin/env python3
"""
The French or Spanish outputs of a run against its English outputs (which oracle.py checks against the records): the
same inputs give the same figures under every pillar and criterion, shown by the names the localised records give.

It reads the localised consolidated.xlsx by its Fields sheet (each shown header's canonical field), takes each
pillar's name (by evaluation and number) and each criterion's name (by its English key, the same source row in the
two runs) from the localised record sheet, and checks that the dashboard's pillar and criterion rows and bars and the
workbook's pillar and criterion tables show those names, with the English run's figures.

  /usr/bin/python3 test/oracle/check_localised.py LOCALISED_OUT_DIR ENGLISH_OUT_DIR

Prints one line per mismatch and a summary; exit 0 when everything agrees, 1 otherwise.
"""
import sys
from collections import defaultdict
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).parent))

import openpyxl  # noqa: E402

from common import Checker, blank  # noqa: E402
from outputs import Outputs, dashboard_data  # noqa: E402

FIELDS_MARK = "psea-sheets: fields"
PILLAR_SECTIONS = ("pillar_by_response", "status_by_pillar")
PILLAR_TABLES = ("pillar_by_response", "by_pillar")


def fields_sheet(workbook):
    """sheet → header shown → canonical field, from the sheet told by its mark."""
    for ws in workbook.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        if rows and FIELDS_MARK in rows[0]:
            fields = defaultdict(dict)
            for sheet, _column, header, field, *_ in rows[1:]:
                fields[sheet][header] = field
            return fields
    raise SystemExit("check_localised: the workbook has no Fields sheet")


def matrix_records(workbook, fields):
    """The management-response records of a localised workbook, by canonical field."""
    sheet = next((s for s, f in fields.items() if {"rec_no", "pillar_name", "source_row"} <= set(f.values())), None)
    if sheet is None:
        return []
    rows = list(workbook[sheet].iter_rows(values_only=True))
    keys = [fields[sheet].get(h, h) for h in rows[0]]
    return [dict(zip(keys, row)) for row in rows[1:]]


def local_names(checker, local, english):
    """evaluation → pillar number → name, and evaluation → English criterion key → name (the localised rows)."""
    source = lambda r: (r["source_file"], r["source_sheet"], r["source_row"])  # noqa: E731
    by_source = {source(r): r for r in english}
    pillars, criteria = defaultdict(dict), defaultdict(dict)
    for r in local:
        if isinstance(r["pillar_number"], int) and not blank(r["pillar_name"]):
            seen = pillars[r["evaluation"]].setdefault(str(r["pillar_number"]), r["pillar_name"])
            checker.equal(f"{r['evaluation']} pillar {r['pillar_number']}: one name", r["pillar_name"], seen)
        twin = by_source.get(source(r))
        if twin and not blank(r["criterion_name"]) and not blank(twin["criterion_name"]):
            seen = criteria[r["evaluation"]].setdefault(twin["criterion_name"], r["criterion_name"])
            where = f"{r['evaluation']} criterion {twin['criterion_name']!r}: one name"
            checker.equal(where, r["criterion_name"], seen)
    return pillars, criteria


def label(of, names, key):
    if of == "pillar":
        return f"{key} – {names[key]}" if key in names else key
    return names.get(key, key)


def check_section(checker, where, local, english, of, names):
    """Rows by key: the name shown, the English run's figures; bars in the keys' order, by name."""
    want = {r.get("key", r["cells"][0]): r["cells"][1:] for r in english["tables"][0]["rows"]}
    got = {r.get("key", r["cells"][0]): r for r in local["tables"][0]["rows"]}
    checker.equal(f"{where}: keys", sorted(map(str, got)), sorted(map(str, want)))
    for key, row in got.items():
        checker.equal(f"{where} row {key!r}: name", row["cells"][0], label(of, names, key))
        checker.equal(f"{where} row {key!r}: figures", row["cells"][1:], want.get(key))
    chart = local.get("chart") or {}
    keys = chart.get("keys", chart.get("categories", []))
    checker.equal(f"{where} chart: names", chart.get("categories"), [label(of, names, k) for k in keys])


def evaluations_of(english):
    """The evaluations in tables.json's order: e1, e2… of the table sheets, -e2… of the dashboard's sections."""
    return list(english.tables.get("management-response", {}).get("evaluations", {}))


def check_dashboard(checker, local, english, pillars, criteria, evaluations):
    mine = {s["id"]: s for s in local["sections"]}
    theirs = {s["id"]: s for s in english["sections"]}
    for i, evaluation in enumerate(evaluations):
        suffix = f"-e{i + 1}" if i else ""
        for base in (*PILLAR_SECTIONS, "by_criterion"):
            sid = base + suffix
            if sid in mine and sid in theirs and mine[sid]["tables"]:
                criterion = base == "by_criterion"
                of, names = ("criterion", criteria[evaluation]) if criterion else ("pillar", pillars[evaluation])
                check_section(checker, f"dashboard {evaluation} {base}", mine[sid], theirs[sid], of, names)


def check_tables(checker, workbook, english, pillars, criteria):
    """The localised table sheets in the English run's order: the same figures, pillar and criterion keys by name."""
    local = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    theirs = list(english.table_sheets().items())
    # Both list the table sheets between Findings and About; the localised one adds Fields after About.
    local_tables = local[len(local) - len(theirs) - 2 : len(local) - 2]
    checker.equal("localised table sheets", len(local_tables), len(theirs))
    evaluations = evaluations_of(english)
    for ws, (name, rows) in zip(local_tables, theirs):
        shown = [list(r) for r in ws.iter_rows(values_only=True)]
        last = name.split(".")[-1]
        prefix = name.split(".")[0]
        i = int(prefix[1:]) - 1 if prefix[:1] == "e" and prefix[1:].isdigit() else 0
        evaluation = evaluations[i] if i < len(evaluations) else ""
        of = "pillar" if last in PILLAR_TABLES else "criterion" if last == "by_criterion" else None
        where = f"consolidated.xlsx › {ws.title} ({name})"
        checker.equal(f"{where}: rows", len(shown), len(rows))
        for r, (got, want) in enumerate(zip(shown[1:], rows[1:]), start=2):
            numbers = lambda row: [v for v in row[1:] if isinstance(v, (int, float))]  # noqa: E731
            checker.equal(f"{where} row {r}: figures", numbers(got), numbers(want))
            if of and r <= len(rows) and want[0] not in ("Total",):
                key = str(want[0]).split(" – ")[0] if of == "pillar" else want[0]
                names = pillars[evaluation] if of == "pillar" else criteria[evaluation]
                checker.equal(f"{where} row {r}: name", got[0], label(of, names, key))


def main():
    local_dir, english_dir = map(Path, sys.argv[1:3])
    checker = Checker()
    workbook = openpyxl.load_workbook(local_dir / "consolidated.xlsx", data_only=True)
    english = Outputs(english_dir)
    local = matrix_records(workbook, fields_sheet(workbook))
    pillars, criteria = local_names(checker, local, english.records("management-response"))
    checker.equal("localised records", len(local), len(english.records("management-response")))
    dashboard = dashboard_data((local_dir / "dashboard.html").read_text(encoding="utf-8"))
    check_dashboard(checker, dashboard, english.dashboard, pillars, criteria, evaluations_of(english))
    check_tables(checker, workbook, english, pillars, criteria)
    for line in checker.mismatches[:200]:
        print(line)
    print(f"check_localised: {checker.checked} comparisons, {len(checker.mismatches)} mismatch(es)")
    return 1 if checker.mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
