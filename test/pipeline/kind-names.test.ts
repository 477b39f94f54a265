/** One name per kind; the CLI still takes the old ones. */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../templates/index.js';
import { kindByName, OLD_KIND_NAMES } from '../../pipeline/cli-options.js';

describe('kind names', () => {
  it('each kind is found by its id, and each old name leads to the kind it was', () => {
    expect(KINDS.map((k) => k.def.kind)).toEqual([
      'management-response',
      'mapping',
      'action-plan',
      'focal-points',
      'partner-assessment',
    ]);
    for (const kind of KINDS) expect(kindByName(kind.def.kind)).toBe(kind);
    expect(kindByName('matrix')?.def.kind).toBe('management-response');
    expect(kindByName('management_response')?.def.kind).toBe('management-response');
    expect(kindByName('action_plan')?.def.kind).toBe('action-plan');
    expect(Object.keys(OLD_KIND_NAMES)).toHaveLength(3);
    expect(kindByName('workplan')).toBeUndefined();
  });
});
