/**
 * One copy of each short text the main thread keeps for the end of a batch. Every record and batch state arrives
 * from a worker as a structured clone, with its own copy of every string: at 2,000 matrices the kept dashboard
 * records and counted recommendations held 488,000 copies of "PSEAH", 124,000 of the sheet name and of each file
 * name, some 45 MiB of the main thread's 205 MiB. Interned, each text is held once.
 */

/** Longer texts are rarely repeated (prose): kept as they are. */
const MAX_LENGTH = 200;

export class Interner {
  private readonly texts = new Map<string, string>();

  text<T>(value: T): T {
    if (typeof value !== 'string' || value.length > MAX_LENGTH) return value;
    const known = this.texts.get(value);
    if (known !== undefined) return known as T;
    this.texts.set(value, value);
    return value;
  }

  /** Replaces, in place, every short string inside plain objects and arrays by its one copy; returns the value. */
  deep<T>(value: T): T {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.deep(value[i]);
    } else if (isPlainObject(value)) {
      const object: Record<string, unknown> = value;
      for (const key of Object.keys(object)) object[key] = this.deep(object[key]);
    } else return this.text(value);
    return value;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
