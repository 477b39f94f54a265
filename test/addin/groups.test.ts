import { describe, expect, it } from 'vitest';
import type { Finding, Lang } from '../../templates/index.js';
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
        ['Response not in the list', 2],
        ['Status not in the list', 1],
      ],
      [['Value read as its canonical form', 2]],
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

  it("takes titles from one function, the core registry's, that falls back to the rule id", () => {
    expect(['en', 'fr', 'es'].map((lang) => ruleTitle('management-response.response-value', lang as Lang))).toEqual([
      'Response not in the list',
      'Réponse hors de la liste',
      'Respuesta fuera de la lista',
    ]);
    expect(ruleTitle('no.such-rule', 'fr')).toBe('no.such-rule');
  });
});
