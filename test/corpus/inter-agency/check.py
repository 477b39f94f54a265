"""Recomputes expected.json's tables from the cells of the corpus files, as a second path to the hand counts.

Usage: /usr/bin/python3 check.py FILES_DIR   (prints a JSON list of mismatches; [] when expected.json agrees)
Reads the cells with dump.py's reader (openpyxl) and, per kind: coverage and in-place counts (mappings), totals,
risks, expiry and the cross-agency tables (partner assessments, with boundaries.json), start/due from the marked
periods, dates or timeline text, and overdue days (workplans), focal points per agency. It does not use psea-sheets.
"""
import json
import re
import sys
from pathlib import Path

from check_plans import check_workplan, day_first
from dump import dump

HERE = Path(__file__).parent
EXP = json.loads((HERE / "expected.json").read_text(encoding="utf8"))
MOS = json.loads((HERE / "mos-psea.json").read_text(encoding="utf8"))
RISK = {r["total"]: r["risk"] for r in json.loads((HERE / "boundaries.json").read_text(encoding="utf8"))["rows"]}
AGENCY = {"UNFAP": "UNFPA", "HCR": "UNHCR", "ACNUR": "UNHCR", "OIM": "IOM", "PAM": "WFP", "PMA": "WFP", "OMS": "WHO",
          "ONU Femmes": "UN Women", "ONU Mujeres": "UN Women", "FNUAP": "UNFPA", "Réseau PEAS": "PSEA Network",
          "United Nations Children's Fund": "UNICEF", "World Health Organization": "WHO",
          "International Organization for Migration": "IOM"}
LEGEND_LABEL = {"establecido": "In place", "parcialmente establecido": "In progress", "no establecido": "Not in place"}
problems = []


def expect(where, got, want):
    if got != want:
        problems.append({"where": where, "got": got, "expected": want})


def standard_of(text):
    m = re.match(r"(?:MOS|Norma|NMO)?\s*(\d)\b", text)
    if m:
        return f"MOS-{m.group(1)}"
    for s in MOS["standards"]:
        if text in (s["en"]["text"], s["short"]["en"], s["short"]["en"].replace(" (awareness)", "")):
            return s["id"]
    return None


def check_mapping(name, spec, cells):
    first, last = spec["data_rows"]
    by_col = {c["col"]: c for c in spec["columns"]}
    values = dict(spec.get("status_values", {}))
    for ref in ["A12", "A13", "A14"] if "legend" in spec else []:
        code, label = [p.strip() for p in cells[ref].split("=")]
        values[code] = LEGEND_LABEL[label.lower()]
    coverage, records = {}, 0
    for row in range(first, last + 1):
        agency = cells.get(f"A{row}")
        if agency is None:
            continue
        agency = AGENCY.get(agency, agency)
        if spec["layout"] == "long":
            records += 1
            coverage.setdefault(agency, {})[standard_of(cells[f"C{row}"])] = cells[f"D{row}"]
            continue
        for col, c in by_col.items():
            if c["field"] != "status":
                continue
            records += 1
            raw = cells.get(f"{col}{row}")
            status = None if raw is None else values.get(raw, values.get(str(raw).upper(), raw))
            valid = status in ("In place", "In progress", "Not in place", "Not applicable")
            coverage.setdefault(agency, {})[c["standard"]] = status if valid else None
    expect(f"{name} records", records, spec["records"])
    expect(f"{name} coverage", coverage, spec["coverage"])
    counts = {a: {"in_place": list(s.values()).count("In place"),
                  "total": sum(1 for v in s.values() if v not in (None, "Not applicable"))}
              for a, s in coverage.items()}
    expect(f"{name} in_place_by_agency", counts, spec["in_place_by_agency"])


