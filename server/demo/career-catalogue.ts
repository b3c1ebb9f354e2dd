import type { ProgrammeType } from '../../domain/careers/types.ts';

/**
 * The degree programmes of the demo university, named after those of the Politecnico di Bari, and the courses
 * of their study plans (60 credits a year). PhD programmes are run by the doctoral school (SCUDO) and belong to
 * a department.
 */
export interface DemoProgramme {
  code: string;
  name: string;
  type: ProgrammeType;
  normalDurationYears: number;
  unit: string;
  department?: string;
  area: Area;
  /** Relative number of students enrolled. */
  weight: number;
}

type Area = 'info' | 'mech' | 'civil' | 'arch' | 'design' | 'phd';

export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    code: 'L-IIA',
    name: "Ingegneria Informatica e dell'Automazione",
    type: 'L',
    normalDurationYears: 3,
    unit: 'DEI',
    area: 'info',
    weight: 12,
  },
  {
    code: 'L-IET',
    name: 'Ingegneria Elettronica e delle Telecomunicazioni',
    type: 'L',
    normalDurationYears: 3,
    unit: 'DEI',
    area: 'info',
    weight: 5,
  },
  {
    code: 'L-IEL',
    name: 'Ingegneria Elettrica',
    type: 'L',
    normalDurationYears: 3,
    unit: 'DEI',
    area: 'info',
    weight: 4,
  },
  {
    code: 'LM-IINF',
    name: 'Ingegneria Informatica',
    type: 'LM',
    normalDurationYears: 2,
    unit: 'DEI',
    area: 'info',
    weight: 6,
  },
  {
    code: 'LM-IAUT',
    name: "Ingegneria dell'Automazione",
    type: 'LM',
    normalDurationYears: 2,
    unit: 'DEI',
    area: 'info',
    weight: 3,
  },
  {
    code: 'LM-IEL',
    name: 'Ingegneria Elettrica',
    type: 'LM',
    normalDurationYears: 2,
    unit: 'DEI',
    area: 'info',
    weight: 2,
  },
  {
    code: 'LM-ITLC',
    name: 'Ingegneria delle Telecomunicazioni',
    type: 'LM',
    normalDurationYears: 2,
    unit: 'DEI',
    area: 'info',
    weight: 2,
  },
  {
    code: 'L-IMEC',
    name: 'Ingegneria Meccanica',
    type: 'L',
    normalDurationYears: 3,
    unit: 'DMMM',
    area: 'mech',
    weight: 10,
  },
  {
    code: 'L-IGES',
    name: 'Ingegneria Gestionale',
    type: 'L',
    normalDurationYears: 3,
    unit: 'DMMM',
    area: 'mech',
    weight: 9,
  },
  {
    code: 'L-ISA',
    name: 'Ingegneria dei Sistemi Aerospaziali',
    type: 'L',
    normalDurationYears: 3,
    unit: 'DMMM',
    area: 'mech',
    weight: 3,
  },
  {
    code: 'LM-IMEC',
    name: 'Ingegneria Meccanica',
    type: 'LM',
    normalDurationYears: 2,
    unit: 'DMMM',
    area: 'mech',
    weight: 5,
  },
  {
    code: 'LM-IGES',
    name: 'Ingegneria Gestionale',
    type: 'LM',
    normalDurationYears: 2,
    unit: 'DMMM',
    area: 'mech',
    weight: 5,
  },
  {
    code: 'L-ICA',
    name: 'Ingegneria Civile e Ambientale',
    type: 'L',
    normalDurationYears: 3,
    unit: 'DICATECH',
    area: 'civil',
    weight: 7,
  },
  {
    code: 'LM-ICIV',
    name: 'Ingegneria Civile',
    type: 'LM',
    normalDurationYears: 2,
    unit: 'DICATECH',
    area: 'civil',
    weight: 3,
  },
  {
    code: 'LM-IAT',
    name: "Ingegneria per l'Ambiente e il Territorio",
    type: 'LM',
    normalDurationYears: 2,
    unit: 'DICATECH',
    area: 'civil',
    weight: 2,
  },
  {
    code: 'LMCU-ARCH',
    name: 'Architettura',
    type: 'LMCU',
    normalDurationYears: 5,
    unit: 'ARCOD',
    area: 'arch',
    weight: 6,
  },
  {
    code: 'LMCU-IEA',
    name: 'Ingegneria Edile-Architettura',
    type: 'LMCU',
    normalDurationYears: 5,
    unit: 'ARCOD',
    area: 'arch',
    weight: 5,
  },
  {
    code: 'L-DI',
    name: 'Disegno Industriale',
    type: 'L',
    normalDurationYears: 3,
    unit: 'ARCOD',
    area: 'design',
    weight: 4,
  },
  {
    code: 'LM-ID',
    name: 'Industrial Design',
    type: 'LM',
    normalDurationYears: 2,
    unit: 'ARCOD',
    area: 'design',
    weight: 2,
  },
  {
    code: 'DR-IEI',
    name: "Dottorato in Ingegneria Elettrica e dell'Informazione",
    type: 'PHD',
    normalDurationYears: 3,
    unit: 'SCUDO',
    department: 'DEI',
    area: 'phd',
    weight: 1,
  },
  {
    code: 'DR-IMG',
    name: 'Dottorato in Ingegneria Meccanica e Gestionale',
    type: 'PHD',
    normalDurationYears: 3,
    unit: 'SCUDO',
    department: 'DMMM',
    area: 'phd',
    weight: 1,
  },
  {
    code: 'DR-RSATE',
    name: 'Dottorato in Rischio, Sviluppo Ambientale, Territoriale ed Edilizio',
    type: 'PHD',
    normalDurationYears: 3,
    unit: 'SCUDO',
    department: 'DICATECH',
    area: 'phd',
    weight: 1,
  },
  {
    code: 'DR-AIP',
    name: 'Dottorato in Architettura: Innovazione e Patrimonio',
    type: 'PHD',
    normalDurationYears: 3,
    unit: 'SCUDO',
    department: 'ARCOD',
    area: 'phd',
    weight: 1,
  },
];

