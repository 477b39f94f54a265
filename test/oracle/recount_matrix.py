"""Recounts tables.json `management-response` from the records sheet of consolidated.xlsx, one evaluation at a time
(each record names its evaluation): recommendations grouped by file, sheet and number, point answers rolled up, the
statuses of each round rolled up, key actions counted by status, unit and lateness, every share and rate computed
again. Per row it trusts what the row says (canonical values, derived names, its rounds' statuses as read, its key
actions' count, units and days overdue); everything that groups or counts rows is done here."""
import re
from collections import defaultdict

from common import blank, fold, share, text

RESPONSES = ("Accept", "Partially accept", "Not accept")
STATUSES = ("not started", "in progress", "completed", "no longer applicable")
COUNTED = STATUSES + ("unknown", "blank")
WORD = re.compile(r"\s+(and|et|y)\s+")
NOT_A_UNIT = {"n a", "na", "none", "aucune", "ninguna", "s o"}


def roll_up_responses(answers):
    counted = [a for a in answers if a is not None and a != "n/a"]
    if not counted:
        return "n/a" if "n/a" in answers else None
    if all(a == "Accept" for a in counted):
        return "Accept"
    if all(a == "Not accept" for a in counted):
        return "Not accept"
    return "Partially accept"


def roll_up_statuses(statuses):
    given = [s for s in statuses if s is not None]
    if not given:
        return None
    live = [s for s in given if s != "no longer applicable"]
    if not live:
        return "no longer applicable"
    if all(s == "completed" for s in live):
        return "completed"
    if all(s == "not started" for s in live):
        return "not started"
    return "in progress"


def canonical(value, allowed):
    return value if value in allowed else None


def round_statuses(record):
    """"t2=completed; 2025-12=unknown" → {"t2": "completed", "2025-12": "unknown"}."""
    pairs = (p.split("=", 1) for p in text(record.get("round_statuses")).split("; ") if "=" in p)
    return {k: v for k, v in pairs}


class Recommendation:
    def __init__(self, rows, rounds):
        self.rows = rows
        # The first row that is neither a point nor another key action of the row above is the recommendation's.
        own = [r for r in rows if not r["_continues"]]
        self.main = next((r for r in own if blank(r["point"])), own[0] if own else rows[0])
        self.points = [r for r in own if not blank(r["point"])]
        answers = [canonical(p["response"], RESPONSES + ("n/a",)) for p in self.points]
        main_answer = canonical(self.main["response"], RESPONSES + ("n/a",))
        self.response = roll_up_responses(answers) if any(a is not None for a in answers) else main_answer
        self.answered = [a for a in answers if a is not None and a != "n/a"]
        with_status = [r for r in rows if round_statuses(r)]
        status_rows = with_status or [self.main]
        point_rows = [r for r in status_rows if not blank(r["point"])]
        counted = point_rows or status_rows
        stated = canonical(self.main.get("rec_status"), STATUSES)
        self.status = {}
        for i, key in enumerate(rounds):
            latest = i == len(rounds) - 1
            if latest and stated:
                self.status[key] = stated
            elif any(round_statuses(r).get(key) == "unknown" for r in status_rows):
                self.status[key] = "unknown"
            else:
                self.status[key] = roll_up_statuses([canonical(round_statuses(r).get(key), STATUSES) for r in counted])
        self.latest = self.status[rounds[-1]] if rounds else None


def recommendations(records, rounds):
    groups = defaultdict(list)
    for r in records:
        # Another key action of the recommendation (or point) above, on a row of its own: the row says so.
        r["_continues"] = bool(r["key_action_row"])
        if isinstance(r["rec_no"], int) and not isinstance(r["rec_no"], bool) and r["rec_no"] > 0:
            groups[(r["source_file"], r["source_sheet"], r["rec_no"])].append(r)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2]))
    return [Recommendation(rows, rounds) for _, rows in ordered]


def pillar_of(rec, pillars, checker):
    """By the seed's Table 3 ranges for the 2023 IOM evaluation; the row's own pillar number otherwise."""
    number = rec.main["rec_no"]
    derived = rec.main["pillar_number"]
    if pillars is not None:
        for p in pillars:
            if p["from"] <= number <= p["to"]:
                checker.equal(f"management-response pillar_number of #{number}", derived, p["number"])
                return str(p["number"])
    return str(derived) if isinstance(derived, int) else "(no pillar)"


def acceptance():
    return {"Accept": 0, "Partially accept": 0, "Not accept": 0, "total": 0}


def count_response(counts, response):
    counts["total"] += 1
    if response in RESPONSES:
        counts[response] += 1


def status_counts():
    return dict.fromkeys(COUNTED + ("total",), 0)


def count_status(table, key, status):
    counts = table.setdefault(key, status_counts())
    counts[status or "blank"] += 1
    counts["total"] += 1


def split_units(cell):
    """"PSEAH, DOE (GBV, AAP) and OIG" → PSEAH | DOE (GBV, AAP) | OIG: on , ; and/et/y outside brackets."""
    pieces, depth, current = [], 0, ""
    i = 0
    while i < len(cell):
        ch = cell[i]
        depth = depth + 1 if ch == "(" else max(0, depth - 1) if ch == ")" else depth
        word = WORD.match(cell, i) if depth == 0 else None
        if word or (depth == 0 and ch in ",;\n"):
            pieces.append(current.strip())
            current = ""
            i = word.end() if word else i + 1
            continue
        current += ch
        i += 1
    pieces.append(current.strip())
    return [p for p in pieces if p and fold(p) not in NOT_A_UNIT]


