"""What every recount shares: folding text for comparison, rounding as the product rounds, and the checker that
counts each comparison and keeps each mismatch as one line."""
import math
import unicodedata


def fold(text):
    """Lower case, accents and punctuation gone, single spaces: how the templates compare names."""
    text = unicodedata.normalize("NFD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("º", "o").replace("°", "o")
    kept = "".join(c if ("a" <= c <= "z" or "0" <= c <= "9" or c == "#") else " " for c in text)
    return " ".join(kept.split())


def share(part, whole):
    """part / whole to 4 decimals, halves rounded up; None when there is no whole."""
    return math.floor(part / whole * 10000 + 0.5) / 10000 if whole else None


def blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def text(value):
    """A cell as the templates read it: whitespace runs made one space, trimmed."""
    return "" if value is None else " ".join(str(value).split())


def literal(value):
    """How a text is stored in consolidated.xlsx: one that a spreadsheet could take for a formula gets an apostrophe."""
    return "'" + value if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class Checker:
    def __init__(self):
        self.checked = 0
        self.mismatches = []

    def equal(self, where, got, want, tolerance=0.0):
        """One comparison; numbers within `tolerance` are equal (rates are stored to 4 decimals)."""
        self.checked += 1
        if isinstance(got, (int, float)) and isinstance(want, (int, float)) and not isinstance(got, bool):
            same = abs(got - want) <= tolerance
        else:
            same = got == want
        if not same:
            self.mismatches.append(f"{where}: {got!r}, the records give {want!r}")
        return same

    def fail(self, where, message):
        self.checked += 1
        self.mismatches.append(f"{where}: {message}")
