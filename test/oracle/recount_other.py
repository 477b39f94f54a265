"""Recounts tables.json `mapping` and `action-plan` from the records sheets, and the run's own figures (rows, files,
findings by rule and severity) from the Findings and About sheets."""
from collections import defaultdict
from datetime import date

from common import blank, share, text

MAPPING_STATUSES = ("In place", "In progress", "Not in place", "Not applicable")
AREAS = (
    "Management and coordination",
    "Engagement with and support of local communities",
    "Prevention",
    "Response",
    "Other",
)
TASK_STATUSES = ("Not started", "In progress", "Completed", "Delayed", "Cancelled")
CLOSED = ("Completed", "Cancelled")


def provenance(r):
    return {"source_file": r["source_file"], "source_sheet": r["source_sheet"], "source_row": r["source_row"]}


def first_rows(records):
    """The first row of each agency × recognised standard, in input order: what the mapping counts."""
    seen = {}
    for r in records:
        if not blank(r["agency"]) and not blank(r["standard_area"]):
            seen.setdefault((text(r["agency"]), text(r["standard"])), r)
    return list(seen.values())


def in_place(rows, key_of, keys=()):
    table = {k: {"in_place": 0, "total": 0} for k in keys}
    for r in rows:
        entry = table.setdefault(key_of(r), {"in_place": 0, "total": 0})
        status = r["status"] if r["status"] in MAPPING_STATUSES else None
        if status and status != "Not applicable":
            entry["total"] += 1
            entry["in_place"] += status == "In place"
    return {k: v | {"share": share(v["in_place"], v["total"])} for k, v in table.items()}


# The set each standard's id belongs to, in the catalogue's order.
SETS = (("MOS-", "iasc-mos-psea"), ("KPA-", "seed-2020-key-actions"), ("CS-", "un-ip-psea-core"))


def row_records(records):
    """The first record of each input row: a checklist row is one record per standard, one row."""
    seen = {}
    for r in records:
        seen.setdefault((r["source_file"], r["source_sheet"], r["source_row"]), r)
    return list(seen.values())


def spellings(rows, firsts):
    """Agencies written another way; `standards`: the coverage cells whose first row was written so."""
    out = {}
    for r in rows:
        written = text(r["agency_written"])
        if not written:
            continue
        key = (written, text(r["agency"]))
        if key in out:
            out[key]["rows"] += 1
            continue
        reading = "typo" if blank(r["agency_name"]) else "other spelling"
        out[key] = {"written": written, "counted_as": key[1], "reading": reading, "rows": 1, "standards": []}
        out[key] |= provenance(r)
    for r in firsts:
        key = (text(r["agency_written"]), text(r["agency"]))
        if key in out and r["status"] in MAPPING_STATUSES:
            out[key]["standards"].append(text(r["standard"]))
    return [x | {"standards": ", ".join(x["standards"])} for x in out.values()]


def checked_against(records):
    """Each sheet's sets, inferred from the recognised standards its records name."""
    sheets = {}
    for r in records:
        used = sheets.setdefault((r["source_file"], r["source_sheet"]), set())
        if not blank(r["standard_area"]):
            used.update(s for prefix, s in SETS if text(r["standard"]).startswith(prefix))
    return [
        {"sets": ", ".join(s for _, s in SETS if s in used), "how": "inferred", "source_file": f, "source_sheet": sh}
        for (f, sh), used in sheets.items()
    ]


def recount_mapping(records):
    firsts = first_rows(records)
    rows = row_records(records)
    coverage = defaultdict(dict)
    for r in firsts:
        if r["status"] in MAPPING_STATUSES:
            coverage[text(r["agency"])][text(r["standard"])] = r["status"]
    gaps = [
        {
            "agency": text(r["agency"]),
            "standard": "" if not blank(r["source_cell"]) else text(r["standard"]),
            "gap": text(r["gaps"]),
            "planned_action": text(r["planned_action"]),
            "timeline": text(r["timeline_date"] or r["timeline"]),
        }
        | provenance(r)
        for r in rows
        if not blank(r["gaps"]) or not blank(r["planned_action"])
    ]
    practice = [
        {
            "agency": text(r["agency"]),
            "standard": "" if not blank(r["source_cell"]) else text(r["standard"]),
            "good_practice": text(r["good_practice"]),
        }
        | provenance(r)
        for r in rows
        if not blank(r["good_practice"])
    ]
    counted = [r for r in firsts if r["status"] in MAPPING_STATUSES and r["status"] != "Not applicable"]
    overall = {"in_place": sum(r["status"] == "In place" for r in counted), "total": len(counted)}
    tables = {
        "coverage": dict(coverage),
        "in_place_by_area": in_place(firsts, lambda r: r["standard_area"], AREAS),
        "in_place_by_agency": in_place(firsts, lambda r: text(r["agency"])),
        "gap_register": gaps,
        "good_practice": practice,
        "agency_spellings": spellings(rows, firsts),
        "checked_against": checked_against(records),
    }
    wholes = {"mapping.in_place_by_area": overall, "mapping.in_place_by_agency": overall}
    return tables, wholes


def recount_action_plan(records, as_of):
    statuses = TASK_STATUSES + ("(blank)",)
    by_status = dict.fromkeys(statuses, 0)
    by_area = {}
    overdue = []
    for r in records:
        status = r["status"] if r["status"] in TASK_STATUSES else "(blank)"
        # A section row's title is the area of the tasks under it, named or not.
        area = r["area"] if r["area"] in AREAS or (not blank(r["section"]) and r["area"] == r["section"]) else "(no area)"
        by_status[status] += 1
        by_area.setdefault(area, dict.fromkeys(statuses, 0))[status] += 1
        due = text(r["due_date"])
        if due and due < as_of and status not in CLOSED:
            days = (date.fromisoformat(as_of) - date.fromisoformat(due)).days
            row = {"task": text(r["task"]), "responsible_orgs": text(r["responsible_orgs"]), "due": due}
            overdue.append(row | {"status": status, "days_overdue": days} | provenance(r))
    tables = {"by_status": by_status, "by_area": by_area, "overdue": overdue}
    wholes = {"action-plan.by_status": {"count": len(records)}, "action-plan.by_area": by_status}
    return tables, wholes


def run_figures(outputs):
    """Files, rows and findings as the About and Findings sheets record them, counted again."""
    about = outputs.about()
    value = {row[0]: row[1] for row in about}
    set_aside = sum(row[1] for row in about if str(row[0]).startswith("rows set aside"))
    # Rows, not records: a checklist row is one record per standard, a partner row one per core standard.
    records = sum(
        len({(r["source_file"], r["source_sheet"], r["source_row"]) for r in outputs.records(k)})
        for k in ("management-response", "mapping", "action-plan", "focal-points", "partner-assessment")
    )
    findings = outputs.rows("Findings")
    by_rule = defaultdict(lambda: {"error": 0, "warning": 0, "info": 0})
    for f in findings:
        by_rule[f["rule"]][f["severity"]] += 1
    return {
        "files": sum(1 for row in about if row[0] == "input"),
        "rows_read": value.get("rows read"),
        "rows_consolidated": records,
        "rows_set_aside": set_aside,
        "errors": sum(f["severity"] == "error" for f in findings),
        "warnings": sum(f["severity"] == "warning" for f in findings),
        "findings": len(findings),
        "by_rule": dict(by_rule),
    }
