import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';
import { MAPPING_STANDARDS as STANDARDS } from '../../../templates/inter-agency/standards/sets.js';

const all = STANDARDS.map((s) => ({ Standard: s.id, Area: s.area }));

export default cases({
  valid: [{ name: 'an agency on every standard and key action', input: sheets(mapping(all)) }],
  invalid: [
    {
      name: 'an agency on all but MOS-7 and KPA-2',
      input: sheets(mapping(all.filter((r) => r.Standard !== 'MOS-7' && r.Standard !== 'KPA-2'))),
      findings: [
        {
          cell: 'A2',
          params: {
            agency: 'UNFPA',
            count: 2,
            total: STANDARDS.length,
            sets: 'iasc-mos-psea, seed-2020-key-actions',
            missing: 'MOS-7, KPA-2',
          },
        },
      ],
    },
  ],
});
