export * from './careers.ts';
export * from './jobs.ts';
export * from './people.ts';
export * from './profiles.ts';
