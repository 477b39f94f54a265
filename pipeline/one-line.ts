/**
 * Text for one terminal line: control characters (a newline in a file name, an escape sequence, a bidi
 * override that would reorder what the user reads) are shown as escapes, so one message stays one line
 * and says what is really there.
 */
const NAMED: Readonly<Record<number, string>> = { 10: '\\n', 13: '\\r', 9: '\\t' };

function isControl(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

export function oneLine(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isControl(c)) continue;
    out += text.slice(from, i) + (NAMED[c] ?? `\\u${c.toString(16).padStart(4, '0')}`);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
