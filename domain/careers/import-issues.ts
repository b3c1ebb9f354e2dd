/** What the office can import: one file per kind, as its student information system exports them. */
export const IMPORT_KINDS = ['programmes', 'students', 'exams', 'study-plans'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ImportLocale = 'it' | 'en';

/**
 * Everything that can be wrong with one cell, one row or the header of an import file, as data. The server
 * stores these and renders them in the reader's language when the report is read.
 */
export type ImportIssueDetail =
  | { code: 'missing-column' }
  | { code: 'unknown-column' }
  | { code: 'duplicate-column' }
  | { code: 'looks-like-kind'; kind: ImportKind }
  | { code: 'no-rows' }
  | { code: 'required' }
  | { code: 'too-long'; max: number }
  | { code: 'bad-date'; value: string }
  | { code: 'date-in-future'; value: string }
  | { code: 'implausible-birth-date'; value: string }
  | { code: 'bad-boolean'; value: string }
  | { code: 'bad-integer'; value: string }
  | { code: 'bad-amount'; value: string }
  | { code: 'out-of-range'; value: string; min: number; max: number }
  | { code: 'grade-out-of-range'; value: string; min: number; max: number }
  | { code: 'honours-without-top-grade'; top: number }
  | { code: 'credits-not-positive'; value: string }
  | { code: 'bad-academic-year'; value: string }
  | { code: 'bad-programme-type'; value: string }
  | { code: 'bad-duration'; value: string; type: string }
  | { code: 'bad-status'; value: string }
  | { code: 'bad-email'; value: string }
  | { code: 'bad-fiscal-code'; value: string }
  | { code: 'bad-semester'; value: string }
  | { code: 'unknown-programme'; value: string }
  | { code: 'unknown-unit'; value: string }
  | { code: 'not-a-department'; value: string }
  | { code: 'unknown-student'; value: string }
  | { code: 'duplicate-student-number'; value: string; firstRow: number }
  | { code: 'duplicate-programme'; value: string; firstRow: number }
  | { code: 'duplicate-course'; value: string; firstRow: number }
  | { code: 'duplicate-email'; value: string; firstRow: number }
  | { code: 'duplicate-fiscal-code'; value: string; firstRow: number }
  | { code: 'year-beyond-duration'; value: number; duration: number }
  | { code: 'years-beyond-before-last-year'; duration: number }
  | { code: 'single-course-with-years-beyond' }
  | { code: 'email-taken'; value: string }
  | { code: 'fiscal-code-taken'; value: string }
  | { code: 'student-number-mismatch'; value: string; existing: string };

export type ImportIssueCode = ImportIssueDetail['code'];

/** One problem, located as the office sees it: the header is row 1, the first student row 2. */
export type ImportIssue = { row: number; column: string | null } & ImportIssueDetail;

/** Why a whole file was refused before any row was read. */
export type FileProblem =
  | { code: 'not-a-spreadsheet'; detected: NotSpreadsheetReason }
  | { code: 'unreadable-spreadsheet' }
  | { code: 'empty-file' };

export type NotSpreadsheetReason = 'pdf' | 'image' | 'archive' | 'legacy-excel' | 'word' | 'binary';

const KIND_NAMES: Record<ImportLocale, Record<ImportKind, string>> = {
  it: {
    programmes: 'corsi di studio',
    students: 'studenti',
    exams: 'esami',
    'study-plans': 'piani di studio',
  },
  en: { programmes: 'degree programmes', students: 'students', exams: 'exams', 'study-plans': 'study plans' },
};

export const importKindName = (kind: ImportKind, locale: ImportLocale) => KIND_NAMES[locale][kind];

type Catalogue = { [C in ImportIssueCode]: (d: Extract<ImportIssueDetail, { code: C }>) => string };

const it: Catalogue = {
  'missing-column': () => 'Colonna obbligatoria mancante.',
  'unknown-column': () => 'Colonna non prevista per questo tipo di file.',
  'duplicate-column': () => 'Colonna presente più di una volta.',
  'looks-like-kind': (d) =>
    `Le colonne sembrano quelle di un file di ${KIND_NAMES.it[d.kind]}: controlla il tipo scelto.`,
  'no-rows': () => 'Il file non contiene righe di dati sotto l’intestazione.',
  required: () => 'Valore obbligatorio mancante.',
  'too-long': (d) => `Testo troppo lungo (al massimo ${d.max} caratteri).`,
  'bad-date': (d) => `Data non valida: "${d.value}" (usa gg/mm/aaaa o aaaa-mm-gg).`,
  'date-in-future': (d) => `La data "${d.value}" è nel futuro.`,
  'implausible-birth-date': (d) => `Data di nascita non plausibile: "${d.value}".`,
  'bad-boolean': (d) => `Valore non valido: "${d.value}" (usa S/N, SI/NO, 1/0).`,
  'bad-integer': (d) => `Non è un numero intero: "${d.value}".`,
  'bad-amount': (d) =>
    `Importo in euro non valido: "${d.value}" (scrivi ad esempio 12.345,67; al massimo 1.000.000,00).`,
  'out-of-range': (d) => `Valore fuori intervallo: "${d.value}" (ammessi da ${d.min} a ${d.max}).`,
  'grade-out-of-range': (d) =>
    `Voto non valido: "${d.value}" (ammessi da ${d.min} a ${d.max}, oppure vuoto/IDO per le idoneità).`,
  'honours-without-top-grade': (d) => `La lode è ammessa solo con il voto ${d.top}.`,
  'credits-not-positive': (d) => `I CFU devono essere un numero intero positivo: "${d.value}".`,
  'bad-academic-year': (d) => `Anno accademico non valido: "${d.value}" (usa 2025 o 2025/26).`,
  'bad-programme-type': (d) => `Tipo di corso non valido: "${d.value}" (ammessi L, LM, LMCU, PHD/DR, SPEC).`,
  'bad-duration': (d) => `Durata normale non valida per un corso di tipo ${d.type}: "${d.value}".`,
  'bad-status': (d) =>
    `Stato non valido: "${d.value}" (ammessi ATTIVO, LAUREATO, RINUNCIA, TRASFERITO, SOSPESO).`,
  'bad-email': (d) => `Indirizzo email non valido: "${d.value}".`,
  'bad-fiscal-code': (d) => `Codice fiscale non valido: "${d.value}".`,
  'bad-semester': (d) => `Semestre non valido: "${d.value}" (ammessi 1 o 2).`,
  'unknown-programme': (d) => `Corso di studio sconosciuto: "${d.value}" (importa prima i corsi di studio).`,
  'unknown-unit': (d) => `Struttura sconosciuta: "${d.value}".`,
  'not-a-department': (d) => `La struttura "${d.value}" non è un dipartimento né una scuola.`,
  'unknown-student': (d) => `Matricola sconosciuta: "${d.value}" (importa prima gli studenti).`,
  'duplicate-student-number': (d) => `Matricola "${d.value}" ripetuta (già alla riga ${d.firstRow}).`,
  'duplicate-programme': (d) => `Codice corso "${d.value}" ripetuto (già alla riga ${d.firstRow}).`,
  'duplicate-course': (d) =>
    `Insegnamento "${d.value}" ripetuto per la stessa matricola (già alla riga ${d.firstRow}).`,
  'duplicate-email': (d) => `Email "${d.value}" ripetuta (già alla riga ${d.firstRow}).`,
  'duplicate-fiscal-code': (d) => `Codice fiscale "${d.value}" ripetuto (già alla riga ${d.firstRow}).`,
  'year-beyond-duration': (d) =>
    `Anno di corso ${d.value} oltre la durata normale (${d.duration} anni): indica gli anni fuori corso in ANNI_FUORI_CORSO.`,
  'years-beyond-before-last-year': (d) =>
    `Uno studente fuori corso deve avere anno di corso ${d.duration} (l’ultimo della durata normale).`,
  'single-course-with-years-beyond': () => 'Un’iscrizione a singoli insegnamenti non può essere fuori corso.',
  'email-taken': (d) => `L’email "${d.value}" appartiene già a un’altra persona.`,
  'fiscal-code-taken': (d) => `Il codice fiscale "${d.value}" appartiene già a un’altra persona.`,
  'student-number-mismatch': (d) =>
    `Questa persona risulta già iscritta con la matricola "${d.existing}", non "${d.value}".`,
};

const en: Catalogue = {
  'missing-column': () => 'Required column missing.',
  'unknown-column': () => 'Column not expected for this kind of file.',
  'duplicate-column': () => 'Column appears more than once.',
  'looks-like-kind': (d) => `The columns look like a ${KIND_NAMES.en[d.kind]} file: check the kind chosen.`,
  'no-rows': () => 'The file has no data rows under the header.',
  required: () => 'Required value missing.',
  'too-long': (d) => `Text too long (at most ${d.max} characters).`,
  'bad-date': (d) => `Invalid date: "${d.value}" (use dd/mm/yyyy or yyyy-mm-dd).`,
  'date-in-future': (d) => `The date "${d.value}" is in the future.`,
  'implausible-birth-date': (d) => `Implausible birth date: "${d.value}".`,
  'bad-boolean': (d) => `Invalid value: "${d.value}" (use Y/N, S/N, SI/NO, 1/0).`,
  'bad-integer': (d) => `Not a whole number: "${d.value}".`,
  'bad-amount': (d) =>
    `Invalid amount in euros: "${d.value}" (write e.g. 12.345,67 or 12345.67; at most 1,000,000.00).`,
  'out-of-range': (d) => `Value out of range: "${d.value}" (allowed ${d.min} to ${d.max}).`,
  'grade-out-of-range': (d) =>
    `Invalid grade: "${d.value}" (allowed ${d.min} to ${d.max}, or empty/IDO for pass-fail).`,
  'honours-without-top-grade': (d) => `Honours (lode) are only allowed with a grade of ${d.top}.`,
  'credits-not-positive': (d) => `Credits (CFU) must be a positive whole number: "${d.value}".`,
  'bad-academic-year': (d) => `Invalid academic year: "${d.value}" (use 2025 or 2025/26).`,
  'bad-programme-type': (d) => `Invalid programme type: "${d.value}" (allowed L, LM, LMCU, PHD/DR, SPEC).`,
  'bad-duration': (d) => `Invalid normal duration for a programme of type ${d.type}: "${d.value}".`,
  'bad-status': (d) =>
    `Invalid status: "${d.value}" (allowed ATTIVO, LAUREATO, RINUNCIA, TRASFERITO, SOSPESO).`,
  'bad-email': (d) => `Invalid email address: "${d.value}".`,
  'bad-fiscal-code': (d) => `Invalid fiscal code: "${d.value}".`,
  'bad-semester': (d) => `Invalid semester: "${d.value}" (allowed 1 or 2).`,
  'unknown-programme': (d) => `Unknown degree programme: "${d.value}" (import the programmes first).`,
  'unknown-unit': (d) => `Unknown unit: "${d.value}".`,
  'not-a-department': (d) => `The unit "${d.value}" is neither a department nor a school.`,
  'unknown-student': (d) => `Unknown student number: "${d.value}" (import the students first).`,
  'duplicate-student-number': (d) => `Student number "${d.value}" repeated (already on row ${d.firstRow}).`,
  'duplicate-programme': (d) => `Programme code "${d.value}" repeated (already on row ${d.firstRow}).`,
  'duplicate-course': (d) =>
    `Course "${d.value}" repeated for the same student (already on row ${d.firstRow}).`,
  'duplicate-email': (d) => `Email "${d.value}" repeated (already on row ${d.firstRow}).`,
  'duplicate-fiscal-code': (d) => `Fiscal code "${d.value}" repeated (already on row ${d.firstRow}).`,
  'year-beyond-duration': (d) =>
    `Year of course ${d.value} is beyond the normal duration (${d.duration} years): put the years over in ANNI_FUORI_CORSO.`,
  'years-beyond-before-last-year': (d) =>
    `A student beyond the normal duration must be in year ${d.duration} (the last of the normal duration).`,
  'single-course-with-years-beyond': () => 'A single-course enrolment cannot be beyond the normal duration.',
  'email-taken': (d) => `The email "${d.value}" already belongs to another person.`,
  'fiscal-code-taken': (d) => `The fiscal code "${d.value}" already belongs to another person.`,
  'student-number-mismatch': (d) =>
    `This person is already enrolled with student number "${d.existing}", not "${d.value}".`,
};

const catalogues: Record<ImportLocale, Catalogue> = { it, en };

export const describeImportIssue = (issue: ImportIssueDetail, locale: ImportLocale): string => {
  const render = catalogues[locale][issue.code] as (d: ImportIssueDetail) => string;
  return render(issue);
};

const NOT_SPREADSHEET: Record<ImportLocale, Record<NotSpreadsheetReason, string>> = {
  it: {
    pdf: 'un documento PDF',
    image: 'un’immagine',
    archive: 'un archivio compresso',
    'legacy-excel': 'un file Excel nel vecchio formato .xls (salvalo come .xlsx o CSV)',
    word: 'un documento di testo (Word)',
    binary: 'un file binario',
  },
  en: {
    pdf: 'a PDF document',
    image: 'an image',
    archive: 'a compressed archive',
    'legacy-excel': 'an Excel file in the old .xls format (save it as .xlsx or CSV)',
    word: 'a text (Word) document',
    binary: 'a binary file',
  },
};

export const describeFileProblem = (problem: FileProblem, locale: ImportLocale): string => {
  const italian = locale === 'it';
  switch (problem.code) {
    case 'not-a-spreadsheet':
      return italian
        ? `Il file non è un foglio di calcolo (CSV o XLSX): sembra ${NOT_SPREADSHEET.it[problem.detected]}.`
        : `The file is not a spreadsheet (CSV or XLSX): it looks like ${NOT_SPREADSHEET.en[problem.detected]}.`;
    case 'unreadable-spreadsheet':
      return italian
        ? 'Il file XLSX è danneggiato o non leggibile: salvalo di nuovo e riprova.'
        : 'The XLSX file is damaged or unreadable: save it again and retry.';
    case 'empty-file':
      return italian ? 'Il file è vuoto.' : 'The file is empty.';
  }
};

/** The one line summary of a finished import. */
export const describeImportOutcome = (
  outcome: { written: number; errorCount: number; rowCount: number },
  locale: ImportLocale,
): string => {
  const italian = locale === 'it';
  if (outcome.errorCount === 0)
    return italian
      ? `Importazione completata: ${outcome.written} righe scritte.`
      : `Import completed: ${outcome.written} rows written.`;
  return italian
    ? `Importazione rifiutata: ${outcome.errorCount} errori su ${outcome.rowCount} righe. Nessun dato è stato modificato: correggi il file e caricalo di nuovo.`
    : `Import refused: ${outcome.errorCount} errors in ${outcome.rowCount} rows. No data was changed: correct the file and upload it again.`;
};
