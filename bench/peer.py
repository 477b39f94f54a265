"""The peer: pandas read_excel (openpyxl) on every workbook, then one concat; with --write OUT.xlsx it also writes
the concatenated rows with to_excel (openpyxl, the engine Debian's python3-pandas has), as consolidate writes its
workbook. Usage: python3 peer.py [--write OUT.xlsx] FILE|DIR..."""
import sys
from pathlib import Path
import pandas as pd

args = sys.argv[1:]
out = None
if args[:1] == ["--write"]:
    out, args = args[1], args[2:]
paths = []
for arg in args:
    p = Path(arg)
    paths += sorted(p.rglob("*.xlsx")) if p.is_dir() else [p]
frames = []
for path in paths:
    frames += list(pd.read_excel(path, sheet_name=None, engine="openpyxl").values())
rows = pd.concat(frames, ignore_index=True)
if out:
    rows.to_excel(out, index=False, engine="openpyxl")
print(len(rows), "rows")
