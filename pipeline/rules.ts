/** `psea rules`: every rule of the registry, as text for the terminal or as the Markdown of docs/rules.md. */
import { LABELS, RULE_GROUPS, renderRule, type Lang, type RuleMeta } from '../templates/index.js';
import { RENAMED_NOTES, WORDS } from './rules-words.js';

const KIND_IDS = ['management-response', 'mapping', 'action-plan'];

/** The groups whose rules live in templates/core/rules/GROUP/; every other prefix is a kind's folder. */
const CORE_GROUPS = ['read', 'layout', 'cell', 'sheet', 'workbook', 'settings'];

/** Where a rule's module and its test cases live: the id GROUP.NAME is the file NAME under GROUP. */
export function rulePaths(id: string): { module: string; cases: string } {
  const [group, name] = id.split('.');
  const module = CORE_GROUPS.includes(group)
    ? `templates/core/rules/${group}/${name}.ts`
    : `templates/${group}/rules/${name}.ts`;
  return { module, cases: `test/rules/${group}/${name}.ts` };
}

function example(rule: RuleMeta, lang: Lang): string {
  return renderRule(rule, rule.doc.example.params, lang, LABELS);
}

function ruleText(rule: RuleMeta, lang: Lang): string[] {
  const w = WORDS[lang];
  const fields = rule.fields.length ? rule.fields.join(', ') : w.none;
  return [
    `${rule.id}  [${w.severity[rule.severity]}]  ${rule.title[lang]}`,
    `  ${w.fields}: ${fields} · ${w.module}: ${rulePaths(rule.id).module}`,
    `  ${w.checks}: ${rule.doc.checks[lang]}`,
    `  ${w.why}: ${rule.doc.why[lang]}`,
    `  ${w.fix}: ${rule.doc.fix[lang]}`,
    `  ${w.example}: ${rule.doc.example.input[lang]} → ${example(rule, lang)}`,
  ];
}

function ruleMarkdown(rule: RuleMeta, lang: Lang): string[] {
  const w = WORDS[lang];
  const { module, cases } = rulePaths(rule.id);
  const fields = rule.fields.length ? rule.fields.map((f) => `\`${f}\``).join(', ') : w.none;
  const by = rule.raisedBy ? ` · ${w.reader}` : '';
  return [
    `### \`${rule.id}\` — ${rule.title[lang]}`,
    '',
    `**${w.severity[rule.severity]}** · ${w.fields}: ${fields}${by} · ${w.module}: [${module}](../${module}) ` +
      `· ${w.cases}: [${cases}](../${cases})`,
    '',
    `- **${w.checks}:** ${rule.doc.checks[lang]}`,
    `- **${w.why}:** ${rule.doc.why[lang]}`,
    `- **${w.fix}:** ${rule.doc.fix[lang]}`,
    `- **${w.example}:** ${rule.doc.example.input[lang]} → _${example(rule, lang)}_`,
    lang === 'en'
      ? `- **${w.message}:** EN “${rule.messages.en}” · FR “${rule.messages.fr}” · ES “${rule.messages.es}”`
      : `- **${w.message}:** “${rule.messages[lang]}”`,
    '',
  ];
}

/** Ids renamed by issues 16 and 12, for older outputs: the old ids → the new one(s), or a RENAMED_NOTES key. */
export const RENAMED_IDS: readonly [readonly string[], string][] = [
  [['matrix.NAME'], 'everyMatrixRule'],
  [KIND_IDS.map((k) => `${k}.required-column`), 'layout.required-column'],
  [KIND_IDS.map((k) => `${k}.unknown-column`), 'layout.unknown-column'],
  [KIND_IDS.map((k) => `${k}.duplicate-column`), 'layout.duplicate-column'],
  [KIND_IDS.map((k) => `${k}.value-normalised`), 'cell.value-normalised'],
  [['mapping.date-ambiguous', 'action-plan.date-ambiguous'], 'cell.date-ambiguous'],
  [
    ['management-response.settings-row', 'mapping.settings-row'],
    'settings.unknown-type, settings.row-incomplete, settings.value-invalid',
  ],
  [['workbook.unreadable'], 'readReason'],
  [['workbook.no-template'], 'sheetUnclaimed'],
];

export function rulesListing(lang: Lang, format: 'text' | 'md'): string {
  if (format === 'text')
    return RULE_GROUPS.map((g) => [`# ${g.title[lang]}`, ...g.rules.flatMap((r) => ruleText(r, lang))].join('\n')).join(
      '\n\n',
    );
  const intro = [
    `# ${WORDS[lang].title}`,
    '',
    ...WORDS[lang].intro,
    '',
    ...RULE_GROUPS.map((g) => `- ${g.title[lang]}: ${g.rules.length}`),
    '',
  ];
  const groups = RULE_GROUPS.flatMap((g) => [
    `## ${g.title[lang]}`,
    '',
    ...g.rules.flatMap((r) => ruleMarkdown(r, lang)),
  ]);
  const renamed = [
    `## ${WORDS[lang].renamed}`,
    '',
    `| ${WORDS[lang].oldId} | ${WORDS[lang].newId} |`,
    '|---|---|',
    ...RENAMED_IDS.map(
      ([from, to]) => `| ${from.map((id) => `\`${id}\``).join(', ')} | ${RENAMED_NOTES[to]?.[lang] ?? to} |`,
    ),
    '',
  ];
  return [...intro, ...groups, ...renamed].join('\n');
}
