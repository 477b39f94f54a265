import { describe, expect, it } from 'vitest';
import { parseDate, inferDayMonthOrder, excelSerialToIso, daysBetween } from '../../templates/core/dates.js';

describe('date parsing', () => {
  it('reads Excel serials, ISO strings, dd/mm/yyyy and JS Dates', () => {
    expect(excelSerialToIso(44347)).toBe('2021-05-31');
    expect(excelSerialToIso(18264)).toBe('1950-01-01');
    expect(excelSerialToIso(2027)).toBeUndefined();
    expect(parseDate(44347)?.iso).toBe('2021-05-31');
    expect(parseDate('44347')?.iso).toBe('2021-05-31');
    expect(parseDate('2021-05-31')?.iso).toBe('2021-05-31');
    expect(parseDate('2021-05-31T00:00:00Z')?.iso).toBe('2021-05-31');
    expect(parseDate('31/05/2021')?.iso).toBe('2021-05-31');
    expect(parseDate('31.05.2021')?.iso).toBe('2021-05-31');
    expect(parseDate(new Date(Date.UTC(2021, 4, 31)))?.iso).toBe('2021-05-31');
  });
  it('rejects what is not a calendar day', () => {
    for (const value of [
      '31/02/2021',
      '2021-13-01',
      'End May 2021',
      '6th of April',
      'Q2',
      '',
      true,
      null,
      -5,
      2027,
      '2027',
    ])
      expect(parseDate(value)).toBeUndefined();
  });
  it('marks a day/month that reads two ways, unless the order is known', () => {
    expect(parseDate('03/04/2024')).toEqual({ iso: '2024-04-03', ambiguous: { dmy: '2024-04-03', mdy: '2024-03-04' } });
    expect(parseDate('03/04/2024', 'dmy')).toEqual({ iso: '2024-04-03' });
    expect(parseDate('03/04/2024', 'mdy')).toEqual({ iso: '2024-03-04' });
    expect(parseDate('04/04/2024')).toEqual({ iso: '2024-04-04' });
    expect(parseDate('13/04/2024')).toEqual({ iso: '2024-04-13' });
  });
  it('infers the order from a date that reads one way only', () => {
    expect(inferDayMonthOrder(['03/04/2024', '25/04/2024'])).toBe('dmy');
    expect(inferDayMonthOrder(['03/04/2024', '04/25/2024'])).toBe('mdy');
    expect(inferDayMonthOrder(['03/04/2024', 44347, null])).toBeUndefined();
    expect(inferDayMonthOrder(['25/04/2024', '04/25/2024'])).toBeUndefined();
  });
  it('counts days between ISO dates', () => {
    expect(daysBetween('2021-05-31', '2021-06-30')).toBe(30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});
