export * from './recognize/index.ts';