/** [name, credits, semester, kind]: kind "idoneita" is pass/fail, "final" is the thesis (passed at graduation). */
type CourseTemplate = [string, number, 1 | 2, ('idoneita' | 'final')?];

const FINAL_L: CourseTemplate[] = [
  ['Tirocinio', 6, 2, 'idoneita'],
  ['Prova finale', 6, 2, 'final'],
];
const FINAL_LM: CourseTemplate[] = [
  ['Tirocinio', 6, 1, 'idoneita'],
  ['Tesi di laurea magistrale', 24, 2, 'final'],
];

const BACHELOR: Record<'info' | 'mech' | 'civil' | 'design', CourseTemplate[][]> = {
  info: [
    [
      ['Analisi Matematica I', 12, 1],
      ['Geometria e Algebra Lineare', 6, 1],
      ['Fondamenti di Informatica', 12, 1],
      ['Fisica Generale', 12, 2],
      ['Chimica', 6, 2],
      ['Lingua Inglese', 3, 2, 'idoneita'],
      ['Economia e Organizzazione Aziendale', 9, 2],
    ],
    [
      ['Analisi Matematica II', 6, 1],
      ['Elettromagnetismo', 6, 1],
      ['Calcolatori Elettronici', 9, 1],
      ['Elettrotecnica', 9, 1],
      ['Teoria dei Segnali', 9, 2],
      ['Programmazione a Oggetti', 9, 2],
      ['Basi di Dati', 12, 2],
    ],
    [
      ['Controlli Automatici', 12, 1],
      ['Sistemi Operativi', 9, 1],
      ['Reti di Telecomunicazioni', 9, 1],
      ['Elettronica', 9, 2],
      ['Ingegneria del Software', 9, 2],
      ...FINAL_L,
    ],
  ],
  mech: [
    [
      ['Analisi Matematica I', 12, 1],
      ['Geometria e Algebra Lineare', 6, 1],
      ['Fisica Generale', 12, 2],
      ['Chimica', 6, 1],
      ['Disegno Tecnico Industriale', 9, 2],
      ['Fondamenti di Informatica', 6, 2],
      ['Lingua Inglese', 3, 2, 'idoneita'],
      ['Statistica', 6, 2],
    ],
    [
      ['Analisi Matematica II', 6, 1],
      ['Meccanica Razionale', 9, 1],
      ['Scienza delle Costruzioni', 9, 2],
      ['Fisica Tecnica', 12, 1],
      ['Tecnologia dei Materiali', 9, 2],
      ['Elettrotecnica', 9, 2],
      ['Ricerca Operativa', 6, 1],
    ],
    [
      ['Meccanica Applicata alle Macchine', 12, 1],
      ['Costruzione di Macchine', 9, 1],
      ['Macchine a Fluido', 9, 2],
      ['Tecnologie di Lavorazione', 9, 1],
      ['Impianti Industriali', 9, 2],
      ...FINAL_L,
    ],
  ],
  civil: [
    [
      ['Analisi Matematica I', 12, 1],
      ['Geometria e Algebra Lineare', 6, 1],
      ['Fisica Generale', 12, 2],
      ['Chimica', 6, 1],
      ['Disegno', 9, 2],
      ['Lingua Inglese', 3, 2, 'idoneita'],
      ['Fondamenti di Informatica', 6, 2],
      ['Economia Applicata all’Ingegneria', 6, 2],
    ],
    [
      ['Analisi Matematica II', 6, 1],
      ['Meccanica Razionale', 9, 1],
      ['Scienza delle Costruzioni', 12, 2],
      ['Idraulica', 9, 2],
      ['Topografia', 9, 1],
      ['Geologia Applicata', 6, 1],
      ['Materiali da Costruzione', 9, 2],
    ],
    [
      ['Tecnica delle Costruzioni', 12, 1],
      ['Geotecnica', 9, 1],
      ['Costruzioni Idrauliche', 9, 2],
      ['Strade, Ferrovie e Aeroporti', 9, 2],
      ['Ingegneria Sanitaria Ambientale', 9, 1],
      ...FINAL_L,
    ],
  ],
  design: [
    [
      ['Storia del Design', 8, 1],
      ['Laboratorio di Disegno', 12, 1],
      ['Matematica per il Design', 8, 1],
      ['Laboratorio di Design del Prodotto I', 12, 2],
      ['Informatica Grafica', 8, 2],
      ['Lingua Inglese', 4, 2, 'idoneita'],
      ['Materiali per il Design', 8, 2],
    ],
    [
      ['Laboratorio di Design del Prodotto II', 12, 1],
      ['Ergonomia', 8, 1],
      ['Tecnologie di Produzione', 8, 1],
      ['Comunicazione Visiva', 12, 2],
      ['Storia dell’Arte Contemporanea', 8, 2],
      ['Economia e Marketing', 12, 2],
    ],
    [
      ['Laboratorio di Design del Prodotto III', 12, 1],
      ['Design dei Servizi', 8, 1],
      ['Modellazione 3D', 12, 1],
      ['Design per la Sostenibilità', 8, 2],
      ['Tirocinio', 8, 2, 'idoneita'],
      ['Prova finale', 12, 2, 'final'],
    ],
  ],
};

