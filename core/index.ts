export * from './recognize/index.ts';
export * from './analytics/index.ts';
