"""Counts every figure the seed declares from the extracted records, and lists where the seed disagrees with itself."""
import itertools
import re
from collections import Counter

RESPONSES = {"accept": "Accept", "partially accept": "Partially accept", "not accept": "Not accept", "n/a": "n/a"}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
CODE = re.compile(r"\b[A-Za-z]+(?:[-/][A-Za-z]+)*\b")


def canonical(response):
    return RESPONSES.get((response or "").strip().lower())


def rollup(values):
    values = [v for v in values if v != "n/a"]
    if values and all(v == "Accept" for v in values):
        return "Accept"
    if values and all(v == "Not accept" for v in values):
        return "Not accept"
    return "Partially accept" if values else None


def response_of(rec):
    if rec["points"]:
        return rollup([canonical(p["response_as_written"]) for p in rec["points"]])
    return canonical(rec["response_as_written"])


def best_assignment(recs):
    """One label per reference digit, one digit per label, maximising the rows that agree."""
    pairs = Counter((int(r["criterion_ref"].split(".")[0]), r["criterion_label"]) for r in recs)
    digits = sorted({d for d, _ in pairs})
    labels = sorted({lab for _, lab in pairs})
    best, best_score = None, -1
    for perm in itertools.permutations(labels, len(digits)):
        score = sum(pairs[(d, lab)] for d, lab in zip(digits, perm))
        if score > best_score:
            best, best_score = dict(zip(digits, perm)), score
    return best, best_score


def unit_tokens(text):
    """Code-like tokens in a units cell: two capitals or more, and at least half the letters capitals."""
    def code_like(t):
        letters = [ch for ch in t if ch.isalpha()]
        upper = sum(ch.isupper() for ch in letters)
        return upper >= 2 and upper * 2 >= len(letters)
    return [t for t in CODE.findall(text or "") if code_like(t)]


def unit_cells(rec):
    cells = [rec["responsible"], rec["support"]]
    for p in rec["points"] or []:
        cells += [p["responsible"], p["support"]]
    return cells


def footnote_elements(footnote):
    out = {}
    for m in re.finditer(r"Recommendation #(\d+) has (\w+) elements? [-–] ([^;]+)", footnote):
        parts = Counter()
        for n, verb in re.findall(r"(\w+) (?:was|were) ((?:not |partially )?accepted)", m.group(3)):
            key = {"accepted": "Accept", "not accepted": "Not accept", "partially accepted": "Partially accept"}[verb]
            parts[key] += WORDS[n]
        out[int(m.group(1))] = {"elements": WORDS[m.group(2)], "by_response": dict(parts)}
    return out


def counts(facts):
    recs = facts["recommendations"]
    numbers = [r["rec_no"] for r in recs]
    by = {r["rec_no"]: r for r in recs}
    assignment, agree = best_assignment(recs)
    mismatches = [{"rec_no": r["rec_no"], "label": r["criterion_label"], "ref": r["criterion_ref"],
                   "expected_label": assignment[int(r["criterion_ref"].split(".")[0])]}
                  for r in recs if r["criterion_label"] != assignment[int(r["criterion_ref"].split(".")[0])]]
    refs = Counter(r["criterion_ref"] for r in recs)
    one_way = [{"rec_no": r["rec_no"], "target": t} for r in recs for t in r["linked"]
               if t in by and r["rec_no"] not in by[t]["linked"]]
    codes = {a["code"] for a in facts["acronyms"]}
    tokens = Counter(t for r in recs for cell in unit_cells(r) for t in unit_tokens(cell))
    unknown = {t: n for t, n in tokens.items() if t not in codes and not all(p in codes for p in t.split("/"))}
    acceptance = Counter(response_of(r) for r in recs)
    table1 = {row["label"]: row["count"] for row in facts["declared"]["table1"]}
    elements = footnote_elements(facts["declared"]["footnote1"])
    for rec_no, fn in elements.items():
        pts = by[rec_no]["points"]
        fn["matrix_points"] = dict(Counter(canonical(p["response_as_written"]) for p in pts)) if pts else None
        fn["matrix_response"] = response_of(by[rec_no])
        fn["agrees"] = fn["matrix_points"] == fn["by_response"] if pts else None
    return {
        "recommendations": len(recs),
        "numbering_contiguous": numbers == list(range(1, len(recs) + 1)),
        "by_pillar_section": dict(Counter(str(r["pillar"]) for r in recs)),
        "by_pillar_table3_range": {str(t["number"]): sum(t["from"] <= n <= t["to"] for n in numbers)
                                   for t in facts["declared"]["table3"]},
        "by_ref_digit": dict(sorted(Counter(r["criterion_ref"].split(".")[0] for r in recs).items())),
        "by_label": dict(sorted(Counter(r["criterion_label"] for r in recs).items())),
        "label_for_digit": {str(d): lab for d, lab in assignment.items()},
        "labels_agreeing": agree,
        "label_ref_mismatches": mismatches,
        "ref_duplicates": sorted(ref for ref, n in refs.items() if n > 1),
        "acceptance_rolled_up": {k: acceptance[k] for k in ("Accept", "Partially accept", "Not accept")},
        "acceptance_declared_table1": table1,
        "point_level_recs": {str(r["rec_no"]): [canonical(p["response_as_written"]) for p in r["points"]]
                             for r in recs if r["points"]},
        "links_one_way": one_way,
        "links_missing_target": [{"rec_no": r["rec_no"], "target": t} for r in recs for t in r["linked"]
                                 if t not in by],
        "unit_tokens_not_in_acronym_list": dict(sorted(unknown.items())),
        "unit_cells_PDX": tokens["PDX"],
        "unit_cells_PXD": tokens["PXD"],
        "footnote1_elements": {str(k): v for k, v in elements.items()},
        "key_actions_empty": [r["rec_no"] for r in recs if not r["key_actions"].strip()],
    }


def anomalies(facts, raw):
    out = []
    recs = facts["recommendations"]
    for r in recs:
        seen = r["labels_seen"]
        if r.get("repeated"):
            twice = "management response written twice: " + "; ".join(r["repeated"])
            out.append({"rec_no": r["rec_no"], "what": twice})
        if "Support from" in seen and seen.index("Support from") > seen.index("Management response"):
            out.append({"rec_no": r["rec_no"], "what": "support units written after the management response"})
        for cell in unit_cells(r):
            if cell.count("(") != cell.count(")"):
                out.append({"rec_no": r["rec_no"], "what": "unbalanced parenthesis in a units cell: " + cell})
        for p in r["points"] or []:
            if not p["key_actions_lines"]:
                out.append({"rec_no": r["rec_no"], "what": "point %s has no key-action line" % p["point"]})
            if len(p["key_actions_lines"]) > 1:
                out.append({"rec_no": r["rec_no"], "what": "point %s has two key-action lines: %s"
                            % (p["point"], " | ".join(p["key_actions_lines"]))})
    names = {s["number"]: s["name"] for s in facts["sections"]}
    for t in facts["declared"]["table3"]:
        if t["name"].lower() != names.get(t["number"], "").lower():
            out.append({"table": 3, "what": "pillar %d is '%s' in Table 3 and '%s' as a section heading"
                        % (t["number"], t["name"], names.get(t["number"]))})
    for line in facts["declared"]["stray_lines"]:
        out.append({"table": 2, "what": "stray line after Table 2: " + line})
    out.append({"text": True, "what": "PXD written %d times in the whole text, PDX %d times"
                % (len(re.findall(r"\bPXD\b", raw)), len(re.findall(r"\bPDX\b", raw)))})
    return out
