#!/usr/bin/env python3
"""
An oracle for `psea consolidate`, written apart from its TypeScript: it reads the records sheets of consolidated.xlsx
with openpyxl, counts every table of tables.json again from them, and checks that tables.json, each table sheet of
consolidated.xlsx (stored values, totals rows) and what dashboard.html shows all say the same.

It trusts what each record row says (canonical values, derived names and dates of that row, its rounds' statuses, its
key actions' count, units and days overdue) and recomputes everything that groups or counts rows, one evaluation at a
time: recommendations and their point roll-ups, acceptance, criteria, pillars (checked against the seed's number
ranges for the iom-2023 evaluation), statuses round by round, rates, units, key actions by status and unit and the
overdue list, mapping coverage and shares, registers, workplan counts and overdue days.

  /usr/bin/python3 test/oracle/oracle.py OUT_DIR --as-of yyyy-mm-dd \
      --facts test/corpus/management-response/seed/seed-facts.json

Prints one line per mismatch and a summary; exit 0 when everything agrees, 1 otherwise.
"""
import argparse
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # tests leave no __pycache__ in the tree
sys.path.insert(0, str(Path(__file__).parent))

from check_dashboard import check_dashboard  # noqa: E402
from check_sheets import check_table_sheets  # noqa: E402
from common import Checker  # noqa: E402
from outputs import Outputs  # noqa: E402
from recount_matrix import pillar_names, recount as recount_matrix, wholes as matrix_wholes  # noqa: E402
from recount_other import recount_action_plan, recount_mapping, run_figures  # noqa: E402
from recount_inter import check_scores, recount_focal_points, recount_partner_assessment  # noqa: E402


def plain(value):
    """defaultdicts and tuples as the JSON types tables.json has."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def compare(checker, where, got, want):
    """tables.json (got) against the recount (want), key by key; shares and rates to 4 decimals."""
    if isinstance(want, dict) and isinstance(got, dict):
        checker.equal(f"{where}: keys", sorted(map(str, got)), sorted(map(str, want)))
        for key in want:
            if key in got:
                compare(checker, f"{where}.{key}", got[key], want[key])
    elif isinstance(want, list) and isinstance(got, list):
        if checker.equal(f"{where}: entries", len(got), len(want)):
            for i, (g, w) in enumerate(zip(got, want)):
                compare(checker, f"{where}[{i}]", g, w)
    else:
        checker.equal(where, got, want, tolerance=1e-9)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--as-of", required=True)
    parser.add_argument("--facts", required=True, help="the seed's facts: its Table 3 gives the pillar ranges")
    args = parser.parse_args()
    facts = json.loads(Path(args.facts).read_text(encoding="utf-8"))
    outputs = Outputs(args.out)
    checker = Checker()
    recount, wholes, names = {}, {}, {}
    if "management-response" in outputs.tables:
        given = outputs.tables["management-response"]
        tables, recs, overdue = recount_matrix(
            outputs.records("management-response"), given, facts["declared"]["table3"], checker
        )
        for evaluation, own in tables["evaluations"].items():
            # The overdue list is compared by where each entry comes from and its days, in any order.
            listed = given["evaluations"].get(evaluation, {}).get("overdue_key_actions", [])
            got = sorted((o["source_file"], o["source_sheet"], o["source_row"], o["days_overdue"]) for o in listed)
            checker.equal(f"tables.json {evaluation} overdue_key_actions", got, overdue[evaluation])
            own["overdue_key_actions"] = listed
            wholes |= {(evaluation, k): v for k, v in matrix_wholes(recs[evaluation], own).items()}
        recount["management-response"] = plain(tables)
        names = pillar_names(outputs.records("management-response"), checker)
    if "mapping" in outputs.tables:
        recount["mapping"], more = recount_mapping(outputs.records("mapping"))
        wholes |= more
    if "action-plan" in outputs.tables:
        recount["action-plan"], more = recount_action_plan(outputs.records("action-plan"), args.as_of)
        wholes |= more
    if "focal-points" in outputs.tables:
        recount["focal-points"], more = recount_focal_points(outputs.records("focal-points"))
        wholes |= more
    if "partner-assessment" in outputs.tables:
        recount["partner-assessment"], more, found = recount_partner_assessment(
            outputs.records("partner-assessment"), args.as_of
        )
        check_scores(checker, found)
        wholes |= more
    for key in ("management-response", "mapping", "action-plan", "focal-points", "partner-assessment"):
        has_records = bool(outputs.records(key))
        checker.equal(f"tables.json has {key} exactly when there are records", key in outputs.tables, has_records)
    for key, tables in recount.items():
        compare(checker, f"tables.json {key}", outputs.tables[key], tables)
    check_table_sheets(outputs, wholes, checker, names)
    figures = run_figures(outputs)
    checker.equal("findings.json entries", len(outputs.findings_json["findings"]), figures["findings"])
    checker.equal("findings.json counts", outputs.findings_json["counts"]["findings"], figures["findings"])
    accounted = figures["rows_consolidated"] + figures["rows_set_aside"]
    checker.equal("About: rows read = consolidated + set aside", figures["rows_read"], accounted)
    check_dashboard(outputs, recount, figures, checker, names)
    for line in checker.mismatches[:200]:
        print(line)
    more = len(checker.mismatches) - 200
    if more > 0:
        print(f"… and {more} more")
    print(f"oracle: {checker.checked} comparisons, {len(checker.mismatches)} mismatch(es)")
    return 1 if checker.mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
