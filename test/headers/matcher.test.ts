/** The header matcher case by case: folding, concepts, false friends, hints, rounds, captures, ties, group labels. */
import { describe, expect, it } from 'vitest';
import { headerCandidates, sameStrength, type HeaderText } from '../../templates/core/headers/matcher.js';
import { headerWords } from '../../templates/core/headers/words.js';
import { DATED_ROUND, PERIOD, round } from '../../templates/core/headers/rounds.js';
import { conceptsOf } from '../../templates/core/headers/describe.js';
import { isCapture, takesParameter } from '../../templates/core/headers/concept.js';
import { KINDS, type TemplateDef } from '../../templates/index.js';
import { MATRIX } from '../../templates/management-response/fields.js';
import { MAPPING } from '../../templates/mapping/fields.js';
import { ACTION_PLAN } from '../../templates/action-plan/fields.js';

/** The one field named, or null: none qualifies, or two tie. */
function field(def: TemplateDef, header: string | HeaderText): string | null {
  const [best, next] = headerCandidates(def, typeof header === 'string' ? { own: header } : header);
  if (!best || (next && sameStrength(best, next) && next.field !== best.field)) return null;
  return best.field;
}

describe('folding a header into words', () => {
  it.each([
    ['Réponse de la direction', 'reponse direction'],
    ['Responsible unit(s)/division', 'responsible unit division'],
    ['Management Response (Agree / Partially agree / Disagree)', 'management response'],
    ['Final implementation monitoring status (Time 3)', 'final implementation monitoring status time 3'],
    ['N°', 'no'],
    ['N.º de acción', 'no accion'],
    ['DueDate', 'due date'],
    ['Statut au T2', 'statut t 2'],
    ['Point (a–e)', 'point'],
    ['Further funding req. (Y or N)', 'further funding req'],
    ['Unité responsable (bureau de pays)', 'unite responsable bureau pays'],
    ['Recruitment & performance management', 'recruitment performance management'],
    ['From', 'from'],
  ])('%s → %s', (text, words) => expect(headerWords(text).join(' ')).toBe(words));
});

describe('a header names a field by its concepts', () => {
  it.each([
    // The hard cases: each fails on the alias list it replaces.
    ['Status at Time 2', 'status_t2'],
    ['Statut au T2', 'status_t2'],
    ['Status – Time 2 (open/completed/discarded)', 'status_t2'],
    ['Comments at Time 2', 'comment_t2'],
    ['Key actions planned', 'key_actions'],
    ['Responsible unit(s)/division', 'responsible_units'],
    ['Management Response (Agree / Partially agree / Disagree)', 'response'],
    ['Final implementation monitoring status (Time 3)', 'status_t3'],
    ['Estado en el tiempo 2', 'status_t2'],
    ['Second round status', 'status_t2'],
    ['Commentaires finaux', 'comment_t3'],
    // A list of the field's own values names it, in or out of brackets.
    ['Accepted / Partially accepted / Rejected', 'response'],
    ['Implementation monitoring status – discarded/open/completed: (Time 2)', 'status_t2'],
    ['Management response Accepted, partially accepted or not accepted', 'response'],
    // Progress on the actions is a comment on them, not the actions; "time" alone is no round, a time frame is due.
    ['PROGRESS AND FOLLOW UP ACTIONS', 'comment'],
    ['Time frame', 'due'],
  ])('%s → %s', (text, want) => expect(field(MATRIX, text)).toBe(want));

  it.each([
    ['Number of staff', 'unexplained "staff": a count, not rec_no'],
    ['Number of recommendations', 'the plural is a count'],
    ['Nombre de recommandations', 'French "nombre" is a count'],
    ['Evaluation report sequence number', '"report" is the reference’s word'],
    ['Unit Responsible for providing Management Response', 'a page-header field, not a column of units'],
    ['Management Response Category', 'a category of responses'],
    ['Reference', 'the evaluation’s own reference, not N.M'],
    ['Budget (€)', 'nothing'],
  ])('%s → no field (%s)', (text) => expect(field(MATRIX, text)).toBeNull());

  it('keeps "Responsible" off support_units and the workplan’s "Responsible" on its organisations', () => {
    expect(field(MATRIX, 'Responsible')).toBe('responsible_units');
    expect(field(ACTION_PLAN, 'Responsible')).toBe('responsible_orgs');
    expect(field(MATRIX, 'Support')).toBe('support_units');
  });

  it('prefers a field’s own label to a concept match, and an exact spelling to a concept', () => {
    expect(headerCandidates(MATRIX, { own: 'Rec #' })[0]).toMatchObject({ field: 'rec_no', tier: 'label' });
    expect(headerCandidates(MATRIX, { own: 'Evaluation recommendation' })[0]).toMatchObject({
      field: 'criterion_ref',
      tier: 'exact',
    });
    expect(headerCandidates(MATRIX, { own: 'Evaluation recommendations' })[0]).toMatchObject({
      field: 'recommendation',
      tier: 'concept',
    });
  });

  it('ties two fields a header names equally', () => {
    expect(headerCandidates(MATRIX, { own: 'Responsible / support units' }).map((c) => c.field)).toEqual([
      'responsible_units',
      'support_units',
    ]);
    expect(field(MATRIX, 'Status (Time 2 / Time 3)')).toBeNull();
  });
});

