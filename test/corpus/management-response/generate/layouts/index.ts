/** Every corpus layout, and which of their files are also committed as LibreOffice re-saves (libreoffice/). */
import type { WorkbookSpec } from '../model.js';
import { seedCorrected } from '../seed/seed-corrected.js';
import { seedExport } from '../seed/seed-export.js';
import { unHabitatEn } from './un-habitat-en.js';
import { unWomenEs } from './un-women-es.js';
import { unclaimedEn } from './unclaimed-en.js';
import { undpErcEn } from './undp-erc-en.js';
import { undpErcEs } from './undp-erc-es.js';
import { undpErcFr } from './undp-erc-fr.js';
import { unfpaEn } from './unfpa-en.js';
import { unfpaFr } from './unfpa-fr.js';
import { unhcrEn } from './unhcr-en.js';
import { unicefEn } from './unicef-en.js';
import { wfpEn } from './wfp-en.js';
import { wfpFr } from './wfp-fr.js';

export const LAYOUTS: (() => WorkbookSpec)[] = [
  undpErcEn,
  undpErcFr,
  undpErcEs,
  wfpEn,
  wfpFr,
  unfpaEn,
  unfpaFr,
  unicefEn,
  unhcrEn,
  unHabitatEn,
  unWomenEs,
  seedExport,
  seedCorrected,
  unclaimedEn,
];

/** [file written by the generator, its LibreOffice re-save in libreoffice/ (see libreoffice/resave.sh)]. */
export const RESAVED: [string, string][] = [
  ['undp-erc-en.xlsx', 'undp-erc-en.lo.xlsx'],
  ['wfp-en.xlsx', 'wfp-en.lo.xlsx'],
  ['un-habitat-en.xlsx', 'un-habitat-en.lo.xlsx'],
];
