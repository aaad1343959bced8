export * from './needs-summary.ts';
