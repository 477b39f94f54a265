"""What dashboard.html shows (the data it embeds: tables, charts, header, notes) against the records' counts.
The page is checked in English, whose response and status labels are the canonical values. Keyed tables are
compared by their first cell (the page sorts some of them by size); registers in input order."""
import re

from check_dashboard_inter import check_focal_points, check_partner_assessment, check_spellings

MAX_ROWS = 500  # the page shows a table's first 500 rows and says how many more there are
STATUSES = ("not started", "in progress", "completed", "no longer applicable", "unknown", "blank")
LABELS = {"unknown": "not a status"}  # the English page shows canonical values, and this for a word that is none


def label(status):
    return LABELS.get(status, status)


def round_label(key):
    return "Current" if key == "current" else key.upper() if re.fullmatch(r"t\d", key) else key


def rate(counts):
    """None when nothing is reported at that time (every status blank): the page says "not reported", not 0%."""
    base = counts["total"] - counts["no longer applicable"]
    return counts["completed"] / base if base > 0 and reported(counts) else None


def reported(counts):
    return counts["total"] - counts["blank"] > 0


def same_cells(checker, where, got, want):
    checker.equal(f"{where}: cells", len(got), len(want))
    for c, (g, w) in enumerate(zip(got, want)):
        checker.equal(f"{where} column {c + 1}", g, w, tolerance=1e-9)


def keyed_rows(checker, where, table, want):
    """want: first cell → the row's cells; every key shown once, none missing. A row whose first cell the page
    shows otherwise (a pillar with its name) gives its canonical key as `key`."""
    shown = {r.get("key", r["cells"][0]): [r.get("key", r["cells"][0]), *r["cells"][1:]] for r in table["rows"]}
    checker.equal(f"{where}: rows", sorted(map(str, shown)), sorted(map(str, want)))
    for key, cells in want.items():
        if key in shown:
            same_cells(checker, f"{where} row {key!r}", shown[key], cells)


def listed_rows(checker, where, table, want):
    """Rows in input order, the first 500 shown, and the count the page says it left out."""
    rows = [r["cells"] for r in table["rows"]]
    checker.equal(f"{where}: rows shown", len(rows), min(len(want), MAX_ROWS))
    for i, (got, cells) in enumerate(zip(rows, want)):
        same_cells(checker, f"{where} row {i + 1}", got, cells)
    checker.equal(f"{where}: rows left out", table.get("omitted", 0), max(0, len(want) - MAX_ROWS))


def series(checker, where, chart, name, want):
    """want: category → value; the chart's bar for each category it draws."""
    found = [s for s in chart["series"] if s["name"] == name]
    if not checker.equal(f"{where} chart: series {name!r}", len(found), 1):
        return
    drawn = dict(zip(chart.get("keys", chart["categories"]), found[0]["data"]))
    checker.equal(f"{where} chart {name!r}: categories", sorted(drawn), sorted(want))
    for category, value in want.items():
        checker.equal(f"{where} chart {name!r} {category!r}", drawn.get(category), value)


def pillar_labels(checker, where, section, names):
    """Each pillar's row and bar shows its number and the name its records give ("2 – Institutional…"), in the
    page's language, its number kept as the key; the number alone where the records name it nowhere."""
    label = lambda key: f"{key} – {names[key]}" if key in names else key  # noqa: E731
    rows = section["tables"][0]["rows"]
    want = [label(r.get("key", r["cells"][0])) for r in rows]
    checker.equal(f"{where}: pillar labels", [r["cells"][0] for r in rows], want)
    chart = section["chart"]
    keys = chart.get("keys", chart["categories"])
    checker.equal(f"{where} chart: pillar labels", chart["categories"], [label(k) for k in keys])


def check_matrix(checker, sections, tables, names=None):
    """Each evaluation's sections: the first keeps the plain ids, the others end in -e2, -e3…"""
    for i, (evaluation, m) in enumerate(tables["evaluations"].items()):
        own = {k.removesuffix(f"-e{i + 1}"): v for k, v in sections.items() if i == 0 or k.endswith(f"-e{i + 1}")}
        check_evaluation(checker, own, m, f"dashboard {evaluation}")
        for section in ("pillar_by_response", "status_by_pillar"):
            pillar_labels(checker, f"dashboard {evaluation} {section}", own[section], (names or {}).get(evaluation, {}))


