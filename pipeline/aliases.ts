import { KINDS } from '../templates/index.js';

/** The alias table as plain text: field, then every header spelling it accepts. */
export function aliasTableText(kindId?: string): string {
  const kinds = KINDS.filter((k) => !kindId || k.def.kind === kindId);
  return kinds
    .map((kind) => [`# ${kind.def.kind}`, ...kind.def.fields.map((f) => `${f.key}${f.required ? ' (required)' : ''}: ${[...new Set([...Object.values(f.label), ...f.aliases])].join(' | ')}`)].join('\n'))
    .join('\n\n');
}
