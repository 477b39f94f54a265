/** Byte-level XML helpers for the few, regular parts of an xlsx. Tags are found with Buffer.indexOf (native). */

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Excel escapes control characters in text as _xHHHH_ (exceljs decodes them too). */
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;
export function decodeText(text: string): string {
  const plain = decodeEntities(text);
  return plain.indexOf('_x') < 0
    ? plain
    : plain.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const LT = 60,
  GT = 62,
  SLASH = 47,
  SPACE = 32,
  T = 116,
  R = 114,
  P = 80,
  H = 104;
const T_CLOSE = Buffer.from('</t>');
const RPH_CLOSE = Buffer.from('</rPh>');

function isNameEnd(byte: number): boolean {
  return byte === GT || byte === SLASH || byte <= SPACE;
}

/**
 * The text of every <t> between from and to, joined: a plain string, rich-text runs,
 * or an inline string. Phonetic runs (<rPh>) are not text of the cell.
 */
export function collectText(b: Buffer, from: number, to: number): string {
  let out = '';
  let p = from;
  for (;;) {
    const lt = b.indexOf(LT, p);
    if (lt < 0 || lt >= to) return out;
    const c1 = b[lt + 1];
    if (c1 === T && isNameEnd(b[lt + 2])) {
      const open = b.indexOf(GT, lt);
      if (b[open - 1] === SLASH) {
        p = open + 1;
        continue;
      }
      const close = b.indexOf(T_CLOSE, open);
      if (close < 0 || close > to) return out;
      out += decodeText(b.toString('utf8', open + 1, close));
      p = close + 4;
    } else if (c1 === R && b[lt + 2] === P && b[lt + 3] === H && isNameEnd(b[lt + 4])) {
      const close = b.indexOf(RPH_CLOSE, lt);
      p = close < 0 ? to : close + 6;
    } else {
      p = lt + 1;
    }
  }
}

/** Attributes of one small tag given as text, e.g. '<sheet name="A" r:id="rId1"/>'. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out[m[1]] = decodeEntities(m[3] ?? m[4] ?? '');
  return out;
}

/** Every opening (or self-closing) tag of a name in a small XML text, as its attributes. */
export function tags(xml: string, name: string): Record<string, string>[] {
  const re = new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])[^>]*>`, 'g');
  return (xml.match(re) ?? []).map(attributes);
}
