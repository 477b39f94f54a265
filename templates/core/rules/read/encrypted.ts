import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.encrypted',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Password-protected file',
    fr: 'Fichier protégé par mot de passe',
    es: 'Archivo protegido con contraseña',
  },
  messages: {
    en: 'encrypted (password-protected): open it in Excel and save it without a password',
    fr: 'chiffré (protégé par un mot de passe) : ouvrez-le dans Excel et enregistrez-le sans mot de passe',
    es: 'cifrado (protegido con contraseña): ábralo en Excel y guárdelo sin contraseña',
  },
  fields: [],
  doc: {
    checks: {
      en: 'The workbook is not encrypted with a password (Excel\'s "Encrypt with password").',
      fr: 'Le classeur n’est pas chiffré par un mot de passe (« Chiffrer avec mot de passe » d’Excel).',
      es: 'El libro no está cifrado con contraseña («Cifrar con contraseña» de Excel).',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en:
        'Open it in Excel with its password and save it without one (File › Info › Protect Workbook), or ask ' +
        'the sender for an unprotected copy.',
      fr:
        'Ouvrez-le dans Excel avec son mot de passe et enregistrez-le sans (Fichier › Informations › ' +
        'Protéger le classeur), ou demandez à l’expéditeur une copie non protégée.',
      es:
        'Ábralo en Excel con su contraseña y guárdelo sin ella (Archivo › Información › Proteger libro), o ' +
        'pida a quien lo envió una copia sin protección.',
    },
    example: {
      input: {
        en: 'A matrix saved with "Encrypt with password".',
        fr: 'Une matrice enregistrée avec « Chiffrer avec mot de passe ».',
        es: 'Una matriz guardada con «Cifrar con contraseña».',
      },
      params: {},
    },
  },
});
