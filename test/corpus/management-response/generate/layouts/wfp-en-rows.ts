/** The rows of wfp-en.xlsx: twelve recommendations, two with sub-recommendations (S5, S6). */
import { EN } from '../content/en.js';
import type { Due, Response } from '../model.js';
import { dueDay, dueMonth, dueQuarter } from '../values.js';

export interface WfpRow {
  no: string;
  rec: number;
  point?: string;
  text: string;
  response?: Response;
  why?: string;
  actions?: readonly string[];
  unit?: string;
  when?: [string, Due];
  fund?: string;
}

export function wfpEnRows(): WfpRow[] {
  const t = EN;
  const by15April: [string, Due] = [
    'By 15th April',
    dueDay('By 15th April', 2027, 4, 15, 'year 2027 from "Date: 14 January 2027"'),
  ];
  return [
    {
      no: 'Recommendation 1',
      rec: 1,
      text: t[0].rec,
      response: 'Accept',
      actions: t[0].actions.slice(0, 2),
      unit: 'Programme',
      when: ['Q1 2027', dueQuarter('Q1 2027', 2027, 1)],
      fund: 'N',
    },
    {
      no: 'Recommendation 2',
      rec: 2,
      text: t[1].rec,
      response: 'Accept',
      actions: t[1].actions,
      unit: 'Programme; Gender',
      when: ['Mar 2027', dueMonth('Mar 2027', 2027, 3)],
      fund: 'Y',
    },
    { no: 'Recommendation 3', rec: 3, text: t[2].rec },
    {
      no: '3.1',
      rec: 3,
      point: '1',
      text: t[2].actions[0],
      response: 'Partially accept',
      why: t[2].partial,
      actions: [t[2].actions[2]],
      unit: 'Protection',
      when: ['End June 2027', dueMonth('End June 2027', 2027, 6)],
      fund: 'N',
    },
    {
      no: '3.2',
      rec: 3,
      point: '2',
      text: t[2].actions[1],
      response: 'Accept',
      actions: [t[2].actions[1]],
      unit: 'Protection',
      when: ['Dec 2027', dueMonth('Dec 2027', 2027, 12)],
      fund: 'N',
    },
    {
      no: 'Recommendation 4',
      rec: 4,
      text: t[3].rec,
      response: 'Accept',
      actions: t[3].actions.slice(0, 2),
      unit: 'Partnerships',
      when: by15April,
      fund: 'N',
    },
    { no: 'Recommendation 5', rec: 5, text: t[4].rec, response: 'Not accept', why: t[4].reject },
    {
      no: 'Recommendation 6',
      rec: 6,
      text: t[5].rec,
      response: 'Accept',
      actions: t[5].actions.slice(0, 2),
      unit: 'HR',
      when: ['Q2 2027', dueQuarter('Q2 2027', 2027, 2)],
      fund: 'Y',
    },
    {
      no: 'Recommendation 7',
      rec: 7,
      text: t[6].rec,
      response: 'Accept',
      actions: [t[6].actions[1]],
      unit: 'Country Director',
      when: ['Dec 2027', dueMonth('Dec 2027', 2027, 12)],
      fund: 'N',
    },
    { no: 'Recommendation 8', rec: 8, text: t[7].rec },
    {
      no: '8.1',
      rec: 8,
      point: '1',
      text: t[7].actions[0],
      response: 'Accept',
      actions: [t[7].actions[0]],
      unit: 'Programme',
      when: ['Q3 2027', dueQuarter('Q3 2027', 2027, 3)],
      fund: 'N',
    },
    {
      no: '8.2',
      rec: 8,
      point: '2',
      text: t[7].actions[1],
      response: 'Partially accept',
      why: t[7].partial,
      actions: [t[7].actions[1]],
      unit: 'Programme',
      when: ['Sep 2027', dueMonth('Sep 2027', 2027, 9)],
      fund: 'N',
    },
    { no: '8.3', rec: 8, point: '3', text: t[7].actions[2], response: 'Not accept', why: t[7].reject },
    {
      no: 'Recommendation 9',
      rec: 9,
      text: t[8].rec,
      response: 'Accept',
      actions: t[8].actions.slice(0, 2),
      unit: 'Country Director; Programme',
      when: ['Mar 2027', dueMonth('Mar 2027', 2027, 3)],
      fund: 'N',
    },
    {
      no: 'Recommendation 10',
      rec: 10,
      text: t[9].rec,
      response: 'Partially accept',
      why: t[9].partial,
      actions: t[9].actions.slice(0, 2),
      unit: 'Finance; Programme',
      when: ['End May 2027', dueMonth('End May 2027', 2027, 5)],
      fund: 'Y',
    },
    {
      no: 'Recommendation 11',
      rec: 11,
      text: t[10].rec,
      response: 'Accept',
      actions: t[10].actions.slice(0, 2),
      unit: 'Programme; Risk focal point',
      when: ['Q4 2027', dueQuarter('Q4 2027', 2027, 4)],
      fund: 'N',
    },
    {
      no: 'Recommendation 12',
      rec: 12,
      text: t[11].rec,
      response: 'Accept',
      actions: t[11].actions,
      unit: 'Communication',
      when: ['Jun 2027', dueMonth('Jun 2027', 2027, 6)],
      fund: 'Y',
    },
  ];
}
