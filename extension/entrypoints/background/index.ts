import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wired in later: the data store and the message handlers.
});
