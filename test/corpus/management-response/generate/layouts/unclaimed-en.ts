/**
 * A negative file: a PSEA network's budget sheet, which no template should claim. Its headers are false friends
 * ("Number of staff" is not rec_no, "Responsible" alone does not make a matrix). Expected: one finding naming the
 * sheet, the header row tried, the closest template and each column's closest field; exit code 2.
 */
import { assemble, type Part } from '../assemble.js';
import type { WorkbookSpec } from '../model.js';
import { SheetBuilder, type Column } from '../sheet-builder.js';

const COLUMNS: Column[] = [
  { key: 'line', field: null, header: ['Budget line'], width: 10 },
  { key: 'desc', field: null, header: ['Description'], width: 46 },
  { key: 'usd', field: null, header: ['Amount (USD)'], width: 14 },
  { key: 'staff', field: null, header: ['Number of staff'], width: 10, note: 'false friend: not rec_no' },
  {
    key: 'who',
    field: null,
    header: ['Responsible'],
    width: 18,
    note: 'closest field responsible_units; the sheet is not a matrix',
  },
  { key: 'when', field: null, header: ['Quarter'], width: 10 },
];

export function unclaimedEn(): WorkbookSpec {
  const b = new SheetBuilder('Budget 2026');
  b.title('PSEA network – budget 2026');
  b.title();
  b.table(COLUMNS);
  const lines: [string, string, number, number, string, string][] = [
    ['1.1', 'Network coordinator (part-time)', 42000, 1, 'Coordinator', 'Q1–Q4'],
    ['1.2', 'Focal point training, two sessions', 8500, 0, 'Training lead', 'Q2'],
    ['2.1', 'Translation and printing of key messages', 6200, 0, 'Communication', 'Q2'],
    ['2.2', 'Community consultations in four sites', 11800, 2, 'Community lead', 'Q3'],
    ['3.1', 'Referral pathway workshop', 4300, 0, 'GBV sub-cluster', 'Q3'],
  ];
  for (const [line, desc, usd, staff, who, when] of lines)
    b.record({ line, desc, usd, staff, who, when }, { rec_no: 0 });
  const part: Part = { spec: b.sheet(), expected: { ...b.expected(), role: 'unclaimed', records: [] } };
  return assemble(
    {
      file: 'unclaimed-budget-en.xlsx',
      organisation: 'PSEA network (negative case)',
      format: ['S14'],
      language: 'en',
      tool: 'exceljs',
      numbering: [],
      due_formats: [],
      defects: [
        {
          sheet: 'Budget 2026',
          row: 3,
          field: 'sheet',
          what:
            'no template claims the sheet: name it, the header row tried (3), the closest template and each ' +
            'column’s closest field; the file had nothing readable (exit code 2)',
          rule: 'layout.sheet-unclaimed',
          severity: 'warning',
        },
      ],
    },
    [part],
  );
}
