/** A PSEA network's focal-point list in French. People, e-mails (example.org) and phones (+999) are fictional. */
import type ExcelJS from 'exceljs';
import { day, put, start, widths } from './sheet.js';

/** A focal-point list: [agency, name, title, email, phone, trained on, appointed on, duty station]. */
const FOCAL: (string | Date | null)[][] = [
  [
    'HCR',
    'Amina Diallo',
    'Chargée de protection',
    'amina.diallo@example.org',
    '+999 20 000 0101',
    day('2025-02-12'),
    day('2025-03-01'),
    'Bureau pays',
  ],
  [
    'OIM',
    'Jean Martin',
    'Coordinateur de programme',
    'jean.martin@oim',
    '+999 20 000 0102',
    '14/01/2025',
    '20/01/2025',
    'Sous-bureau Nord',
  ],
  [
    'PAM',
    'Kofi Mensah',
    'Chargé de programme',
    'kofi.mensah@example.org',
    '+999 20 000 0103',
    '31/02/2025',
    day('2024-11-04'),
    'Bureau pays',
  ],
  [
    'UNICEF',
    'Salimata Ndiaye',
    'Spécialiste de la protection de l’enfance',
    'salimata.ndiaye@example.org',
    '+999 20 000 0104',
    day('2025-06-18'),
    day('2023-09-01'),
    'Bureau pays',
  ],
  [
    'UNICEF',
    'Paul Sawadogo',
    'Administrateur chargé des partenariats',
    'paul.sawadogo@example.org',
    '+999 20 000 0105',
    day('2025-06-18'),
    day('2025-07-01'),
    'Sous-bureau Est',
  ],
  ['ONU Femmes', null, null, null, null, null, null, 'Bureau pays'],
  [
    'OMS',
    'Lucie Kaboré',
    'Médecin, santé publique',
    'lucie.kabore@example.org',
    '+999 20 000 0107',
    '03/10/2024',
    '15/09/2024',
    'Bureau pays',
  ],
  [
    'FNUAP',
    'Mariam Ouédraogo',
    'Spécialiste VBG',
    'mariam.ouedraogo@example.org',
    '+999 20 000 0108',
    day('2025-04-22'),
    day('2025-05-02'),
    'Bureau pays',
  ],
];

export function focalPointsFr(): ExcelJS.Workbook {
  const labels = [
    'Agence',
    'Nom',
    'Fonction',
    'Adresse électronique',
    'Numéro de téléphone',
    'Formé(e) le',
    'Date de nomination',
    "Lieu d'affectation",
  ];
  const { wb, ws } = start(
    'Coordination PEAS',
    'Points focaux',
    'Réseau PEAS – Liste des points focaux PEAS (mise à jour : mars 2026)',
    labels,
    3,
  );
  FOCAL.forEach((values, i) => put(ws, 4 + i, values));
  widths(ws, [12, 20, 34, 30, 18, 12, 16, 18]);
  return wb;
}
