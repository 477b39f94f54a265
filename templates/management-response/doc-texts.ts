/** Doc texts several rules share word for word, written once in EN/FR/ES. */
import type { Localised } from '../core/schema.js';

/** Why: a declared table that disagrees with the rows. */
export const DECLARED_TABLE_QUOTED: Localised = {
  en: 'The declared table is what readers quote; if the matrix says otherwise, one of the two is wrong.',
  fr: 'Le tableau déclaré est ce que les lecteurs citent ; si la matrice dit autre chose, l’un des ' + 'deux est faux.',
  es: 'La tabla declarada es lo que citan los lectores; si la matriz dice otra cosa, una de las dos ' + 'está mal.',
};
