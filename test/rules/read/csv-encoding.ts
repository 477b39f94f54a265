import { file, goodCsv } from '../files.js';
import { windows1252 } from '../../fixtures/bad/csv-corpus.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a UTF-8 CSV', input: { files: [goodCsv] } }],
  invalid: [
    {
      name: 'a CSV saved in Windows-1252',
      input: {
        files: [
          file(
            'matrice.csv',
            windows1252(
              'N°;Recommandation;Réponse de la direction;Unité(s) responsable(s);Actions clés\n1;Sécurité des ' +
                'données;Acceptée;PSEAH;Former\n',
            ),
          ),
        ],
      },
      findings: [{ sheet: '', params: { encoding: 'Windows-1252' } }],
    },
  ],
});