describe('group labels over sub-headers', () => {
  it('reads "Time 2" over "Status" as status_t2, and the sub-header decides the field', () => {
    expect(field(MATRIX, { group: 'Time 2', own: 'Status' })).toBe('status_t2');
    expect(field(MATRIX, { group: 'Time 3', own: 'Comments' })).toBe('comment_t3');
    // The group label's own words are context, but never the column's field.
    expect(field(MATRIX, { group: 'Management response', own: 'Comments' })).toBeNull();
  });
});

describe('captures read a parameter', () => {
  it('reads dated rounds and periods', () => {
    const at = (c: typeof DATED_ROUND, text: string) => c.capture(headerWords(text), 0)?.value;
    expect(at(DATED_ROUND, 'Dec 2025')).toBe('2025-12');
    expect(at(DATED_ROUND, '31 December 2025')).toBe('2025-12');
    expect(at(DATED_ROUND, '30 juin 2026')).toBe('2026-06');
    expect(at(DATED_ROUND, 'diciembre de 2025')).toBe('2025-12');
    expect(at(DATED_ROUND, 'June 30 2026')).toBe('2026-06');
    expect(at(PERIOD, 'Q1 2026')).toBe('2026-Q1');
    expect(at(PERIOD, '2026 Jan')).toBe('2026-01');
    expect(at(PERIOD, 'Mar')).toBe('03');
    expect(at(DATED_ROUND, 'Time 2')).toBeUndefined();
  });

  it('gives a field that needs a capture one column per value', () => {
    expect(headerCandidates(MATRIX, { own: 'Status Dec 2025' })[0]).toMatchObject({
      field: 'status_round',
      param: '2025-12',
    });
    expect(headerCandidates(MATRIX, { own: 'Status – June 2026' })[0]).toMatchObject({ param: '2026-06' });
    expect(headerCandidates(MATRIX, { own: 'Update – June 2026' })[0]).toMatchObject({
      field: 'comment_round',
      param: '2026-06',
    });
    expect(headerCandidates(MATRIX, { own: 'Status (Time 4)' })[0]).toMatchObject({ param: 't4' });
    expect(field(MATRIX, 'Status (Time 2)')).toBe('status_t2');
    expect(field(MATRIX, 'Status')).toBe('status');
  });

  it('makes one concept per round, reused', () => expect(round(2)).toBe(round(2)));
});

describe('the declarations', () => {
  it('give every field of every kind its own header: no two fields of a kind share an exact spelling', () => {
    for (const { def } of KINDS) {
      for (const f of def.fields) {
        // A field that takes a parameter (a dated round) is named with it, never by its label alone.
        if (takesParameter(f)) continue;
        const spellings = [...Object.values(f.label), ...(f.exact ?? [])];
        for (const s of spellings) expect(field(def, s), `${def.kind} ${f.key} "${s}"`).toBe(f.key);
      }
    }
  });

  it('name each concept once across the kinds (ALIASES.md lists them by id)', () => {
    const concepts = conceptsOf(KINDS.flatMap((k) => k.def.fields));
    const ids = concepts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of concepts)
      if (!isCapture(c))
        for (const lang of ['en', 'fr', 'es'] as const)
          expect(c.words[lang].length, `${c.id} ${lang}`).toBeGreaterThan(0);
  });

  it('read the kinds’ own sample headers', () => {
    expect(field(MAPPING, 'MOS-PSEA standard')).toBe('standard');
    expect(field(ACTION_PLAN, 'Note/Next steps')).toBe('next_steps');
  });
});