def check_evaluation(checker, sections, m, at):
    acc, by_point = m["acceptance"], m["acceptance_by_point"]
    levels = [k for k in acc if k != "total"]
    s = sections["acceptance"]
    keyed_rows(checker, f"{at} acceptance", s["tables"][0], {l: [l, acc[l], by_point[l]] for l in levels})
    series(checker, f"{at} acceptance", s["chart"], "Recommendations", {l: acc[l] for l in levels})
    series(checker, f"{at} acceptance", s["chart"], "Points", {l: by_point[l] for l in levels})
    pbr = m["pillar_by_response"]
    s = sections["pillar_by_response"]
    want = {p: [p, *(pbr[p][l] for l in levels), pbr[p]["total"]] for p in pbr}
    keyed_rows(checker, f"{at} pillar_by_response", s["tables"][0], want)
    for l in levels:
        series(checker, f"{at} pillar_by_response", s["chart"], l, {p: pbr[p][l] for p in pbr})
    s = sections["by_criterion"]
    keyed_rows(checker, f"{at} by_criterion", s["tables"][0], {c: [c, n] for c, n in m["by_criterion"].items()})
    series(checker, f"{at} by_criterion", s["chart"], "Recommendations", dict(m["by_criterion"]))
    rounds = m["status_by_round"]
    pillars = list(dict.fromkeys(p for r in rounds.values() for p in r["by_pillar"]))
    blank = dict.fromkeys(STATUSES + ("total",), 0)

    def cells(p):
        """Each round's counts for the pillar, then that round's rate."""
        out = []
        for r in rounds.values():
            counts = r["by_pillar"].get(p, blank)
            out += [*(counts[x] for x in STATUSES), rate(counts)]
        return out

    s = sections["status_by_pillar"]
    keyed_rows(checker, f"{at} status_by_pillar", s["tables"][0], {p: [p, *cells(p)] for p in pillars})
    for key, r in rounds.items():
        for x in STATUSES:
            want = {p: r["by_pillar"].get(p, blank)[x] for p in pillars}
            series(checker, f"{at} status_by_pillar", s["chart"], f"{round_label(key)} {label(x)}", want)
    shown = [float(n) for n in re.findall(r" ([\d.]+)%", s.get("note", ""))]
    given = m["implementation_rate_by_round"]
    rates = [
        given[k] for k, r in rounds.items() if given.get(k) is not None and any(map(reported, r["by_pillar"].values()))
    ]
    checker.equal(f"{at} implementation rates shown", len(shown), len(rates))
    for got, want_rate in zip(shown, rates):
        checker.equal(f"{at} implementation rate (%)", got, want_rate * 100, tolerance=0.05 + 1e-9)
    # The last round someone reported: a Time 3 nobody has reported yet would show every unit blank.
    answered = [k for k, r in rounds.items() if any(map(reported, r["by_pillar"].values()))]
    latest = (answered or list(rounds))[-1] if rounds else None
    units = rounds[latest]["by_unit"] if latest else {}
    s = sections["status_by_unit"]
    want = {u: [u, *(units[u][x] for x in STATUSES), units[u]["total"]] for u in units}
    keyed_rows(checker, f"{at} status_by_unit", s["tables"][0], want)
    for x in STATUSES:
        series(checker, f"{at} status_by_unit", s["chart"], label(x), {u: units[u][x] for u in units})
    check_key_actions(checker, sections, m, at)


def check_key_actions(checker, sections, m, at):
    by_status = m["key_actions_by_status"]
    if not by_status["total"]:
        checker.equal(f"{at}: no key action, no key-action section", "key_actions_by_status" in sections, False)
        return
    s = sections["key_actions_by_status"]
    want = {label(x): [label(x), by_status[x]] for x in STATUSES if by_status[x]}
    keyed_rows(checker, f"{at} key_actions_by_status", s["tables"][0], want)
    series(checker, f"{at} key_actions_by_status", s["chart"], "Key actions", {k: v[1] for k, v in want.items()})
    units = m["key_actions_by_unit"]
    s = sections["key_actions_by_unit"]
    want = {u: [u, *(units[u][x] for x in STATUSES), units[u]["total"]] for u in units}
    keyed_rows(checker, f"{at} key_actions_by_unit", s["tables"][0], want)
    overdue = m["overdue_key_actions"]
    want = [
        [o["key_action_no"], o["key_action"], o["responsible_units"], o["due"], label(o["status"] or ""), o["days_overdue"]]
        for o in overdue
    ]
    listed_rows(checker, f"{at} overdue key actions", sections["overdue_key_actions"]["tables"][0], want)


