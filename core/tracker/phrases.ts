import type { NeedCategory, RecipientCode } from '../schemas/code-lists.ts';
import { RECIPIENT_LABELS } from '../i18n/labels.ts';

/** What an activity of each category gives, as a phrase inside an English sentence. */
const CATEGORY_PHRASES: Record<NeedCategory, string> = {
  advice: 'oral or written advice/guidance',
  technical: 'technical assistance',
  financial: 'financial assistance',
  training: 'training',
  other: 'other capacity-building',
};

export function categoryPhrase(category: NeedCategory): string {
  return CATEGORY_PHRASES[category];
}

/** "MA and EA", "MA, SA and EA": codes as an English list. */
export function codeList(codes: readonly RecipientCode[]): string {
  if (codes.length <= 1) return codes.join('');
  return `${codes.slice(0, -1).join(', ')} and ${codes[codes.length - 1]}`;
}

/** Full recipient names as an English list. */
export function recipientList(codes: readonly RecipientCode[]): string {
  const names = codes.map((code) => RECIPIENT_LABELS[code].en);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
