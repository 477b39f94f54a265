/** Placeholder until the seed's acronym list is transcribed. */
export const DEFAULT_UNITS: { code: string; name: string }[] = [{ code: 'PSEAH', name: 'PSEAH Unit' }];
