"""check.py's workplan part: start and due from marked periods, dates or the seed's timeline text, and overdue days."""
import calendar
import datetime
import json
import re
from pathlib import Path

EXP = json.loads((Path(__file__).parent / "expected.json").read_text(encoding="utf8"))
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}


def iso(y, m, d):
    return datetime.date(y, m, d).isoformat()


def last_day(y, m):
    return iso(y, m, calendar.monthrange(y, m)[1])


def day_first(text):
    if isinstance(text, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", text):
        d, m, y = map(int, text.split("/"))
        try:
            return iso(y, m, d)
        except ValueError:
            return None
    return text


def period_dates(spec, cells, fills, row):
    marked = [c for c in spec["columns"] if c["field"] == "period"
              and (f"{c['col']}{row}" in cells or fills.get(f"{c['col']}{row}") in ("FF4472C4", "FF70AD47"))]
    if not marked:
        return None, None
    def bounds(p):
        y, part = p["period"].split("-")
        if part.startswith("Q"):
            q = int(part[1])
            return iso(int(y), 3 * q - 2, 1), last_day(int(y), 3 * q)
        return iso(int(y), int(part), 1), last_day(int(y), int(part))
    return bounds(marked[0])[0], bounds(marked[-1])[1]


def timeline_dates(text, year):
    """The seed's timeline strings: 'By' dates are due dates, a range gives both, a bare day is start and due."""
    month = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    end = re.search(r"End " + month + r" (\d{4})", text)
    if end:
        m, y = MONTHS[end.group(1).lower()], int(end.group(2))
        return None, last_day(y, m)
    rng = re.search(r"(\d+)(?:st|nd|rd|th)-(\d+)(?:st|nd|rd|th) of " + month, text)
    if rng:
        m = MONTHS[rng.group(3).lower()]
        return iso(year, m, int(rng.group(1))), iso(year, m, int(rng.group(2)))
    days = [(iso(year, MONTHS[mo.lower()], int(d)), by) for by, d, mo in
            re.findall(r"(By )?(\d+)(?:st|nd|rd|th) (?:of )?" + month, text)]
    if len(days) > 1:
        return days[0][0], days[-1][0]
    return (None if days[0][1] else days[0][0]), days[0][0]


def check_workplan(name, spec, cells, fills, expect):
    as_of = datetime.date.fromisoformat(spec.get("as_of", EXP["as_of"]))
    sections = set(map(int, spec.get("section_rows", {})))
    first, last = spec["data_rows"]
    tasks = [r for r in range(first, last + 1) if r not in sections and f"A{r}" in cells]
    expect(f"{name} tasks", tasks, [t["row"] for t in spec["tasks"]])
    status_col = next((c["col"] for c in spec["columns"] if c["field"] == "status"), None)
    overdue = []
    for t in spec["tasks"]:
        row = t["row"]
        if spec["layout"].startswith("gantt"):
            start, due = period_dates(spec, cells, fills, row)
        elif spec["layout"] == "dated":
            start, due = day_first(cells.get(f"C{row}")), day_first(cells.get(f"D{row}"))
        else:
            expect(f"{name} C{row}", cells.get(f"C{row}"), t["timeline"])
            start, due = timeline_dates(cells[f"C{row}"], spec["year"]["value"])
        expect(f"{name} row {row} start/due", [start, due], [t["start"], t["due"]])
        status = spec.get("status_values", {}).get(cells.get(f"{status_col}{row}"), cells.get(f"{status_col}{row}"))
        done = status in ("Completed", "Cancelled") if status_col else cells.get(f"D{row}") == "✓"
        if due and not done and datetime.date.fromisoformat(due) < as_of:
            overdue.append({"row": row, "due": due, "days_overdue": (as_of - datetime.date.fromisoformat(due)).days})
    expect(f"{name} overdue", overdue, spec["overdue"])