def assessments(name, spec, cells):
    """{partner: {date, ratings, total, risk}} read from the cells, long or wide."""
    first, last = spec["data_rows"]
    out = {}
    if spec["layout"] == "long":
        label = spec["rating_values"]
        for row in range(first, last + 1):
            a = out.setdefault(cells[f"D{row}"], {"date": cells[f"B{row}"], "agency": cells[f"A{row}"], "ratings": {}})
            a["ratings"][f"CS-{cells[f'G{row}'][2:]}"] = label[cells[f"H{row}"]]
    else:
        rating_cols = [(c["col"], c["standard"]) for c in spec["columns"] if c["field"] == "rating"]
        for row in range(first, last + 1):
            ratings = {s: cells[f"{col}{row}"] for col, s in rating_cols if f"{col}{row}" in cells}
            out[cells[f"A{row}"]] = {"date": cells[f"C{row}"], "agency": "UNHCR", "ratings": ratings}
    as_of_year = int(EXP["as_of"][:4])
    for a in out.values():
        r = a["ratings"]
        a["total"] = sum(r.values()) if len(r) == 6 else None
        a["risk"] = RISK.get(a["total"])
        a["expiring"] = as_of_year - int(a["date"][:4]) >= 4
    return out


def check_assessments(name, spec, cells, found):
    got = assessments(name, spec, cells)
    expect(f"{name} records", sum(len(a["ratings"]) for a in got.values()), spec["records"])
    for want in spec["risk_table"]:
        a = got.get(want["partner"], {})
        ratings = {k: v for k, v in want["ratings"].items() if v is not None}
        expect(f"{name} {want['partner']}", [a.get("date"), a.get("ratings"), a.get("total"), a.get("risk")],
               [want["assessment_date"], ratings, want["total"], want["risk"]])
        expect(f"{name} {want['partner']} expiring", a.get("expiring"), bool(want.get("expiring")))
        found.append({**a, "partner": want["partner"], "file": name})


def check_across(found):
    spec = EXP["across_partner_assessments"]
    latest = {}
    for a in sorted(found, key=lambda a: a["date"]):
        latest[a["partner"]] = a
    expect("across latest_by_partner", {p: a["risk"] for p, a in latest.items()}, spec["latest_by_partner"])
    by_risk = {}
    for a in latest.values():
        by_risk[a["risk"] or "not rated"] = by_risk.get(a["risk"] or "not rated", 0) + 1
    expect("across partners_by_risk", by_risk, spec["partners_by_risk"])
    absent = {f"CS-{i}": sum(1 for a in latest.values() if a["ratings"].get(f"CS-{i}") == 1) for i in range(1, 7)}
    expect("across standards_not_met", absent, spec["standards_not_met"]["counts"])
    risks = {}
    for a in found:
        risks.setdefault(a["partner"], set()).add(a["risk"])
    conflicts = sorted(p for p, r in risks.items() if len(r) > 1)
    expect("across conflicts", conflicts, [c["partner"] for c in spec["conflicts"]])
    expect("across expiring", sorted(p for p, a in latest.items() if a["expiring"]), sorted(spec["expiring"]))


def check_focal_points(name, spec, cells):
    first, last = spec["data_rows"]
    counts = {}
    for row in range(first, last + 1):
        agency = AGENCY.get(cells[f"A{row}"], cells[f"A{row}"])
        counts[agency] = counts.get(agency, 0) + (1 if f"B{row}" in cells else 0)
    expect(f"{name} focal_points_by_agency", counts, spec["focal_points_by_agency"])
    for ref, want in spec["dates"].items():
        expect(f"{name} {ref}", day_first(cells.get(ref)), want)
    bad = [f"D{r}" for r in range(first, last + 1)
           if f"D{r}" in cells and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", cells[f"D{r}"])]
    planted = [d["cell"] for d in spec["defects"] if d["rule"].endswith("email-invalid")]
    expect(f"{name} malformed e-mails", bad, planted)


def main(files_dir):
    found = []
    for name, spec in EXP["files"].items():
        sheet = dump(str(Path(files_dir) / name))["sheets"][spec["sheet"]]
        cells, fills = sheet["cells"], sheet["fills"]
        for c in spec["columns"]:
            row = spec["header_rows"][-1] if f"{c['col']}{spec['header_rows'][-1]}" in cells else spec["header_rows"][0]
            expect(f"{name} header {c['col']}", cells.get(f"{c['col']}{row}"), c["header"])
        kind = spec["kind"]
        if kind == "mapping":
            check_mapping(name, spec, cells)
        elif kind == "partner-assessment":
            check_assessments(name, spec, cells, found)
        elif kind == "action-plan":
            check_workplan(name, spec, cells, fills, expect)
        else:
            check_focal_points(name, spec, cells)
    check_across(found)
    print(json.dumps(problems, ensure_ascii=False, indent=1))


main(sys.argv[1] if len(sys.argv) > 1 else str(HERE / "files"))
