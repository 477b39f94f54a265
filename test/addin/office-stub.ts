/**
 * Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser test:
 * an Office/Excel host backed by the in-memory workbook of the adapter tests.
 */
import { FakeWorkbook } from './fake-excel.js';

interface StubSetup {
  sheets: Record<string, unknown[][]>;
  displayLanguage?: string;
  apiMinor?: number;
  /** What Office.context.officeTheme holds; absent as on hosts without it. */
  officeTheme?: Partial<Office.OfficeTheme>;
  /** null: the page opened in a plain browser, outside Office. */
  host?: string | null;
}
const w = window as unknown as { __PSEA_SETUP__: StubSetup; __fake: FakeWorkbook; Office: unknown; Excel: unknown };
const setup = w.__PSEA_SETUP__;
const wb = new FakeWorkbook(setup.sheets);
if (setup.apiMinor) wb.apiMinor = setup.apiMinor;
w.__fake = wb;
w.Excel = { run: (batch: (context: unknown) => Promise<unknown>) => wb.run(batch) };
w.Office = {
  HostType: { Excel: 'Excel' },
  context: {
    displayLanguage: setup.displayLanguage ?? 'en-US',
    officeTheme: setup.officeTheme,
    document: { url: 'C:\\evaluations\\matrix.xlsx' },
    requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && wb.supports(version) },
  },
  onReady(callback?: (info: { host: string | null; platform: string | null }) => void) {
    const info = setup.host === null ? { host: null, platform: null } : { host: 'Excel', platform: 'OfficeOnline' };
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
};