const MASTER: Record<'info' | 'mech' | 'civil' | 'design', CourseTemplate[][]> = {
  info: [
    [
      ['Machine Learning', 9, 1],
      ['Sistemi Distribuiti', 9, 1],
      ['Sicurezza Informatica', 9, 1],
      ['Algoritmi Avanzati', 9, 2],
      ['Ottimizzazione', 6, 2],
      ['Robotica', 9, 2],
      ['Sistemi Embedded', 9, 2],
    ],
    [
      ['Big Data', 9, 1],
      ['Cloud Computing', 9, 1],
      ['Elaborazione del Linguaggio Naturale', 6, 1],
      ['Visione Artificiale', 6, 1],
      ...FINAL_LM,
    ],
  ],
  mech: [
    [
      ['Progettazione Meccanica', 9, 1],
      ['Fluidodinamica', 9, 1],
      ['Controllo dei Sistemi Meccanici', 9, 1],
      ['Metodi Numerici', 6, 2],
      ['Gestione della Produzione', 9, 2],
      ['Materiali Avanzati', 9, 2],
      ['Vibrazioni Meccaniche', 9, 2],
    ],
    [
      ['Motori a Combustione Interna', 9, 1],
      ['Industria 4.0', 9, 1],
      ['Affidabilità dei Sistemi', 6, 1],
      ['Logistica Industriale', 6, 1],
      ...FINAL_LM,
    ],
  ],
  civil: [
    [
      ['Dinamica delle Strutture', 9, 1],
      ['Progetto di Strutture', 12, 1],
      ['Fondazioni', 9, 1],
      ['Idrologia', 9, 2],
      ['Infrastrutture Viarie', 9, 2],
      ['Pianificazione Territoriale', 6, 2],
      ['Acquedotti e Fognature', 6, 2],
    ],
    [
      ['Ponti', 9, 1],
      ['Costruzioni in Zona Sismica', 9, 1],
      ['Riqualificazione Energetica', 6, 1],
      ['Monitoraggio Ambientale', 6, 1],
      ...FINAL_LM,
    ],
  ],
  design: [
    [
      ['Product Design Studio', 12, 1],
      ['Interaction Design', 8, 1],
      ['Design Management', 8, 1],
      ['Materiali Innovativi', 8, 2],
      ['Design for All', 8, 2],
      ['Digital Fabrication', 8, 2],
      ['English for Design', 8, 2, 'idoneita'],
    ],
    [
      ['Strategic Design Studio', 12, 1],
      ['Service Design', 8, 1],
      ['Design e Territorio', 8, 1],
      ['Tirocinio', 8, 1, 'idoneita'],
      ['Tesi di laurea magistrale', 24, 2, 'final'],
    ],
  ],
};

