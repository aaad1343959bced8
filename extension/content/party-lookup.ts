import type { PartyRecord } from '../../core/schemas/messages.ts';
import { askBackground } from '../messaging/client.ts';

/** A cached Party lookup through the background. */
export interface PartyLookup {
  (code: string): Promise<PartyRecord | undefined>;
  /** Forgets the cached answers (the data changed). */
  clear(): void;
}

/** A Party lookup that asks the background once per Party until cleared. */
export function createPartyLookup(): PartyLookup {
  const cache = new Map<string, Promise<PartyRecord | undefined>>();
  const lookup = (code: string) => {
    let answer = cache.get(code);
    if (!answer) {
      answer = askBackground({ type: 'lookupParties', codes: [code] }).then((result) =>
        result.ok ? result.value[0] : undefined,
      );
      cache.set(code, answer);
    }
    return answer;
  };
  return Object.assign(lookup, { clear: () => cache.clear() });
}
