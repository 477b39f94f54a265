import { cases } from '../tester.js';
import { mapping, settings, sheets } from '../support.js';

export default cases({
  valid: [
    { name: 'a bundled set declared', input: sheets(mapping(), settings(['standards set', 'iasc-mos-psea'])) },
    {
      name: 'a set the settings’ own standards name',
      input: sheets(
        mapping([{ Standard: 'NET-1' }]),
        settings(['standards set', 'network'], ['standard', 'NET-1', 'Lead named', '', 'network']),
      ),
    },
  ],
  invalid: [
    {
      name: 'a set that does not exist',
      input: sheets(mapping(), settings(['standards set', 'mos-2019'])),
      findings: [{ cell: 'A1', params: { set: 'mos-2019' } }],
    },
    {
      // The fault: one warning per mapping sheet, for a setting the workbook states once.
      name: 'a set that does not exist, in a workbook of two mapping sheets: said once',
      input: sheets(mapping(), mapping([{ Standard: 'MOS-2' }], 'Mapping 2'), settings(['standards set', 'mos-2019'])),
      findings: [{ sheet: 'Mapping', cell: 'A1', params: { set: 'mos-2019' } }],
    },
  ],
});
