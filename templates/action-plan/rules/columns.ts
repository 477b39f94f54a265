import type { TaskRule } from './context.js';
import { ACTION_PLAN } from '../fields.js';
import { checkTableColumns } from '../../core/columns.js';

/** Required columns are there; unknown and repeated columns are reported. */
export const checkColumns: TaskRule = ({ table, report }) =>
  checkTableColumns(ACTION_PLAN, table, report, 'action-plan');
