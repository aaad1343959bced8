/**
 * The recognizer's public interface: `recognize(text)` and its factory, the mention schema, and
 * where a mention can be read on cites.org.
 */
export {
  MENTION_KINDS,
  MentionKindSchema,
  MentionSchema,
  type Mention,
  type MentionKind,
} from './mention.ts';
export {
  createRecognizer,
  defaultRecognizer,
  mergeMentions,
  recognize,
  type RecognizeOptions,
  type Recognizer,
  type RecognizerOptions,
} from './recognize.ts';
export { createPartyMatcher, type PartyMatcher } from './party-matcher.ts';
export { EXTRA_PARTY_NAMES, NON_PARTY_NAMES } from './party-names.ts';
export { referenceUrl, type ReferenceLink } from './cites-urls.ts';
export { notificationId } from './notifications.ts';
