/**
 * The demo university: the departments and offices named in the Politecnico di Bari call of 2025/26 (seed 004,
 * art. 1 table and art. 9-11), arranged as the university's organisation chart.
 */
export interface DemoUnit {
  code: string;
  name: string;
  kind: 'university' | 'school' | 'department' | 'office';
  parent: string | null;
}

export const DEMO_UNITS: DemoUnit[] = [
  { code: 'POLIBA', name: 'Politecnico di Bari', kind: 'university', parent: null },
  {
    code: 'DMMM',
    name: 'Dipartimento di Ingegneria Meccanica, Matematica e Management',
    kind: 'department',
    parent: 'POLIBA',
  },
  {
    code: 'DEI',
    name: "Dipartimento di Ingegneria Elettrica e dell'Informazione",
    kind: 'department',
    parent: 'POLIBA',
  },
  {
    code: 'DICATECH',
    name: 'Dipartimento di Ingegneria Civile, Ambientale, del Territorio, Edile e di Chimica',
    kind: 'department',
    parent: 'POLIBA',
  },
  {
    code: 'ARCOD',
    name: 'Dipartimento di Architettura, Costruzione e Design',
    kind: 'department',
    parent: 'POLIBA',
  },
  { code: 'SCUDO', name: 'Scuola di Dottorato', kind: 'school', parent: 'POLIBA' },
  {
    code: 'DSS',
    name: 'Direzione Servizi agli Studenti, Sistema Bibliotecario, Campus Life e CLA',
    kind: 'office',
    parent: 'POLIBA',
  },
  { code: 'ORIENT', name: 'Ufficio Orientamento', kind: 'office', parent: 'DSS' },
  { code: 'CAMPUS', name: 'Ufficio Campus Life - Sportello infopoint', kind: 'office', parent: 'DSS' },
  {
    code: 'DSU',
    name: 'Ufficio Concorsi, immatricolazioni, iscrizioni e diritto allo studio',
    kind: 'office',
    parent: 'DSS',
  },
];
