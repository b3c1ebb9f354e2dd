export * from './applications.ts';
export * from './calls.ts';
export * from './careers.ts';
export * from './funding.ts';
export * from './jobs.ts';
export * from './mail.ts';
export * from './people.ts';
export * from './profiles.ts';
