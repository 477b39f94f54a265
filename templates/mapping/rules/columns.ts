import type { MappingRule } from './context.js';
import { MAPPING } from '../fields.js';
import { checkTableColumns } from '../../core/columns.js';

/** Required columns are there; unknown and repeated columns are reported. */
export const checkColumns: MappingRule = ({ table, report }) => checkTableColumns(MAPPING, table, report, 'mapping');
