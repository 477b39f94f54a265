import { cases } from '../tester.js';
import { action, sheets, tracker } from '../support.js';

export default cases({
  valid: [
    {
      name: 'units on one key action; a recommendation not accepted without any',
      input: sheets(
        tracker([
          action({ 'Rec #': 1, Recommendation: 'R1', 'Management response': 'Agree', 'Key action': '1.1 A' }),
          action({ 'Key action': '1.2 B', 'Responsible unit(s)': 'HR' }),
          action({ 'Rec #': 2, Recommendation: 'R2', 'Management response': 'Rejected – budget' }),
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'an accepted recommendation whose two key actions name no unit',
      input: sheets(
        tracker([
          action({ 'Rec #': 3, Recommendation: 'R3', 'Management response': 'Accepted', 'Key action': '3.1 A' }),
          action({ 'Key action': '3.2 B' }),
        ]),
      ),
      findings: [{ cell: 'E2', params: { rec: 3 } }],
    },
  ],
});
