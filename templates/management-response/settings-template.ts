/**
 * The Settings sheet `psea template management-response` writes: what each row type does, an inactive example of
 * each (a leading # keeps it from being read), in the template's language.
 */
import type { CellValue, Lang } from '../core/types.js';
import type { Localised } from '../core/schema.js';

interface ExampleRow {
  type: Localised;
  cells: (string | number | null)[];
  explanation: Localised;
}

const HEADER: Record<Lang, string[]> = {
  en: ['type', 'key', 'name', 'from', 'to', 'explanation'],
  fr: ['type', 'clé', 'nom', 'de', 'à', 'explication'],
  es: ['tipo', 'clave', 'nombre', 'desde', 'hasta', 'explicación'],
};

const INTRO: readonly Localised[] = [
  {
    en: '# The settings of this evaluation: one row per item, type | key | name | from | to.',
    fr: '# Les paramètres de cette évaluation : une ligne par élément, type | clé | nom | de | à.',
    es: '# La configuración de esta evaluación: una fila por elemento, tipo | clave | nombre | desde | hasta.',
  },
  {
    en:
      '# Rows starting with # are not read. The examples below are inactive: remove the # to use one, or write your ' +
      'own rows.',
    fr:
      '# Les lignes qui commencent par # ne sont pas lues. Les exemples ci-dessous sont inactifs : retirez le # pour ' +
      'en utiliser un, ou écrivez vos propres lignes.',
    es:
      '# Las filas que empiezan por # no se leen. Los ejemplos de abajo están inactivos: quite el # para usar uno, o ' +
      'escriba sus propias filas.',
  },
  {
    en:
      '# With no rows, the settings are read from the matrix itself: pillars from its section rows, criteria from ' +
      'its labels, units from an Acronyms sheet.',
    fr:
      '# Sans ligne, les paramètres sont lus dans la matrice elle-même : les piliers dans ses lignes de section, les ' +
      'critères dans ses libellés, les unités dans une feuille Sigles.',
    es:
      '# Sin filas, la configuración se lee en la propia matriz: los pilares en sus filas de sección, los criterios ' +
      'en sus etiquetas, las unidades en una hoja Siglas.',
  },
];

const EXAMPLES: readonly ExampleRow[] = [
  {
    type: { en: 'profile', fr: 'profil', es: 'perfil' },
    cells: ['iom-2023'],
    explanation: {
      en: 'A bundled profile (psea profiles lists them): its pillars, criteria and units.',
      fr: 'Un profil fourni (psea profiles les liste) : ses piliers, critères et unités.',
      es: 'Un perfil incluido (psea profiles los enumera): sus pilares, criterios y unidades.',
    },
  },
  {
    type: { en: 'evaluation', fr: 'évaluation', es: 'evaluación' },
    cells: ['EVAL-2026-01', 'Final evaluation of the PSEA programme'],
    explanation: {
      en: "Files with the same evaluation id are counted together; other evaluations' tables are kept apart.",
      fr:
        'Les fichiers de même identifiant sont comptés ensemble ; les tableaux des autres évaluations restent ' +
        'à part.',
      es: 'Los archivos con el mismo identificador se cuentan juntos; las tablas de otras evaluaciones quedan aparte.',
    },
  },
  {
    type: { en: 'pillar', fr: 'pilier', es: 'pilar' },
    cells: [1, 'Prevention', 1, 18],
    explanation: {
      en: 'A pillar: its number, its name and the recommendations it covers (from, to: optional).',
      fr: 'Un pilier : son numéro, son nom et les recommandations qu’il couvre (de, à : facultatifs).',
      es: 'Un pilar: su número, su nombre y las recomendaciones que cubre (desde, hasta: opcionales).',
    },
  },
  {
    type: { en: 'criterion', fr: 'critère', es: 'criterio' },
    cells: [4, 'Effectiveness'],
    explanation: {
      en: 'The criterion of the references that start with this digit (4.1, 4.2…).',
      fr: 'Le critère des références qui commencent par ce chiffre (4.1, 4.2…).',
      es: 'El criterio de las referencias que empiezan por este dígito (4.1, 4.2…).',
    },
  },
  {
    type: { en: 'unit', fr: 'unité', es: 'unidad' },
    cells: ['HR', 'Human Resources'],
    explanation: {
      en: 'A unit code of the responsible and support columns, and its name.',
      fr: 'Un code d’unité des colonnes responsable et appui, et son nom.',
      es: 'Un código de unidad de las columnas responsable y apoyo, y su nombre.',
    },
  },
  {
    type: { en: 'response', fr: 'réponse', es: 'respuesta' },
    cells: ['Agreed in principle', 'Partially accept'],
    explanation: {
      en: 'A word of your office and the response it means: Accept, Partially accept, Not accept.',
      fr: 'Un mot de votre bureau et la réponse qu’il veut dire : Acceptée, Partiellement acceptée, Non acceptée.',
      es: 'Una palabra de su oficina y la respuesta que significa: Aceptada, Parcialmente aceptada, No aceptada.',
    },
  },
  {
    type: { en: 'status', fr: 'statut', es: 'estado' },
    cells: ['On hold', 'in progress'],
    explanation: {
      en: 'A status word and its class: not started, in progress, completed, no longer applicable.',
      fr: 'Un mot de statut et sa classe : non commencée, en cours, achevée, sans objet.',
      es: 'Una palabra de estado y su clase: no iniciada, en curso, completada, ya no aplicable.',
    },
  },
  {
    type: { en: 'round', fr: 'cycle', es: 'ronda' },
    cells: ['t2', 'December 2025'],
    explanation: {
      en: 'The name of a monitoring round (t2, t3… or a date such as 2025-12), shown in the tables.',
      fr: 'Le nom d’un cycle de suivi (t2, t3… ou une date comme 2025-12), montré dans les tableaux.',
      es: 'El nombre de una ronda de seguimiento (t2, t3… o una fecha como 2025-12), mostrado en las tablas.',
    },
  },
  {
    type: { en: 'numbering', fr: 'numérotation', es: 'numeración' },
    cells: ['whole'],
    explanation: {
      en: 'whole: the Rec # column holds whole numbers only, "3.1" is an error (auto: point 1 of recommendation 3).',
      fr:
        'whole : la colonne N° ne contient que des nombres entiers, « 3.1 » y est une erreur (auto : le point 1 ' +
        'de la recommandation 3).',
      es:
        'whole: la columna N.º solo lleva números enteros, «3.1» es allí un error (auto: el punto 1 de la ' +
        'recomendación 3).',
    },
  },
];

export function settingsTemplate(lang: Lang): CellValue[][] {
  return [
    ...INTRO.map((line) => [line[lang]]),
    [],
    HEADER[lang],
    ...EXAMPLES.map((e) => {
      const cells = [...e.cells, null, null, null, null].slice(0, 4);
      return [`#${e.type[lang]}`, ...cells, e.explanation[lang]];
    }),
  ];
}
