"""The dashboard's focal-point and partner-assessment sections against the recount, in English, and the promise that
no focal point's name, e-mail or phone reaches the page."""
import json

from common import blank, text


def keyed(checker, where, table, want):
    shown = {r["cells"][0]: r["cells"] for r in table["rows"]}
    checker.equal(f"{where}: rows", sorted(map(str, shown)), sorted(map(str, want)))
    for key, cells in want.items():
        if key in shown:
            checker.equal(f"{where} row {key!r}", shown[key], cells)


def check_focal_points(checker, sections, f, records, page):
    s = sections["focal_points"]
    want = {a: [a, e["focal_points"], e["trained"]] for a, e in f["by_agency"].items()}
    keyed(checker, "dashboard focal points", s["tables"][0], want)
    shown = [r["cells"][0] for r in s["tables"][1]["rows"]]
    checker.equal("dashboard agencies without a focal point", shown, [a["agency"] for a in f["agencies_without"]])
    # Counts only: no contact detail of a person is anywhere in the page's data.
    embedded = json.dumps(page, ensure_ascii=False)
    for r in records:
        for field in ("name", "email", "phone"):
            value = text(r[field])
            if not blank(value) and len(value) > 3:
                checker.equal(f"dashboard holds no focal-point {field} ({r['source_row']})", value in embedded, False)


def check_partner_assessment(checker, sections, p):
    s = sections["partner_risk"]
    keyed(checker, "dashboard partners by risk", s["tables"][0], {k: [k, n] for k, n in p["partners_by_risk"].items()})
    expiring = [[e["partner"], e["agency"], e["assessment_date"], e["years"]] for e in p["expiring"]]
    checker.equal("dashboard expiring", [r["cells"] for r in s["tables"][1]["rows"]], expiring)
    keyed(checker, "dashboard standards not met", s["tables"][2], {k: [k, n] for k, n in p["standards_not_met"].items()})
    s = sections["partner_agencies"]
    levels = ["High", "Moderate", "Low", "not rated"]
    want = {a: [a, e["assessments"], *(e[l] for l in levels)] for a, e in p["by_agency"].items()}
    keyed(checker, "dashboard assessments by agency", s["tables"][0], want)


def check_spellings(checker, sections, m):
    table = sections["coverage"]["tables"][3]
    want = [[x["written"], x["counted_as"], x["reading"], x["rows"], x["standards"]] for x in m["agency_spellings"]]
    checker.equal("dashboard agency spellings", [r["cells"] for r in table["rows"]], want)
