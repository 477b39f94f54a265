import { describe, expect, it } from 'vitest';
import { tableHeader, tableName, tableXml } from '../../pipeline/write/xlsx-tables.js';

describe('Excel table parts', () => {
  it('names tables as Excel allows: T_ prefix, letters, digits and _, unique without regard to case', () => {
    const taken = new Set<string>();
    expect(tableName('status_t2.by_pillar', taken)).toBe('T_status_t2_by_pillar');
    expect(tableName('Status T2 by pillar', taken)).toBe('T_Status_T2_by_pillar_2');
    expect(tableName('STATUS_T2.BY_PILLAR', taken)).toBe('T_STATUS_T2_BY_PILLAR_3');
    expect(tableName('A1', taken)).toBe('T_A1'); // never a cell reference
  });

  it('gives every column a unique, non-empty name', () => {
    expect(tableHeader(['key', 'Accept', 'accept', '', 'Accept'])).toEqual([
      'key',
      'Accept',
      'accept 2',
      'column 4',
      'Accept 3',
    ]);
    expect(tableHeader(['key', 'count'])).toEqual(['key', 'count']);
    // the header cell is written neutralised, so the column must match it
    expect(tableHeader(['key', '=1+1'])).toEqual(['key', "'=1+1"]);
  });

  it('spans the header, the data rows and the totals row, escaping column names', () => {
    const xml = tableXml(
      {
        sheet: 's',
        name: 'T_s',
        rows: 3,
        totalsLabel: 'Total',
        columns: [{ name: 'key' }, { name: 'R&D <x>', total: 'sum' }],
      },
      4,
    );
    expect(xml).toContain('id="4" name="T_s" displayName="T_s" ref="A1:B5" totalsRowCount="1"');
    expect(xml).toContain('<autoFilter ref="A1:B4"/>');
    expect(xml).toContain('name="R&amp;D &lt;x&gt;" totalsRowFunction="sum"');
    const plain = tableXml({ sheet: 's', name: 'T_s', rows: 3, columns: [{ name: 'a' }] }, 1);
    expect(plain).toContain('ref="A1:A4"');
    expect(plain).not.toContain('totalsRow');
  });
});
