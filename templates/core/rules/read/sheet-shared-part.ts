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
    checks: 'No two sheets of a workbook point at one worksheet part.',
    why:
      'Read once per sheet, the same rows would be consolidated twice or a hundred times (and a small file could ' +
      'hold millions of rows); they are read once.',
    fix: 'Open the file in Excel and save it again: each sheet then has its own data.',
    example: {
      input: 'A workbook whose sheets "Copy 1" and "Copy 2" share one part.',
      params: { sheet: 'Copy 2', first: 'Copy 1' },
    },
  },
});
