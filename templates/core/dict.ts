/**
 * An object keyed by text users typed (units, agencies, criteria, headers): it has no prototype, so a key
 * such as __proto__, constructor or toString is a key like any other, never an inherited member.
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
