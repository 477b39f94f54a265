/** Compile-time checks of the rule types (npm test runs tsc on this file; nothing here runs). */
import type { ReaderNote, RuleId, UnreadableReason } from '../../templates/index.js';
import { ruleFor, text } from '../../templates/core/rule.js';

/** A doc text in the three languages. */
const t = (x: string) => ({ en: x, fr: `${x} (fr)`, es: `${x} (es)` });

export const known: RuleId[] = ['management-response.pillar-range', 'layout.unknown-column', 'read.zip-ratio'];
// @ts-expect-error: no rule has this id
export const typo: RuleId = 'management-response.pilar-range';

export const note: ReaderNote = { rule: 'read.csv-unclosed-quote', row: 3, params: { row: 3 } };
// @ts-expect-error: the message of read.csv-encoding has no {row}
export const wrongParams: ReaderNote = { rule: 'read.csv-encoding', params: { row: 3 } };
// @ts-expect-error: a note may not name a rule that is not a reader note
export const notANote: ReaderNote = { rule: 'read.zip-ratio', params: {} };
export const reason: UnreadableReason = { rule: 'read.empty', params: {} };
// @ts-expect-error: read.zip-ratio needs part, ratio, size, limit and variable
export const missingParams: UnreadableReason = { rule: 'read.zip-ratio', params: { part: 'x' } };

const rule = ruleFor<{ rows: number[] }>();
export const ok = rule({
  id: 'example.ok',
  severity: 'info',
  title: { en: 'T', fr: 'T', es: 'T' },
  messages: { en: 'Row {row} of {count}.', fr: 'Ligne {row} sur {count}.', es: 'Fila {row} de {count}.' },
  fields: [],
  doc: { checks: t('c'), why: t('w'), fix: t('f'), example: { input: t('i'), params: { row: 1, count: 2 } } },
  check({ rows }, emit) {
    for (const row of rows) emit({ row }, { row, count: rows.length });
    // @ts-expect-error: {count} is missing
    emit({ row: 1 }, { row: 1 });
    // @ts-expect-error: {rows} is no placeholder of the message
    emit({ row: 1 }, { row: 1, count: 1, rows: 2 });
  },
});

export const badExample = rule({
  id: 'example.bad',
  severity: 'info',
  title: { en: 'T', fr: 'T', es: 'T' },
  messages: { en: 'Value {value}.', fr: 'Valeur {value}.', es: 'Valor {value}.' },
  fields: [],
  // @ts-expect-error: the example must give the message's params
  doc: { checks: t('c'), why: t('w'), fix: t('f'), example: { input: t('i'), params: { valeur: 'x' } } },
  check() {},
});

export const joined = rule({
  id: 'example.joined',
  severity: 'info',
  title: { en: 'T', fr: 'T', es: 'T' },
  messages: {
    en: text('Value {value} ', 'of {field}.'),
    fr: 'Valeur {value} de {field}.',
    es: 'Valor {value} de {field}.',
  },
  fields: [],
  doc: { checks: t('c'), why: t('w'), fix: t('f'), example: { input: t('i'), params: { value: 'x', field: 'f' } } },
  check(_, emit) {
    // @ts-expect-error: a message written in parts still needs every placeholder ({field} is missing)
    emit({}, { value: 'x' });
  },
});

export const docWithoutSpanish = rule({
  id: 'example.doc-fr-only',
  severity: 'info',
  title: { en: 'T', fr: 'T', es: 'T' },
  messages: { en: 'Row {row}.', fr: 'Ligne {row}.', es: 'Fila {row}.' },
  fields: [],
  doc: {
    // @ts-expect-error: every doc text is written in EN, FR and ES (es is missing)
    checks: { en: 'c', fr: 'c (fr)' },
    why: t('w'),
    fix: t('f'),
    // @ts-expect-error: the example's situation is a doc text too, not English alone
    example: { input: 'i', params: { row: 1 } },
  },
  check() {},
});

export const plural = rule({
  id: 'example.plural',
  severity: 'info',
  title: { en: 'T', fr: 'T', es: 'T' },
  messages: {
    en: '{count} {count:row is|rows are} on {sheet}.',
    fr: '{count} {count:ligne est|lignes sont} sur {sheet}.',
    es: '{count} {count:fila está|filas están} en {sheet}.',
  },
  fields: [],
  doc: { checks: t('c'), why: t('w'), fix: t('f'), example: { input: t('i'), params: { count: 2, sheet: 'S' } } },
  check(_, emit) {
    emit({}, { count: 1, sheet: 'S' });
    // @ts-expect-error: a plural form's param is a number, so its form can be chosen
    emit({}, { count: '1', sheet: 'S' });
    // @ts-expect-error: the plural form's name is a param like any other ({count} is missing)
    emit({}, { sheet: 'S' });
  },
});
