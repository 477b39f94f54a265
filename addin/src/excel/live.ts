/**
 * Live check: worksheet.onChanged (ExcelApi 1.7) reports the changed address; the pane's
 * own writes are told apart by triggerSource (1.14) or, on older hosts, by a short guard.
 */
import type { ExcelHost } from './host.js';

export interface ChangedRows {
  sheet: string;
  address: string;
}

/** While the pane writes, changes are its own. Used only where triggerSource is missing. */
export class OwnWrites {
  private depth = 0;
  private until = 0;
  constructor(
    private readonly graceMs = 1500,
    private readonly now = () => Date.now(),
  ) {}
  async around<T>(write: () => Promise<T>): Promise<T> {
    this.depth++;
    try {
      return await write();
    } finally {
      this.depth--;
      this.until = this.now() + this.graceMs;
    }
  }
  active(): boolean {
    return this.depth > 0 || this.now() < this.until;
  }
}

export function isOwnChange(event: Pick<Excel.WorksheetChangedEventArgs, 'triggerSource'>, own: OwnWrites): boolean {
  if (event.triggerSource === 'ThisLocalAddin') return true;
  // Hosts before 1.14 leave triggerSource undefined: fall back to the guard.
  return event.triggerSource === undefined && own.active();
}

export interface LiveSubscription {
  stop(): Promise<void>;
}

export async function watchSheets(
  host: ExcelHost,
  sheets: readonly string[],
  own: OwnWrites,
  onChange: (change: ChangedRows) => void,
): Promise<LiveSubscription> {
  const handles = await host.run(async (context) => {
    const ws = sheets.map((name) => context.workbook.worksheets.getItem(name));
    const results = ws.map((sheet, i) =>
      sheet.onChanged.add(async (event) => {
        if (isOwnChange(event, own)) return;
        onChange({ sheet: sheets[i], address: event.address });
      }),
    );
    await context.sync();
    return results;
  });
  return {
    async stop() {
      // A handler is removed through the context it was added in.
      for (const h of handles) {
        h.remove();
        await h.context.sync();
      }
    },
  };
}