def check_mapping(checker, sections, m):
    coverage = [[a, s, status] for a, row in m["coverage"].items() for s, status in row.items()]
    s = sections["coverage"]
    shown = [r["cells"] for r in s["tables"][0]["rows"]]
    checker.equal("dashboard coverage: cells shown", len(shown), min(len(coverage), MAX_ROWS))
    missing = [c[:3] for c in shown if c[:3] not in coverage]
    checker.equal("dashboard coverage: cells the records do not give", missing, [])
    checker.equal("dashboard coverage heatmap: cells", len(s["chart"]["cells"]), len(coverage))
    # A cell whose first row wrote the agency with a typo is marked, naming the spelling; no other cell is.
    typos = {
        (x["counted_as"], st): x["written"]
        for x in m["agency_spellings"]
        if x["reading"] == "typo"
        for st in x["standards"].split(", ")
        if st
    }
    marked = [[c[0], c[1], c[3]] for c in shown if len(c) > 3 and c[3]]
    checker.equal("dashboard coverage: marked cells", sorted(c[:2] for c in marked), sorted([a, st] for a, st in typos))
    checker.equal("dashboard coverage: marks name the spelling", [typos[(a, st)] in n for a, st, n in marked],
                  [True] * len(marked))
    checker.equal("dashboard coverage heatmap: marks", len(s["chart"].get("marks", [])), len(typos))
    gaps = [[g["agency"], g["standard"], g["gap"], g["planned_action"], g["timeline"]] for g in m["gap_register"]]
    listed_rows(checker, "dashboard gap register", s["tables"][1], gaps)
    practice = [[g["agency"], g["standard"], g["good_practice"]] for g in m["good_practice"]]
    listed_rows(checker, "dashboard good practice", s["tables"][2], practice)
    area = m["in_place_by_area"]
    s = sections["in_place_by_area"]
    want = {a: [a, v["in_place"], v["total"], v["share"] or 0] for a, v in area.items()}
    keyed_rows(checker, "dashboard in_place_by_area", s["tables"][0], want)
    series(checker, "dashboard in_place_by_area", s["chart"], "Share", {a: v["share"] or 0 for a, v in area.items()})
    check_spellings(checker, sections, m)


def check_action_plan(checker, sections, a):
    s = sections["workplan"]
    keyed_rows(checker, "dashboard workplan", s["tables"][0], {k: [k, n] for k, n in a["by_status"].items()})
    series(checker, "dashboard workplan", s["chart"], "Count", dict(a["by_status"]))
    want = [[o["task"], o["responsible_orgs"], o["due"], o["status"], o["days_overdue"]] for o in a["overdue"]]
    listed_rows(checker, "dashboard overdue", s["tables"][1], want)


def check_dashboard(outputs, recount, figures, checker, names=None):
    data = outputs.dashboard
    sections = {s["id"]: s for s in data["sections"]}
    header = {h["label"]: h["value"] for h in data["header"]}
    for label, key in [
        ("Files", "files"),
        ("Rows read", "rows_read"),
        ("Rows consolidated", "rows_consolidated"),
        ("Rows set aside", "rows_set_aside"),
        ("Errors", "errors"),
        ("Warnings", "warnings"),
    ]:
        checker.equal(f"dashboard header {label}", header.get(label), figures[key])
    checks = {
        "management-response": lambda c, s, m: check_matrix(c, s, m, names),
        "mapping": check_mapping,
        "action-plan": check_action_plan,
        "focal-points": lambda c, s, f: check_focal_points(c, s, f, outputs.records("focal-points"), data),
        "partner-assessment": check_partner_assessment,
    }
    for key, check in checks.items():
        if key in recount:
            check(checker, sections, recount[key])
        else:
            empty = all(sections[s].get("empty") for s in SECTIONS[key])
            checker.equal(f"dashboard {key}: its sections say there is no data", empty, True)
    rules = figures["by_rule"]
    want = {r: [r, c["error"], c["warning"], c["info"], sum(c.values())] for r, c in rules.items()}
    if want:
        # A table per severity, a row per rule: its title in the page's language, its count, its id as the key.
        got = {}
        for table in sections["findings"]["tables"]:
            for row in table["rows"]:
                counts = got.setdefault(row["key"], {"error": 0, "warning": 0, "info": 0})
                counts[table["severity"]] += row["cells"][1]
        shown = {r: [r, c["error"], c["warning"], c["info"], sum(c.values())] for r, c in got.items()}
        checker.equal("dashboard findings by rule: rules", sorted(shown), sorted(want))
        for rule, cells in want.items():
            if rule in shown:
                same_cells(checker, f"dashboard findings by rule row {rule!r}", shown[rule], cells)


SECTIONS = {
    "management-response": (
        "acceptance",
        "pillar_by_response",
        "by_criterion",
        "status_by_pillar",
        "status_by_unit",
        "key_actions_by_status",
        "key_actions_by_unit",
        "overdue_key_actions",
    ),
    "mapping": ("coverage", "in_place_by_area"),
    "action-plan": ("workplan",),
    "focal-points": ("focal_points",),
    "partner-assessment": ("partner_risk", "partner_agencies"),
}
