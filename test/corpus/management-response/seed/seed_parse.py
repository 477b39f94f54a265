"""Reads the recommendation blocks of seed 003 into records (see extract_seed.py for the why)."""
import re

LABELS = ("Responsible unit", "Support from", "Support unit", "Support:", "Management response", "Key actions",
          "Overarching Key Action", "Implementation monitoring status", "Comments on implementation status",
          "Final implementation monitoring status", "Final comments on implementation status")
STATUS_LABELS = LABELS[-4:]
FOOTNOTE_BODIES = ("This policy (i) clarifies",)
CRITERION = re.compile(r"([A-Z][A-Za-z]+(?: [A-Za-z]+)?): Recommendation (\d+\.\d+)")
POINT = re.compile(r"Point ([a-h])\s*:\s*")


def clean(text):
    """The words as written, without the PDF's markup."""
    text = re.sub(r"<sup>\d+</sup>", "", text)
    text = re.sub(r"</?(?:b|u)>", "", text)
    text = text.replace("\\$", "$").replace("**", "").replace("*", "")
    text = re.sub(r"^\s*#+\s*", "", text)
    return re.sub(r"\s+", " ", text).strip()


def paragraphs(lines):
    """Non-empty cleaned paragraphs; footnote definitions, their bodies and page numbers dropped."""
    out, in_footnote = [], False
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("<sup>&</sup>"):
            in_footnote = True
            continue
        text = clean(line)
        if re.fullmatch(r"\d+", text):
            continue
        if in_footnote and text.startswith(FOOTNOTE_BODIES):
            continue
        in_footnote = False
        joins = re.match(r"[a-z]", text) and not re.match(r"[a-h][.)] ", text)
        if out and (joins or out[-1].endswith(",")):
            out[-1] += " " + text
        else:
            out.append(text)
    return out


