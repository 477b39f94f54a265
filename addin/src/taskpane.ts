/**
 * Entry point: waits for Office, picks the language and theme, mounts the pane. office.js comes from the CDN, never
 * bundled.
 */
import './ui/fluent.js';
import { officeHost } from './excel/host.js';
import { langOf, t } from './i18n.js';
import { Pane } from './pane.js';
import { followTheme } from './ui/theme.js';

const officeTheme = () => (typeof Office === 'undefined' ? undefined : Office.context?.officeTheme);
const refreshTheme = followTheme(officeTheme);

Office.onReady((info) => {
  refreshTheme();
  const lang = langOf(Office.context?.displayLanguage);
  if (info.host !== Office.HostType.Excel) {
    document.getElementById('status')!.textContent = t(lang, 'noOffice');
    return;
  }
  const url = Office.context.document?.url ?? '';
  const file = url.split(/[\\/]/).pop() || 'workbook';
  new Pane({ host: officeHost(), lang, file }).mount();
});
