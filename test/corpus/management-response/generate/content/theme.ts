/** One recommendation theme, written in one language: the same twelve themes exist in EN, FR and ES. */
export interface Theme {
  rec: string;
  actions: readonly [string, string, string];
  /** A reason for accepting only part of the recommendation. */
  partial: string;
  /** A reason for not accepting it. */
  reject: string;
  /** A comment for a completed action. */
  done: string;
}