def split_points(text):
    """'Point a: X Point b: Y' → [('a', 'X'), ('b', 'Y')]."""
    parts = POINT.split(text)
    return [(parts[i], parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]


def after_label(text):
    m = re.match(r"[^:–-]*?(?:\(s\))?\s*(?::|–|-)\s*(.*)$", text)
    return m.group(1).strip() if m else ""


def split_support(value):
    """'LEG Support from: DHR' → ('LEG', 'DHR')."""
    m = re.search(r"\s*Support(?: from| unit\(s\))?\s*:\s*", value)
    return (value[:m.start()].strip(), value[m.end():].strip()) if m else (value, None)


def unit_pair(text):
    """'PSEAH, with the support from EO, DOE' → ('PSEAH', 'EO, DOE')."""
    m = re.search(r",?\s*with (?:the )?support from\s*", text)
    return (text[:m.start()].strip(), text[m.end():].strip()) if m else (text.strip(), "")


def parse_rec(number, pillar, line_no, paras):
    rec = {"rec_no": number, "pillar": pillar, "line": line_no, "linked": [], "criterion_label": None,
           "criterion_ref": None, "text": "", "responsible": "", "support": "", "response": None,
           "response_as_written": None, "rationale": "", "key_actions": "", "points": None, "labels_seen": []}
    head = paras[0]
    m = re.search(r"\(+linked[^)]*\)", head)
    if m:
        rec["linked"] = [int(n) for n in re.findall(r"#(\d+)", m.group(0))]
    text, state, points = [], "head", {}
    for i, p in enumerate(paras):
        if i == 0:
            p = re.sub(r"^Recommendation #\d+\s*(?:\(+linked[^)]*\))?", "", p).strip()
        c = CRITERION.match(p)
        if state == "head" and c:
            rec["criterion_label"], rec["criterion_ref"] = c.group(1), c.group(2)
            p = p[c.end():].strip()
            state = "text"
        if not p:
            continue
        label = next((lab for lab in LABELS if p.startswith(lab)), None)
        if label:
            rec["labels_seen"].append(p if label in STATUS_LABELS else label)
        if label == "Responsible unit":
            resp, supp = split_support(after_label(p))
            rec["responsible"] = resp
            if supp is not None:
                rec["support"] = supp
            state = "responsible"
        elif label in ("Support from", "Support unit", "Support:"):
            rec["support"] = after_label(p)
            state = "support" if state != "response" else "response"
        elif label == "Management response":
            value = after_label(p)
            if rec["response_as_written"] is not None:
                rec.setdefault("repeated", []).append(p)
            rec["response_as_written"] = value or None
            state = "response"
        elif label in ("Key actions", "Overarching Key Action"):
            value = after_label(p)
            rec["key_actions"] = (rec["key_actions"] + "\n" + p if label != "Key actions" else value).strip()
            state = "key_actions"
        elif label in STATUS_LABELS:
            state = "status"
        elif state in ("head", "text"):
            text.append(p)
            state = "text"
        elif state == "responsible" and p.startswith("Point"):
            for pt, value in split_points(p):
                points.setdefault(pt, {})["units"] = unit_pair(value)
        elif state == "responsible":
            rec["responsible"] = (rec["responsible"] + " " + p).strip()
        elif state == "support":
            rec["support"] = (rec["support"] + " " + p).strip()
        elif state == "response" and POINT.match(p):
            if rec.get("_run_closed"):
                rec["_run"], rec["_run_closed"] = [], False
            for pt, value in split_points(p):
                points.setdefault(pt, {})["response"] = value
                rec.setdefault("_run", []).append(pt)
        elif state == "response" and rec.get("_run"):
            # A reason after point lines is the last point's, and that of the points just before it with the same
            # response ("Point a: Not accept" / "Point b: Not accept" / reason).
            run = rec["_run"]
            same = [pt for pt in run if points[pt]["response"] == points[run[-1]]["response"]]
            tail = [pt for i, pt in enumerate(run) if all(q in same for q in run[i:])]
            for pt in tail:
                points[pt]["rationale"] = (points[pt].get("rationale", "") + " " + p).strip()
            rec["_run_closed"] = True
        elif state == "response":
            rec["rationale"] = (rec["rationale"] + "\n" + p).strip()
        elif state == "key_actions" and p.startswith("Point") and rec["points"] is None and points:
            for pt, value in split_points(p):
                points.setdefault(pt, {}).setdefault("key_actions_lines", []).append(value)
            rec["key_actions"] = (rec["key_actions"] + "\n" + p).strip()
        elif state == "key_actions":
            rec["key_actions"] = (rec["key_actions"] + "\n" + p).strip()
    rec.pop("_run", None)
    rec.pop("_run_closed", None)
    rec["text"] = "\n".join(text)
    finish_points(rec, points)
    return rec


def finish_points(rec, points):
    """Point rows exist where the seed gives a response per point (#48, #54, #60)."""
    if not any("response" in p for p in points.values()):
        return
    rec["points"] = []
    for pt in sorted(points):
        p = points[pt]
        units = p.get("units", ("", ""))
        rec["points"].append({"point": pt, "responsible": units[0], "support": units[1],
                              "response_as_written": p.get("response"), "rationale": p.get("rationale", ""),
                              "key_actions_lines": p.get("key_actions_lines", [])})


def parse_body(lines, start, stop):
    sections, recs, labels = [], [], []
    pillar, block, block_line, number = None, [], None, None

    def flush():
        if number is not None:
            recs.append(parse_rec(number, pillar_of_block, block_line, paragraphs(block)))

    pillar_of_block = None
    for i in range(start, stop):
        text = clean(lines[i])
        s = re.match(r"Pillar (\d+): (.+)$", text)
        r = re.match(r"Recommendation #(\d+)\b", text)
        if s and not lines[i].startswith("<sup>"):
            flush()
            number, block = None, []
            pillar = int(s.group(1))
            sections.append({"number": pillar, "name": s.group(2), "line": i + 1})
        elif r and not lines[i].startswith("<sup>"):
            flush()
            number, block, block_line, pillar_of_block = int(r.group(1)), [lines[i]], i + 1, pillar
        elif number is not None:
            block.append(lines[i])
    flush()
    for rec in recs:
        labels.extend(lab for lab in rec["labels_seen"] if lab.startswith(STATUS_LABELS))
    distinct = sorted(set(labels), key=labels.index)
    return sections, recs, distinct


def parse_acronyms(lines):
    out = []
    for line in lines:
        text = clean(line)
        m = re.match(r"(\S+) [-–] (.+)$", text)
        if m:
            out.append({"code": m.group(1), "name": m.group(2).strip()})
    return out
