"""The peer: pandas read_excel (openpyxl) on every workbook, then one concat. Usage: python3 peer.py FILE|DIR..."""
import sys
from pathlib import Path
import pandas as pd

paths = []
for arg in sys.argv[1:]:
    p = Path(arg)
    paths += sorted(p.rglob("*.xlsx")) if p.is_dir() else [p]
frames = []
for path in paths:
    frames += list(pd.read_excel(path, sheet_name=None, engine="openpyxl").values())
print(len(pd.concat(frames, ignore_index=True)), "rows")
