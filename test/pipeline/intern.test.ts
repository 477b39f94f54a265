/** The interner only swaps equal texts: what the main thread keeps reads the same after it as before. */
import { describe, expect, it } from 'vitest';
import { Interner } from '../../pipeline/intern.js';

describe('Interner', () => {
  it('leaves every value equal, in place, dates, maps and long texts untouched', () => {
    const date = new Date(Date.UTC(2026, 0, 31));
    const map = new Map([['a', 'b']]);
    const long = 'x'.repeat(500);
    const value = { a: ['PSEAH', 'HR', null, 3], b: { c: 'PSEAH', d: date, e: map, f: long }, g: undefined };
    const copy = structuredClone(value);
    const out = new Interner().deep(value);
    expect(out).toBe(value);
    expect(out).toEqual(copy);
    expect(out.b.d).toBe(date);
    expect(out.b.e).toBe(map);
  });

  it('gives back the first copy of a text it has seen', () => {
    const interner = new Interner();
    expect(interner.text('t2')).toBe('t2');
    expect(interner.deep([['t2', 't3'], { r: 't3' }])).toEqual([['t2', 't3'], { r: 't3' }]);
    expect(interner.text(42)).toBe(42);
  });
});
