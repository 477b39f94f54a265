/** Entry point: waits for Office, picks the language, mounts the pane. office.js comes from the CDN, never bundled. */
import { officeHost } from './excel/host.js';
import { langOf, t } from './i18n.js';
import { Pane } from './pane.js';

Office.onReady((info) => {
  const lang = langOf(Office.context?.displayLanguage);
  if (info.host !== Office.HostType.Excel) {
    document.getElementById('status')!.textContent = t(lang, 'noOffice');
    return;
  }
  const url = Office.context.document?.url ?? '';
  const file = url.split(/[\\/]/).pop() || 'workbook';
  new Pane({ host: officeHost(), lang, file }).mount();
});
