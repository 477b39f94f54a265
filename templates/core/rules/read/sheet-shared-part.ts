import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.sheet-shared-part',
  severity: 'warning',
  raisedBy: 'reader',
  title: {
    en: 'Two sheets on the same data',
    fr: 'Deux feuilles sur les mêmes données',
    es: 'Dos hojas sobre los mismos datos',
  },
  messages: {
    en: text(
      'Sheet "{sheet}" points at the same data as sheet "{first}" (the file was not saved by Excel); that data was ',
      'read once, as "{first}".',
    ),
    fr:
      'La feuille « {sheet} » renvoie aux mêmes données que la feuille « {first} » (le fichier n’a pas été ' +
      'enregistré par Excel) ; ces données ont été lues une fois, comme « {first} ».',
    es:
      'La hoja «{sheet}» remite a los mismos datos que la hoja «{first}» (el archivo no se guardó con Excel); esos ' +
      'datos se leyeron una vez, como «{first}».',
  },
  fields: [],
  doc: {
    checks: {
      en: 'No two sheets of a workbook point at one worksheet part.',
      fr: 'Deux feuilles d’un classeur ne renvoient jamais à la même partie de feuille de calcul.',
      es: 'Dos hojas de un libro nunca apuntan a la misma parte de hoja de cálculo.',
    },
    why: {
      en:
        'Read once per sheet, the same rows would be consolidated twice or a hundred times (and a small file ' +
        'could hold millions of rows); they are read once.',
      fr:
        'Lues une fois par feuille, les mêmes lignes seraient consolidées deux fois ou cent fois (et un ' +
        'petit fichier pourrait contenir des millions de lignes) ; elles sont lues une seule fois.',
      es:
        'Leídas una vez por hoja, las mismas filas se consolidarían dos o cien veces (y un archivo pequeño ' +
        'podría contener millones de filas); se leen una sola vez.',
    },
    fix: {
      en: 'Open the file in Excel and save it again: each sheet then has its own data.',
      fr: 'Ouvrez le fichier dans Excel et enregistrez-le à nouveau : chaque feuille a alors ses propres données.',
      es: 'Abra el archivo en Excel y vuelva a guardarlo: cada hoja tendrá entonces sus propios datos.',
    },
    example: {
      input: {
        en: 'A workbook whose sheets "Copy 1" and "Copy 2" share one part.',
        fr: 'Un classeur dont les feuilles « Copy 1 » et « Copy 2 » partagent une même partie.',
        es: 'Un libro cuyas hojas «Copy 1» y «Copy 2» comparten una parte.',
      },
      params: { sheet: 'Copy 2', first: 'Copy 1' },
    },
  },
});
