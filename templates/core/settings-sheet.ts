import { foldKey } from './text.js';

/** Sheet names that hold settings, in EN/FR/ES; every kind reads the rows of the types it knows. */
export function isSettingsSheet(name: string): boolean {
  return ['settings', 'parametres', 'configuracion', 'ajustes', 'evaluation settings'].includes(foldKey(name));
}
