import type { Lang, MessageParams } from './types.js';
import type { Localised } from './schema.js';

/** Message templates by rule id. `{name}` is replaced by params.name. */
export type MessageCatalogue = Readonly<Record<string, Localised>>;

export function renderMessage(catalogue: MessageCatalogue, rule: string, params: MessageParams, lang: Lang): string {
  const template = catalogue[rule]?.[lang] ?? catalogue[rule]?.en ?? rule;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
