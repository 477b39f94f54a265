import type { MatrixRule } from './context.js';
import { MATRIX } from '../fields.js';
import { checkTableColumns } from '../../core/columns.js';

/** Rule 1: required columns are there; unknown and repeated columns are reported, never dropped quietly. */
export const checkColumns: MatrixRule = ({ table, report }) =>
  checkTableColumns(MATRIX, table, report, 'management-response');
