/** The recommendations of unfpa-fr.xlsx: six in two "Axe" sections, three of them with a planted defect. */
import { FR } from '../content/fr.js';
import { dueDay } from '../values.js';
import type { UnfpaRec } from './unfpa-rows.js';

const dmy = (d: number, m: number, y: number): [string, ReturnType<typeof dueDay>] => {
  const written = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  return [written, dueDay(written, y, m, d)];
};

export function unfpaFrRecs(): UnfpaRec[] {
  const t = FR;
  return [
    {
      section: ['Axe 1 : Prévention', 'Prévention'],
      no: 'N° 1',
      rec: 1,
      text: t[0].rec,
      response: 'Acceptée',
      canon: 'Accept',
      actions: [
        {
          text: t[0].actions[0],
          due: dmy(31, 3, 2026),
          unit: 'Programme',
          s1: ['Réalisée', 'completed'],
          c1: t[0].done,
          s2: ['Réalisée', 'completed'],
          c2: t[0].done,
        },
        {
          text: t[0].actions[1],
          due: dmy(15, 9, 2027),
          unit: 'Programme',
          s1: ['En cours', 'in_progress'],
          s2: ['En cours', 'in_progress'],
        },
      ],
    },
    {
      no: 'N° 2',
      rec: 2,
      text: t[1].rec,
      response: 'Acceptée',
      canon: 'Accept',
      actions: [
        {
          text: t[1].actions[0],
          due: dmy(30, 6, 2027),
          unit: 'VBG',
          s1: ['Réalisée', 'completed'],
          c1: t[1].done,
          s2: ['En cours', 'in_progress'],
          c2: 'Nouvelles consultations demandées par le réseau.',
        },
      ],
    },
    {
      no: 'N° 3',
      rec: 3,
      text: t[5].rec,
      response: 'Non acceptée',
      canon: 'Not accept',
      why: t[5].reject,
      actions: [
        {
          text: t[5].actions[1],
          due: dmy(31, 12, 2026),
          unit: 'RH',
          s1: ['', null],
          s2: ['Réalisée', 'completed'],
          c2: 'Séances organisées malgré la décision.',
        },
      ],
    },
    {
      section: ['Axe 2 : Réponse et assistance', 'Réponse et assistance'],
      no: 'N° 4',
      rec: 4,
      text: t[6].rec,
      response: 'Acceptée',
      canon: 'Accept',
      actions: [
        {
          text: t[6].actions[1],
          due: dmy(31, 5, 2026),
          unit: 'Représentation',
          s1: ['En cours', 'in_progress'],
          s2: ['Réalisée', 'completed'],
        },
      ],
    },
    {
      no: 'N° 5',
      rec: 5,
      text: t[8].rec,
      response: 'Partiellement acceptée',
      canon: 'Partially accept',
      why: t[8].partial,
      actions: [
        {
          text: t[8].actions[0],
          due: dmy(31, 3, 2027),
          unit: 'S&E',
          s1: ['Non démarrée', 'not_started'],
          s2: ['Non démarrée', 'not_started'],
        },
      ],
    },
    {
      no: 'N° 6',
      rec: 6,
      text: t[11].rec,
      response: 'Acceptée',
      canon: 'Accept',
      actions: [
        {
          text: t[11].actions[0],
          due: dmy(28, 2, 2027),
          unit: 'Communication',
          s1: ['En cours', 'in_progress'],
          s2: ['En cours', 'in_progress'],
        },
        {
          text: t[11].actions[2],
          due: dmy(30, 4, 2026),
          unit: 'Communication',
          s1: ['En cours', 'in_progress'],
          s2: ['Abandonnée', 'no_longer_applicable'],
          c2: 'Supports remplacés par les messages du réseau.',
        },
      ],
    },
  ];
}
