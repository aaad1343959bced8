import { MENTION_KIND_LABELS, t } from '../../core/i18n/index.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { Mention } from '../../core/recognize/index.ts';
import { text } from '../i18n/strings.ts';
import { safeHref } from './safe-href.ts';

/** Props of `ReferenceCard`. */
export interface ReferenceCardProps {
  mention: Mention;
  lang: Language;
  /** The reference on cites.org in `lang`, where known. */
  url: string | undefined;
}

/** A reference's card: what it is, and a link to it on cites.org where one is known. */
export function ReferenceCard({ mention, lang, url: address }: ReferenceCardProps) {
  const url = safeHref(address);
  const kind = MENTION_KIND_LABELS[mention.kind]?.[lang] ?? text('reference', lang);
  return (
    <div class="card" data-card-kind={mention.kind} data-card-id={mention.id} lang={lang}>
      <header>
        <p class="kind">{kind}</p>
        <h2>{mention.id}</h2>
        <p class="meta">“{mention.text.replace(/\s+/g, ' ')}”</p>
      </header>
      {url ? (
        <p>
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('readOnCites', lang)}
          </a>
        </p>
      ) : (
        <p class="empty">{text('noLink', lang)}</p>
      )}
    </div>
  );
}
