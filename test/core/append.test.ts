import { describe, expect, it } from 'vitest';
import { appendAll } from '../../templates/core/append.js';

describe('appendAll', () => {
  it('appends more items than fit in one call (a 100k-row sheet with findings on every row)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError); // why appendAll exists
    const target = [-1];
    expect(appendAll(target, many, [7])).toBe(target);
    expect(target.length).toBe(300_002);
    expect(target[1]).toBe(0);
    expect(target.at(-1)).toBe(7);
  });
});
