#!/usr/bin/env python3
"""Extract the facts of seed 003 (the IOM 2023 management-response matrix) from its text, as written.

Usage:  /usr/bin/python3 -B extract_seed.py ../../../../../shared/seeds/003_e0cad89f7b6f56f0.txt > seed-facts.json

The seed is a PDF turned into text: markdown marks (#, **, *), <sup>n</sup> footnote calls, footnote
definitions ("<sup>&</sup>lt;sup>n</sup> ...") in the middle of recommendations, a page number, and
paragraphs broken across lines. This script keeps the words as written and only removes that markup.
Two things are decided by hand, both listed in NOTES below. The counts at the end are computed here
from the extracted records; corpus.test.ts recomputes them in TypeScript from the records and compares.
"""
import hashlib
import json
import re
import sys

from seed_parse import parse_body, parse_acronyms, clean
from seed_counts import anomalies, canonical, counts, response_of

NOTES = [
    "The paragraph after footnote 19 ('This policy (i) clarifies ...') belongs to the footnote, not to #48.",
    "A paragraph starting with a lower-case letter continues the paragraph before it (the PDF broke it).",
]


def table_lines(lines, title, stop):
    start = next(i for i, line in enumerate(lines) if title in line)
    end = next(i for i in range(start + 1, len(lines)) if stop in lines[i])
    return [line for line in lines[start + 1:end] if "\t" in line]


def ranged_rows(lines, title, stop):
    """Rows "N<TAB>name<TAB>from – to<TAB>K recommendations" of Table 2 or 3."""
    for line in table_lines(lines, title, stop):
        cells = [clean(c) for c in line.split("\t")]
        if re.fullmatch(r"\d", cells[0]):
            lo, hi = re.split(r"\s*[–-]\s*", cells[2])
            yield int(cells[0]), cells[1], cells[2], lo, hi, int(re.match(r"\d+", cells[3]).group(0))


def declared(lines):
    table1 = []
    for line in table_lines(lines, "Table 1:", "The External Evaluation recommendations"):
        raw = line.split("\t")
        cells = [clean(c) for c in raw]
        m = re.match(r"(\d+) recommendations?$", cells[1]) if len(cells) > 1 else None
        note = re.search(r"<sup>(\d+)</sup>", raw[1]) if len(raw) > 1 else None
        if cells[0] != "Level of acceptance" and m:
            table1.append({"label": cells[0], "count": int(m.group(1)), "footnote": note and int(note.group(1))})
    table2 = [{"digit": n, "label": label, "range": rng, "from": lo, "to": hi, "count": count}
              for n, label, rng, lo, hi, count in ranged_rows(lines, "Table 2:", "For the purposes of")]
    table3 = [{"number": n, "name": name, "range": rng, "from": int(lo), "to": int(hi), "count": count}
              for n, name, rng, lo, hi, count in ranged_rows(lines, "Table 3:", "# Pillar 1")]
    footnote = next(clean(re.sub(r"^<sup>&</sup>lt;sup>1</sup>", "", line)) for line in lines
                    if line.startswith("<sup>&</sup>lt;sup>1</sup>"))
    garbage = [line.strip() for line in lines[:60] if re.match(r"^<sup>\d+</sup>AL", line)]
    return {"table1": table1, "table2": table2, "table3": table3, "footnote1": footnote,
            "stray_lines": garbage}


def main(path):
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    body_start = next(i for i, line in enumerate(lines) if re.match(r"^#\s*Pillar 1:", line))
    acr_start = next(i for i, line in enumerate(lines) if "List of Acronyms" in line)
    sections, recs, status_labels = parse_body(lines, body_start, acr_start)
    facts = {
        "source": "shared/seeds/003_e0cad89f7b6f56f0.txt",
        "sha256": hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        "extracted_by": "test/corpus/management-response/seed/extract_seed.py",
        "notes": NOTES,
        "title": clean(lines[2]),
        "published": clean(next(line for line in lines if line.startswith("Date of publication"))).split(": ")[1],
        "declared": declared(lines),
        "sections": sections,
        "status_labels": status_labels,
        "recommendations": recs,
        "acronyms": parse_acronyms(lines[acr_start + 1:]),
    }
    for rec in recs:
        rec["response"] = response_of(rec)
        for point in rec["points"] or []:
            point["response"] = canonical(point["response_as_written"])
    facts["counts"] = counts(facts)
    facts["anomalies"] = anomalies(facts, raw)
    json.dump(facts, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
