/**
 * `url` when it is a web address (http or https), else undefined. Addresses in a dataset come
 * from outside: a `javascript:` link in a card would run in the page.
 *
 * @param url - an address from the data
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
