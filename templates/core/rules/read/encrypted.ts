import { raisedRule } from '../../rule.js';

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
    checks: 'The workbook is not encrypted with a password (Excel\'s "Encrypt with password").',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix:
      'Open it in Excel with its password and save it without one (File › Info › Protect Workbook), or ask the ' +
      'sender for an unprotected copy.',
    example: { input: 'A matrix saved with "Encrypt with password".', params: {} },
  },
});