def unit_keys(cell, keys, where, checker):
    """The by_unit rows a units cell belongs to (codes match with or without a bracketed qualifier)."""
    by_fold = {fold(k): k for k in keys}
    found = []
    for piece in split_units(text(cell)):
        parts = [piece] if fold(piece) in by_fold or "/" not in piece else [p.strip() for p in piece.split("/")]
        for token in filter(None, parts):
            base = token.split("(")[0].strip() if token.endswith(")") else token
            key = by_fold.get(fold(token)) or by_fold.get(fold(base))
            if key is None:
                checker.fail(where, f"unit {token!r} is in no by_unit row")
            elif key not in found:
                found.append(key)
    return found or ["(none)"]


def rate(statuses):
    live = [s for s in statuses if s != "no longer applicable"]
    return share(sum(1 for s in statuses if s == "completed"), len(live))


def recount_evaluation(records, rounds, pillars, units, checker):
    """One evaluation's tables. units: the by_unit keys of tables.json per table (no code list is in the outputs)."""
    recs = recommendations(records, rounds)
    out = {
        "acceptance": acceptance(),
        "acceptance_by_point": acceptance(),
        "by_criterion": defaultdict(int),
        "by_pillar": defaultdict(int),
        "pillar_by_response": defaultdict(acceptance),
        "status_by_round": {r: {"by_pillar": {}, "by_unit": {}} for r in rounds},
        "implementation_rate_by_round": {},
    }
    for rec in recs:
        count_response(out["acceptance"], rec.response)
        for answer in rec.answered or [rec.response]:
            count_response(out["acceptance_by_point"], answer)
        digit = re.match(r"^(\d)\.\d+$", text(rec.main["criterion_ref"]))
        out["by_criterion"][rec.main["criterion_name"] or (digit.group(1) if digit else "(no reference)")] += 1
        pillar = pillar_of(rec, pillars, checker)
        out["by_pillar"][pillar] += 1
        count_response(out["pillar_by_response"][pillar], rec.response)
        where = f"management-response {rec.main['source_file']} › row {rec.main['source_row']}"
        for r in rounds:
            count_status(out["status_by_round"][r]["by_pillar"], pillar, rec.status[r])
            for unit in unit_keys(rec.main["responsible_units"], units["round"], where, checker):
                count_status(out["status_by_round"][r]["by_unit"], unit, rec.status[r])
    for r in rounds:
        out["implementation_rate_by_round"][r] = rate([rec.status[r] for rec in recs])
    by_status, by_unit, overdue, statuses = status_counts(), {}, [], []
    for r in records:
        n = r["key_actions_count"] or 0
        status = r["latest_status"] if r["latest_status"] in COUNTED else None
        where = f"management-response {r['source_file']} › row {r['source_row']}"
        for _ in range(n):
            by_status[status or "blank"] += 1
            by_status["total"] += 1
            statuses.append(status)
            for unit in unit_keys(r["key_action_units"], units["key_actions"], where, checker):
                count_status(by_unit, unit, status)
            if r["days_overdue"] is not None:
                overdue.append((r["source_file"], r["source_sheet"], r["source_row"], r["days_overdue"]))
    out["key_actions_by_status"] = by_status
    out["key_actions_by_unit"] = by_unit
    out["implementation_rate"] = {
        "key_actions": rate(statuses) if any(s is not None for s in statuses) else None,
        "recommendations": rate([rec.latest for rec in recs]) if any(rec.latest for rec in recs) else None,
    }
    return out, recs, sorted(overdue)


def recount(records, tables, seed_pillars, checker):
    """tables: tables.json `management-response` (its round keys and unit rows are read, never its counts)."""
    by_evaluation = defaultdict(list)
    for r in records:
        by_evaluation[r["evaluation"]].append(r)
    checker.equal("management-response evaluations", sorted(by_evaluation), sorted(tables["evaluations"]))
    out, all_recs, overdue = {"evaluations": {}}, {}, {}
    for evaluation, rows in by_evaluation.items():
        given = tables["evaluations"].get(evaluation, {})
        rounds = list(given.get("status_by_round", {}))
        seen = {k for r in rows for k in round_statuses(r)}
        checker.equal(f"{evaluation}: rounds with a status are rounds of the tables", sorted(seen - set(rounds)), [])
        units = {
            "round": set().union(*(v["by_unit"] for v in given.get("status_by_round", {}).values())),
            "key_actions": given.get("key_actions_by_unit", {}).keys(),
        }
        pillars = seed_pillars if evaluation == "iom-2023" else None
        out["evaluations"][evaluation], all_recs[evaluation], overdue[evaluation] = recount_evaluation(
            rows, rounds, pillars, units, checker
        )
    return out, all_recs, overdue


def wholes(recs, counts):
    """What a totals row under each table of one evaluation may show: each recommendation (or point) once."""
    out = {
        "acceptance": {"count": len(recs)},
        "acceptance_by_point": {"count": counts["acceptance_by_point"]["total"]},
        "by_criterion": {"count": len(recs)},
        "by_pillar": {"count": len(recs)},
        "pillar_by_response": dict(counts["acceptance"]),
    }
    for r in counts["status_by_round"]:
        states = [rec.status[r] or "blank" for rec in recs]
        out[f"status_by_round.{r}.by_pillar"] = {s: states.count(s) for s in COUNTED} | {"total": len(recs)}
    return out


def pillar_names(records, checker):
    """evaluation → pillar number → the name its rows give (the workbook's and the page's pillar labels); one name
    per pillar of an evaluation."""
    names = defaultdict(dict)
    for r in records:
        number, name = r["pillar_number"], r["pillar_name"]
        if isinstance(number, int) and not blank(name):
            seen = names[r["evaluation"]].setdefault(str(number), name)
            checker.equal(f"management-response {r['evaluation']} pillar {number}: one name", name, seen)
    return names
