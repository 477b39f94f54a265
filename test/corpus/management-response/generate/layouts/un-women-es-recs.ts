/** The recommendations of un-women-es.xlsx: six, in four pillars, 2(a) and 2(b) sharing key actions 2.1–2.3. */
import { ES } from '../content/es.js';
import type { Response } from '../model.js';

export interface UnWomenKa {
  text: string;
  unit: string;
  due: [number, number, number];
  st: string;
  com?: string;
}
export interface UnWomenRec {
  no: string;
  rec: number;
  point?: string;
  text: string;
  resp: string;
  canon: Response;
  recst?: string;
  kas: UnWomenKa[];
  pillar?: [number, string];
}

export function unWomenEsRecs(): UnWomenRec[] {
  const t = ES;
  return [
    {
      pillar: [1, 'Prevención'],
      no: '1',
      rec: 1,
      text: t[0].rec,
      resp: 'Se acepta la recomendación',
      canon: 'Accept',
      recst: 'Completada',
      kas: [
        { text: t[0].actions[0], unit: 'PF-PSEA', due: [30, 4, 2026], st: 'Completada', com: t[0].done },
        { text: t[0].actions[1], unit: 'PF-PSEA', due: [31, 3, 2027], st: 'En curso' },
      ],
    },
    {
      no: '2(a)',
      rec: 2,
      point: 'a',
      text: t[3].rec,
      resp: 'Aceptada',
      canon: 'Accept',
      recst: 'En curso',
      kas: [
        { text: t[3].actions[0], unit: 'PROG', due: [15, 12, 2027], st: 'En curso' },
        { text: t[3].actions[1], unit: 'PROG, OPS', due: [15, 12, 2027], st: 'No iniciada' },
      ],
    },
    {
      no: '2(b)',
      rec: 2,
      point: 'b',
      text: t[4].rec,
      resp: `Se acepta parcialmente: ${t[4].partial}`,
      canon: 'Partially accept',
      recst: 'En curso',
      kas: [{ text: t[4].actions[0], unit: 'RRHH', due: [28, 2, 2027], st: 'En curso' }],
    },
    {
      pillar: [2, 'Respuesta'],
      no: '3',
      rec: 3,
      text: t[2].rec,
      resp: 'Se acepta la recomendación',
      canon: 'Accept',
      recst: 'No iniciada',
      kas: [
        { text: t[2].actions[0], unit: '', due: [30, 9, 2027], st: 'No iniciada' },
        { text: t[2].actions[1], unit: '', due: [30, 11, 2027], st: 'No iniciada' },
      ],
    },
    {
      pillar: [3, 'Asistencia a sobrevivientes'],
      no: '4',
      rec: 4,
      text: t[7].rec,
      resp: 'Aceptada',
      canon: 'Accept',
      recst: 'En curso',
      kas: [{ text: t[7].actions[0], unit: 'PROG', due: [30, 6, 2025], st: 'Vencida - Iniciada' }],
    },
    {
      no: '5',
      rec: 5,
      text: t[5].rec,
      resp: 'Aceptada',
      canon: 'Accept',
      recst: 'En curso',
      kas: [
        { text: t[5].actions[1], unit: 'RRHH', due: [31, 1, 2026], st: 'Descartada' },
        { text: t[5].actions[0], unit: 'RRHH, SyE', due: [15, 12, 2027], st: 'No iniciada' },
      ],
    },
    {
      pillar: [4, 'Coordinación'],
      no: '6',
      rec: 6,
      text: t[9].rec,
      resp: `No aceptada: ${t[9].reject}`,
      canon: 'Not accept',
      kas: [],
    },
  ];
}
