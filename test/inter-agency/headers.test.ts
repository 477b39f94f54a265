/**
 * The corpus's header texts (test/corpus/inter-agency/headers.json: published exports, models and templates, and the
 * corpus files' own headers) read both ways by the inter-agency kinds: each positive names its field (a wide
 * column: its standard or period), each negative names none of that kind's fields. Prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kindById } from '../../templates/index.js';
import { fieldForHeader } from '../../templates/core/header.js';
import { CORPUS } from './corpus-expected.js';

interface HeaderText {
  text: string;
  kind: string;
  field: string | null;
  lang: string;
  standard?: string;
  period?: string;
}
const HEADERS = (JSON.parse(readFileSync(join(CORPUS, 'headers.json'), 'utf8')) as { headers: HeaderText[] }).headers;

/** What a kind makes of a header: its field, or its keyed column's field and key. */
function reading(h: HeaderText): { field?: string; key?: string } {
  const def = kindById(h.kind)!.def;
  const field = fieldForHeader(def, h.text);
  if (field) return { field };
  const keyed = def.keyedColumn?.(h.text);
  return keyed ? { field: keyed.field, key: keyed.key } : {};
}

/** expected.json's periods ("2026-Q1", "2026-01", "Q1") as our keys' unit, number and year (Q01@2026, M01@, Q01@). */
function periodKey(p: string): { unit: string; year?: string } {
  const m = /^(?:(\d{4})-)?(Q?)(\d+)$/.exec(p)!;
  const unit = `${m[2] ? 'Q' : 'M'}${m[3].padStart(2, '0')}`;
  return m[1] ? { unit, year: m[1] } : { unit };
}

/** A month column's year may be written above it (a merged "2026"): the header alone gives only the month. */
const samePeriod = (key: string | undefined, p: string) => {
  const want = periodKey(p);
  return !!key && key.startsWith(want.unit) && (key.endsWith('@') || key.endsWith(`@${want.year ?? ''}`));
};

/** A text that names one field in one layout and another field in another (both are in headers.json). */
const layoutDependent = (h: HeaderText) =>
  HEADERS.some((o) => o !== h && o.kind === h.kind && o.text === h.text && o.field !== h.field);

describe('inter-agency header texts, both ways', () => {
  it('every positive names its field, no negative names the field it must not', () => {
    const wrong: string[] = [];
    const counts = { positive: 0, negative: 0 };
    for (const h of HEADERS) {
      // "Rating" is a standard's rating in eTools' detail export and the total in its list export: the layout says.
      if (layoutDependent(h)) continue;
      const got = reading(h);
      if (h.field === null) {
        counts.negative++;
        if (got.field) wrong.push(`${h.kind} "${h.text}" (negative) read as ${got.field}`);
        continue;
      }
      counts.positive++;
      const keyOk = h.period ? samePeriod(got.key, h.period) : !h.standard || got.key === h.standard;
      if (got.field !== h.field || !keyOk)
        wrong.push(`${h.kind} "${h.text}" → ${got.field ?? '—'}${got.key ? `[${got.key}]` : ''}, not ${h.field}`);
    }
    console.log(
      `inter-agency headers.json: ${counts.positive} positive, ${counts.negative} negative, ${wrong.length} wrong`,
    );
    expect(wrong.join('\n')).toBe('');
  });
});
