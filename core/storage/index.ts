export * from './app-db.ts';
export * from './settings-repo.ts';
export * from './datasets-repo.ts';