const SINGLE_CYCLE: CourseTemplate[][] = [
  [
    ['Laboratorio di Progettazione Architettonica I', 15, 2],
    ['Storia dell’Architettura I', 12, 1],
    ['Disegno dell’Architettura', 15, 1],
    ['Istituzioni di Matematica', 12, 1],
    ['Lingua Inglese', 6, 2, 'idoneita'],
  ],
  [
    ['Laboratorio di Progettazione Architettonica II', 15, 2],
    ['Statica', 12, 1],
    ['Storia dell’Architettura II', 12, 1],
    ['Fisica Tecnica Ambientale', 9, 2],
    ['Urbanistica', 12, 2],
  ],
  [
    ['Laboratorio di Progettazione Architettonica III', 15, 2],
    ['Scienza delle Costruzioni', 12, 1],
    ['Tecnologia dell’Architettura', 12, 1],
    ['Restauro Architettonico', 12, 2],
    ['Estimo', 9, 2],
  ],
  [
    ['Laboratorio di Progettazione Architettonica IV', 15, 2],
    ['Tecnica delle Costruzioni', 12, 1],
    ['Progettazione Urbanistica', 15, 2],
    ['Impianti Tecnici', 9, 1],
    ['Rilievo dell’Architettura', 9, 1],
  ],
  [
    ['Laboratorio di Sintesi Finale', 18, 1],
    ['Progettazione Sostenibile', 12, 1],
    ['Tirocinio', 10, 2, 'idoneita'],
    ['Tesi di laurea', 20, 2, 'final'],
  ],
];

const DOCTORAL: CourseTemplate[][] = [
  [
    ['Metodologia della Ricerca', 4, 1, 'idoneita'],
    ['Scrittura Scientifica in Inglese', 3, 2, 'idoneita'],
  ],
  [
    ['Etica e Integrità della Ricerca', 2, 1, 'idoneita'],
    ['Valorizzazione dei Risultati della Ricerca', 2, 2, 'idoneita'],
  ],
  [],
];

export interface DemoCourse {
  code: string;
  name: string;
  credits: number;
  yearOfCourse: number;
  semester: 1 | 2;
  passFail: boolean;
  final: boolean;
}

const templatesOf = (programme: DemoProgramme): CourseTemplate[][] => {
  if (programme.area === 'phd') return DOCTORAL;
  if (programme.area === 'arch') return SINGLE_CYCLE;
  return programme.type === 'LM' ? MASTER[programme.area] : BACHELOR[programme.area];
};

/** The study plan of a programme, with course codes unique within it (an ESSE3 "attività didattica" code). */
export const coursesOf = (programme: DemoProgramme): DemoCourse[] =>
  templatesOf(programme).flatMap((year, yearIndex) =>
    year.map(([name, credits, semester, kind], index) => ({
      code: `${programme.code}-${yearIndex + 1}${String(index + 1).padStart(2, '0')}`,
      name,
      credits,
      yearOfCourse: yearIndex + 1,
      semester,
      passFail: kind !== undefined,
      final: kind === 'final',
    })),
  );
