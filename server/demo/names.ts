/** Common given names and surnames of Apulia, for demo people. Deterministic by index: same data every start. */
export const GIVEN_NAMES = [
  'Giuseppe',
  'Maria',
  'Antonio',
  'Anna',
  'Francesco',
  'Giovanna',
  'Nicola',
  'Rosa',
  'Vito',
  'Angela',
  'Michele',
  'Lucia',
  'Domenico',
  'Teresa',
  'Luca',
  'Chiara',
  'Alessandro',
  'Francesca',
  'Davide',
  'Sara',
  'Matteo',
  'Martina',
  'Lorenzo',
  'Giorgia',
  'Andrea',
  'Alessia',
  'Pietro',
  'Federica',
  'Gabriele',
  'Ilaria',
  'Riccardo',
  'Valentina',
  'Stefano',
  'Elena',
  'Donato',
  'Serena',
  'Cosimo',
  'Roberta',
  'Leonardo',
  'Claudia',
];

export const FAMILY_NAMES = [
  'Lorusso',
  'Colucci',
  'Caputo',
  'Lopez',
  'De Santis',
  'Losito',
  'Lattanzio',
  'Amoruso',
  'Pellegrini',
  'Carbonara',
  'Ruggieri',
  'Marzano',
  'Laterza',
  'Lovecchio',
  'Palmieri',
  'Mastrangelo',
  'Dellino',
  'Giannuzzi',
  'Cassano',
  'Lamanna',
  'Lacalamita',
  'Capriati',
  'Ferrara',
  'Mancini',
  'Tarantini',
  'Greco',
  'Conte',
  'Sblendorio',
  'Cirillo',
  'Lisi',
  'Schiavone',
  'Montanaro',
  'Dibenedetto',
  'Loiacono',
  'Rizzi',
  'Fanelli',
  'Resta',
  'Vacca',
  'Lavermicocca',
  'Totaro',
];

/** A small deterministic pseudo-random generator (mulberry32) so demo data is the same on every machine. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const pick = <T>(random: () => number, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};
