"""Recounts tables.json `management-response` from the records sheet of consolidated.xlsx: recommendations grouped
by file, sheet and number, point answers rolled up, then every count, share and rate computed again."""
import re
from collections import defaultdict

from common import blank, fold, share, text

RESPONSES = ("Accept", "Partially accept", "Not accept")
STATUSES = ("open", "completed", "discarded")
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
    return "open" if "open" in given else "completed" if "completed" in given else "discarded"


def canonical(value, allowed):
    return value if value in allowed else None


class Recommendation:
    def __init__(self, rows):
        self.rows = rows
        self.main = next((r for r in rows if blank(r["point"])), rows[0])
        self.points = [r for r in rows if not blank(r["point"])]
        answers = [canonical(p["response"], RESPONSES + ("n/a",)) for p in self.points]
        main_answer = canonical(self.main["response"], RESPONSES + ("n/a",))
        self.response = roll_up_responses(answers) if any(a is not None for a in answers) else main_answer
        self.answered = [a for a in answers if a is not None and a != "n/a"]
        with_status = [p for p in self.points if not blank(p["status_t2"]) or not blank(p["status_t3"])]
        status_rows = self.points if with_status else [self.main]
        self.status = {
            t: roll_up_statuses([canonical(r[f"status_{t}"], STATUSES) for r in status_rows]) for t in ("t2", "t3")
        }


def recommendations(records):
    groups = defaultdict(list)
    for r in records:
        if isinstance(r["rec_no"], int) and not isinstance(r["rec_no"], bool) and r["rec_no"] > 0:
            groups[(r["source_file"], r["source_sheet"], r["rec_no"])].append(r)
    return [Recommendation(rows) for _, rows in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2]))]


def pillar_of(rec, pillars):
    number = rec.main["rec_no"]
    for p in pillars:
        if p["from"] <= number <= p["to"]:
            return str(p["number"])
    stated = rec.main["pillar"]
    return str(stated) if isinstance(stated, int) else "(no pillar)"


def acceptance():
    return {"Accept": 0, "Partially accept": 0, "Not accept": 0, "total": 0}


def count_response(counts, response):
    counts["total"] += 1
    if response in RESPONSES:
        counts[response] += 1


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
    """The by_unit rows a responsible-units cell belongs to (codes match with or without a bracketed qualifier)."""
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


def recount(records, pillars, unit_rows, checker):
    """unit_rows: the by_unit keys of tables.json (the unit code list is not in the outputs)."""
    recs = recommendations(records)
    out = {
        "acceptance": acceptance(),
        "acceptance_by_point": acceptance(),
        "by_criterion": defaultdict(int),
        "by_pillar": defaultdict(int),
        "pillar_by_response": defaultdict(acceptance),
        "status_t2": {"by_pillar": {}, "by_unit": {}},
        "status_t3": {"by_pillar": {}, "by_unit": {}},
    }
    for rec in recs:
        count_response(out["acceptance"], rec.response)
        for answer in rec.answered or [rec.response]:
            count_response(out["acceptance_by_point"], answer)
        out["by_criterion"][rec.main["criterion_name"] or "(no reference)"] += 1
        pillar = pillar_of(rec, pillars)
        out["by_pillar"][pillar] += 1
        count_response(out["pillar_by_response"][pillar], rec.response)
        where = f"management-response {rec.main['source_file']} › row {rec.main['source_row']}"
        units = unit_keys(rec.main["responsible_units"], unit_rows, where, checker)
        for t in ("t2", "t3"):
            status = rec.status[t] or "blank"
            for table, key in [("by_pillar", pillar)] + [("by_unit", u) for u in units]:
                counts = out[f"status_{t}"][table].setdefault(key, dict.fromkeys(STATUSES + ("blank", "total"), 0))
                counts[status] += 1
                counts["total"] += 1
    for t in ("t2", "t3"):
        statuses = [rec.status[t] for rec in recs]
        out[f"implementation_rate_{t}"] = share(statuses.count("completed"), len(recs) - statuses.count("discarded"))
    return out, recs


def wholes(recs, counts):
    """What a totals row under each matrix table may show: each recommendation (or counted point) once."""
    status_totals = {}
    for t in ("t2", "t3"):
        states = [rec.status[t] or "blank" for rec in recs]
        status_totals[t] = {s: states.count(s) for s in STATUSES + ("blank",)} | {"total": len(recs)}
    return {
        "acceptance": {"count": len(recs)},
        "acceptance_by_point": {"count": counts["acceptance_by_point"]["total"]},
        "by_criterion": {"count": len(recs)},
        "by_pillar": {"count": len(recs)},
        "pillar_by_response": dict(counts["acceptance"]),
        "status_t2.by_pillar": status_totals["t2"],
        "status_t2.by_unit": status_totals["t2"],
        "status_t3.by_pillar": status_totals["t3"],
        "status_t3.by_unit": status_totals["t3"],
    }
