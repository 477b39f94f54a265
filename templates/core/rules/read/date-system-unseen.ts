import { raisedRule, text } from '../../rule.js';
import { NEWER_EXCEL } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.date-system-unseen',
  severity: 'warning',
  raisedBy: 'reader',
  title: { en: 'Date system not told', fr: 'Système de dates inconnu', es: 'Sistema de fechas desconocido' },
  messages: {
    en: text(
      'This Excel cannot tell the workbook’s date system (it needs ExcelApi 1.2): dates were read in the 1900 ',
      'system; in a workbook that uses the 1904 system they are 4 years and 1 day early.',
    ),
    fr:
      'Cet Excel ne peut pas dire le système de dates du classeur (il faut ExcelApi 1.2) : les dates ont été lues ' +
      'dans le système 1900 ; dans un classeur au système 1904, elles sont en avance de 4 ans et 1 jour.',
    es:
      'Este Excel no puede decir el sistema de fechas del libro (necesita ExcelApi 1.2): las fechas se leyeron en ' +
      'el sistema 1900; en un libro que usa el sistema 1904, están adelantadas 4 años y 1 día.',
  },
  fields: [],
  doc: {
    checks: {
      en: 'The pane asks Excel for DATE(1904,1,1): serial 0 in the 1904 date system, 1462 in the 1900 one.',
      fr:
        'Le volet demande à Excel la valeur de DATE(1904;1;1) : le numéro de série 0 dans le système de ' +
        'dates 1904, 1462 dans le système 1900.',
      es:
        'El panel pide a Excel el valor de FECHA(1904;1;1): el número de serie 0 en el sistema de fechas ' +
        '1904, 1462 en el sistema 1900.',
    },
    why: {
      en: 'Excel stores a date as a count of days; which day it counts from is the workbook’s date system.',
      fr:
        'Excel enregistre une date comme un nombre de jours ; le jour à partir duquel il compte est le ' +
        'système de dates du classeur.',
      es:
        'Excel guarda una fecha como un número de días; el día desde el que cuenta es el sistema de fechas ' +
        'del libro.',
    },
    fix: NEWER_EXCEL,
    example: {
      input: {
        en: 'An Excel without ExcelApi 1.2.',
        fr: 'Un Excel sans ExcelApi 1.2.',
        es: 'Un Excel sin ExcelApi 1.2.',
      },
      params: {},
    },
  },
});
