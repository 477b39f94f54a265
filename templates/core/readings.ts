/**
 * What the kinds read generously while turning records into typed rows: a value read as its canonical form
 * (an alias, a code typed in another case), a date and how it was read. The shared cell.* rules report from
 * these, so every kind says it the same way.
 */
import type { ParsedDate } from './dates.js';

export interface ValueReading {
  /** 1-based sheet row. */
  row: number;
  field: string;
  /** As typed. */
  text: string;
  /** The canonical value it was read as. */
  canonical: string;
  /** A1 address, for a cell no field column places (a wide checklist's standard cell). */
  cell?: string;
}

export interface DateReading {
  row: number;
  field: string;
  text: string;
  /** Undefined when the text is no date. */
  date?: ParsedDate;
}

/** Filled by a kind's analyseSheet, read by the shared sheet rules. */
export interface SheetReadings {
  /** Values read as another spelling of a canonical value. */
  normalised: ValueReading[];
  /** Every filled date cell. */
  dates: DateReading[];
}

export function emptyReadings(): SheetReadings {
  return { normalised: [], dates: [] };
}
