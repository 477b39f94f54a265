"""extract-etools.py's access to a unicef/etools clone: files at a commit, cited by the lines holding quoted code."""
import html
import json
import re
import subprocess
import sys

if len(sys.argv) < 2:
    sys.exit("usage: /usr/bin/python3 extract-etools.py ETOOLS_GIT_DIR (a clone of github.com/unicef/etools)")
GIT = sys.argv[1]
INDICATORS = "src/etools/applications/core/data/psea_indicators.json"


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", GIT, *args], check=True, capture_output=True, text=True).stdout


HEAD = git("rev-parse", "HEAD").strip()
HEAD_DATE = git("log", "-1", "--format=%cs", HEAD).strip()


def show(path: str, commit: str = HEAD) -> str:
    return git("show", f"{commit}:{path}")


def lines(path: str, first: str, last: str | None = None, commit: str = HEAD) -> list[int]:
    """[from, to] of the first line containing `first` through the next line containing `last`."""
    text = show(path, commit).split("\n")
    start = next(i for i, l in enumerate(text) if first in l)
    end = start if last is None else next(i for i in range(start, len(text)) if last in text[i])
    return [start + 1, end + 1]


def cite(path: str, first: str, last: str | None = None, commit: str = HEAD) -> dict:
    return {"file": path, "commit": commit, "lines": lines(path, first, last, commit)}


def plain(content: str) -> list[str]:
    text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", "\n", content)))
    return [l.strip() for l in text.split("\n") if l.strip().startswith("Required")]


def fixture(commit: str) -> list[dict]:
    return json.loads(show(INDICATORS, commit))


def of(model: str, data: list[dict]) -> list[dict]:
    return [o for o in data if o["model"].lower() == model]
