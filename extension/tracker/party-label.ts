import { partyByCode } from '../../core/data/parties.ts';
import type { Language } from '../../core/schemas/codes.ts';

/** The name of Party `code` in `lang` (the code itself when it is not a known Party). */
export function partyLabel(code: string, lang: Language): string {
  return partyByCode(code)?.names[lang] ?? code;
}
