/** Offline notes on CITES documents: the note, its anchoring, the document's identity, exports. */
export * from './note.ts';
export * from './document-identity.ts';
export * from './describe-selection.ts';
export * from './anchor.ts';
export * from './web-annotation.ts';
export * from './markdown-export.ts';
export * from './csv-export.ts';
export * from './search-words.ts';
