/** How a field's header declaration reads in the docs (templates/ALIASES.md, `psea aliases`). */
import type { FieldDef } from '../schema.js';
import { groupConcepts, isCapture, type Concept, type HeaderSpec } from './concept.js';
import { NEUTRAL } from './vocabulary.js';

const name = (c: Concept) => `${c.id}${isCapture(c) ? '…' : ''}`;

/** "status + (round-3 | final); may: implementation, final": what the header must say. */
export function specText(spec: HeaderSpec): string {
  const all = spec.all
    .map(groupConcepts)
    .map((g) => (g.length > 1 ? `(${g.map(name).join(' | ')})` : name(g[0])))
    .join(' + ');
  const may = spec.may?.length ? `; may: ${spec.may.map(name).join(', ')}` : '';
  const not = spec.not?.length ? `; not: ${spec.not.map(name).join(', ')}` : '';
  return all + may + not;
}

/** Every concept the fields use, in order of first use, the neutral words last. */
export function conceptsOf(fields: readonly FieldDef[]): Concept[] {
  const seen = new Set<Concept>();
  for (const f of fields)
    for (const c of [
      ...f.headers.all.flatMap((g) => groupConcepts(g)),
      ...(f.headers.may ?? []),
      ...(f.headers.not ?? []),
    ])
      seen.add(c);
  seen.add(NEUTRAL);
  return [...seen];
}
