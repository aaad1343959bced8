import { defineContentScript } from '#imports';
import { runContentScript } from '../../content/run-content.ts';

export default defineContentScript({
  // cites.org only; other sites are registered at run time when the user switches them on.
  matches: ['https://cites.org/*', 'https://*.cites.org/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(document, ctx);
  },
});
