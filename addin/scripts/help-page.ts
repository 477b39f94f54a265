/**
 * The help page the manifest's SupportUrl points at: the README's add-in section rendered at build time
 * (offline, with marked), coloured with the same Fluent tokens as the pane, light or dark as the system is.
 */
import { marked, type Tokens } from 'marked';
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/tokens';

export const HELP_FILE = 'help.html';
export const HELP_SECTION = '## The Excel add-in (task pane)';

/** From the section's heading to the next second-level heading. */
export function addinSection(readme: string): string {
  const text = readme.replace(/\r\n/g, '\n');
  const start = text.indexOf(`\n${HELP_SECTION}\n`);
  if (start < 0) throw new Error(`README.md has no "${HELP_SECTION}" section`);
  const rest = text.slice(start + 1);
  const end = rest.indexOf('\n## ', HELP_SECTION.length);
  return `${(end < 0 ? rest : rest.slice(0, end)).trimEnd()}\n`;
}

const colours = (t: Theme) =>
  [
    `--bg:${t.colorNeutralBackground1}`,
    `--fg:${t.colorNeutralForeground1}`,
    `--fg2:${t.colorNeutralForeground2}`,
    `--code:${t.colorNeutralBackground3}`,
    `--line:${t.colorNeutralStroke2}`,
    `--link:${t.colorBrandForegroundLink}`,
  ].join(';');

const STYLE = `:root{${colours(webLightTheme)};color-scheme:light dark}
@media (prefers-color-scheme: dark){:root{${colours(webDarkTheme)}}}
body{margin:0 auto;max-width:46em;padding:16px 20px 32px;font-family:${webLightTheme.fontFamilyBase};font-size:14px;
line-height:1.5;background:var(--bg);color:var(--fg)}
h1{font-size:24px;line-height:32px;font-weight:600}h2{font-size:20px;line-height:28px;font-weight:600;margin-top:28px}
h3{font-size:16px;font-weight:600}a{color:var(--link)}code,pre{font-family:${webLightTheme.fontFamilyMonospace};
background:var(--code);border-radius:4px}code{padding:0 3px}pre{padding:8px 12px;overflow-x:auto}pre code{padding:0}
li{margin:4px 0}strong{font-weight:600}footer{margin-top:32px;border-top:1px solid var(--line);color:var(--fg2)}`;

/** A self-contained page: no script may run, nothing is loaded from anywhere. */
export function helpPage(readme: string, version: string): string {
  const body = marked.parse(addinSection(readme), {
    async: false,
    // The section's "##" is the page's title and its "###" the page's sections: one level up each.
    walkTokens: (token) => {
      if (token.type === 'heading') (token as Tokens.Heading).depth = Math.max(1, (token as Tokens.Heading).depth - 1);
    },
  });
  // Commands keep their columns and scroll sideways; focusable, so a keyboard can scroll them too.
  const page = body.replaceAll('<pre>', '<pre tabindex="0">');
  const csp = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="${csp}" />
<title>PSEA sheets: help for the Excel add-in</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${page}</main>
<footer><p>psea-sheets ${version}</p></footer>
</body>
</html>
`;
}
