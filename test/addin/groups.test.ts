import { describe, expect, it } from 'vitest';
import type { Finding } from '../../templates/index.js';
import { analyseGrids } from '../../addin/src/compute.js';
import { groupFindings, ruleTitle } from '../../addin/src/groups.js';
import { plantedMatrix, rowOf } from './fixtures.js';

const planted = () =>
  analyseGrids('m.xlsx', [{ name: 'Matrix', rows: plantedMatrix() }], { lang: 'en', asOf: '2026-11-23' }).findings;

const finding = (rule: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity,
  message: rule,
  params: {},
  file: 'f.xlsx',
  sheet: 'S',
  ...extra,
});

describe('pane finding groups', () => {
  it('groups by severity, errors first, then by rule title, with counts; info collapsed', () => {
    const sections = groupFindings([...planted()].reverse(), 'en');
    expect(sections.map((s) => [s.severity, s.count, s.collapsed])).toEqual([
      ['error', 3, false],
      ['info', 2, true],
    ]);
    expect(sections.map((s) => s.groups.map((g) => [g.title, g.findings.length]))).toEqual([
      [
        ['matrix.response-value', 2],
        ['matrix.status-value', 1],
      ],
      [['matrix.value-normalised', 2]],
    ]);
  });

  it('gives each group the fixes of its findings, each cell with its own suggestion, none without one', () => {
    const [errors, info] = groupFindings(planted(), 'en');
    const [typos, statuses] = errors.groups;
    expect(typos.fixes.map((f) => [f.cell, f.expected, f.value])).toEqual([
      [`J${rowOf(3)}`, 'Acept', 'Accept'],
      [`J${rowOf(7)}`, 'Acept', 'Accept'],
    ]);
    expect(statuses.fixes).toEqual([]);
    expect(info.groups[0].fixes.map((f) => [f.cell, f.value])).toEqual([
      [`J${rowOf(5)}`, 'Accept'],
      [`M${rowOf(11)}`, 'completed'],
    ]);
  });

  it('splits a rule raised at two severities into both sections and writes one fix per cell', () => {
    const sections = groupFindings(
      [
        finding('z.rule', 'info'),
        finding('z.rule', 'warning'),
        finding('a.rule', 'warning', { cell: 'B2', value: 'x', suggestion: 'y' }),
        finding('a.rule', 'warning', { cell: 'B2', value: 'x', suggestion: 'y' }),
      ],
      'fr',
    );
    expect(sections.map((s) => [s.severity, s.groups.map((g) => g.rules.join())])).toEqual([
      ['warning', ['a.rule', 'z.rule']],
      ['info', ['z.rule']],
    ]);
    expect(sections[0].groups[0].fixes).toHaveLength(1);
    expect(groupFindings([], 'en')).toEqual([]);
  });

  it('takes titles from one function that falls back to the rule id', () => {
    for (const lang of ['en', 'fr', 'es'] as const)
      expect(ruleTitle('matrix.response-value', lang)).toBe('matrix.response-value');
  });
});
