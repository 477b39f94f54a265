"""Recounts tables.json `focal-points` and `partner-assessment` from their records sheets, and scores every partner
assessment again from its ratings with eTools' rules written out here apart from the TypeScript (the sum of six
ratings 1-3; 8 or less High, 9-14 Moderate, 15 or more Low; none unless every core standard is rated; expiring when
the reference year minus the assessment year is 4 or more)."""
from common import blank, text

CORE = ["CS-1", "CS-2", "CS-3", "CS-4", "CS-5", "CS-6"]
RISKS = ("High", "Moderate", "Low")
NOT_RATED = "not rated"


def risk_of(total):
    if not total:
        return None
    if total <= 8:
        return "High"
    if total <= 14:
        return "Moderate"
    return "Low"


def provenance(r):
    return {"source_file": r["source_file"], "source_sheet": r["source_sheet"], "source_row": r["source_row"]}


def recount_focal_points(records):
    by_agency, first = {}, {}
    for r in records:
        agency = text(r["agency"])
        if not agency:
            continue
        entry = by_agency.setdefault(agency, {"focal_points": 0, "trained": 0})
        first.setdefault(agency, r)
        if blank(r["name"]) and blank(r["email"]) and blank(r["phone"]):
            continue
        entry["focal_points"] += 1
        entry["trained"] += not blank(r["trained_date"])
    without = [{"agency": a} | provenance(first[a]) for a, e in by_agency.items() if not e["focal_points"]]
    totals = {
        "agencies": len(by_agency),
        "with_focal_point": sum(1 for e in by_agency.values() if e["focal_points"]),
        "focal_points": sum(e["focal_points"] for e in by_agency.values()),
        "trained": sum(e["trained"] for e in by_agency.values()),
    }
    tables = {"by_agency": by_agency, "agencies_without": without, "totals": totals}
    wholes = {"focal-points.by_agency": {"focal_points": totals["focal_points"], "trained": totals["trained"]}}
    return tables, wholes


def assessments_of(records):
    """Records grouped into assessments: one sheet's rows of one agency, partner and date, or a wide row."""
    groups = {}
    for r in records:
        partner = f"id:{text(r['partner_id'])}" if not blank(r["partner_id"]) else f"name:{text(r['partner']).lower()}"
        key = (r["source_file"], r["source_sheet"], text(r["agency"]), partner, text(r["assessment_date"]))
        groups.setdefault(key, {"partner_key": partner, "records": []})["records"].append(r)
    out = []
    for g in groups.values():
        rs = g["records"]
        ratings = {}
        for r in rs:
            standard, rating = text(r["standard_id"]), r["rating"]
            if standard and isinstance(rating, (int, float)) and rating in (1, 2, 3) and standard not in ratings:
                ratings[standard] = int(rating)
        complete = all(s in ratings for s in CORE)
        total = sum(ratings[s] for s in CORE) if complete else None
        first = rs[0]
        out.append(
            {
                "partner": text(first["partner"]),
                "partner_id": text(first["partner_id"]),
                "partner_key": g["partner_key"],
                "agency": text(first["agency"]),
                "date": text(first["assessment_date"])[:10],
                "total": total,
                "risk": risk_of(total),
                "ratings": ratings,
                "records": rs,
                "first": first,
            }
        )
    return out


def recount_partner_assessment(records, as_of):
    year = int(as_of[:4])
    found = assessments_of(records)
    latest = {}
    for a in found:
        known = latest.get(a["partner_key"])
        if known is None or a["date"] >= known["date"]:
            latest[a["partner_key"]] = a
    latest_ids = {id(a) for a in latest.values()}
    levels = [*RISKS, NOT_RATED]
    tables = {
        "assessments": [
            {
                "partner": a["partner"],
                "partner_id": a["partner_id"],
                "agency": a["agency"],
                "assessment_date": a["date"],
                "total": a["total"],
                "risk": a["risk"] or NOT_RATED,
                "expiring": "yes" if a["date"] and year - int(a["date"][:4]) >= 4 else "no",
                "latest": "yes" if id(a) in latest_ids else "no",
            }
            | provenance(a["first"])
            for a in found
        ],
        "partners_by_risk": dict.fromkeys(levels, 0),
        "by_agency": {},
        "expiring": [],
        "standards_not_met": dict.fromkeys(CORE, 0),
    }
    for a in found:
        entry = tables["by_agency"].setdefault(a["agency"], {"assessments": 0} | dict.fromkeys(levels, 0))
        entry["assessments"] += 1
        entry[a["risk"] or NOT_RATED] += 1
    for a in latest.values():
        tables["partners_by_risk"][a["risk"] or NOT_RATED] += 1
        for standard, rating in a["ratings"].items():
            if rating == 1 and standard in tables["standards_not_met"]:
                tables["standards_not_met"][standard] += 1
        if a["date"] and year - int(a["date"][:4]) >= 4:
            tables["expiring"].append(
                {"partner": a["partner"], "agency": a["agency"], "assessment_date": a["date"], "years": year - int(a["date"][:4])}
                | provenance(a["first"])
            )
    by_agency = tables["by_agency"]
    wholes = {
        "partner-assessment.partners_by_risk": {"count": len(latest)},
        "partner-assessment.by_agency": {k: sum(e[k] for e in by_agency.values()) for k in ["assessments", *levels]},
    }
    return tables, wholes, found


def check_scores(checker, found):
    """Every record carries its assessment's total and risk as this recount scores them."""
    for a in found:
        for r in a["records"]:
            where = f"partner-assessment record {r['source_file']} › {r['source_row']}"
            checker.equal(f"{where} assessment_total", r["assessment_total"], a["total"])
            checker.equal(f"{where} assessment_risk", r["assessment_risk"], a["risk"])
