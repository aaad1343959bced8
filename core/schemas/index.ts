export * from './codes.ts';
export * from './party.ts';
export * from './need.ts';
export * from './strategic-vision.ts';
export * from './activity.ts';
export * from './summary.ts';
export * from './dataset.ts';
export * from './messages.ts';
