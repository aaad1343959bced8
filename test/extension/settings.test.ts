import { describe, expect, it } from 'vitest';
import { BackgroundRequestSchema, SettingsSchema } from '../../core/schemas/messages.ts';
import { effectiveLanguage } from '../../extension/settings/language.ts';
import {
  isCitesOrigin,
  originPattern,
  siteEnabled,
  siteKey,
  webOrigin,
} from '../../extension/settings/sites.ts';

const settings = (sites: Record<string, boolean>) => SettingsSchema.parse({ sites });

describe('where the extension runs', () => {
  it('runs on cites.org and its subdomains unless switched off', () => {
    expect(siteEnabled(settings({}), 'https://cites.org')).toBe(true);
    expect(siteEnabled(settings({}), 'https://www.cites.org')).toBe(true);
    expect(siteEnabled(settings({ 'https://cites.org': false }), 'https://www.cites.org')).toBe(false);
  });

  it('runs on any other site only once switched on', () => {
    expect(siteEnabled(settings({}), 'https://example.org')).toBe(false);
    expect(siteEnabled(settings({ 'https://example.org': true }), 'https://example.org')).toBe(true);
    expect(siteEnabled(settings({ 'https://example.org': true }), 'https://example.org:8443')).toBe(false);
  });

  it('is not fooled by look-alike hosts', () => {
    expect(isCitesOrigin('https://cites.org.example.com')).toBe(false);
    expect(isCitesOrigin('https://notcites.org')).toBe(false);
    expect(siteKey('https://www.cites.org')).toBe('https://cites.org');
  });

  it('asks for a host permission without the port (match patterns have none)', () => {
    expect(originPattern('http://127.0.0.1:8788')).toBe('http://127.0.0.1/*');
    expect(webOrigin('chrome://extensions')).toBeUndefined();
    expect(webOrigin('https://cites.org/eng/dec/valid19/index.php')).toBe('https://cites.org');
  });
});

describe('the interface language', () => {
  it('follows the browser when set to auto, else the choice', () => {
    expect(effectiveLanguage('auto', 'fr-CA')).toBe('fr');
    expect(effectiveLanguage('auto', 'de-DE')).toBe('en');
    expect(effectiveLanguage('es', 'fr-FR')).toBe('es');
  });
});

describe('the message contract', () => {
  it('accepts well-formed requests and refuses the rest', () => {
    expect(BackgroundRequestSchema.safeParse({ type: 'lookupParties', codes: ['MX'] }).success).toBe(true);
    expect(BackgroundRequestSchema.safeParse({ type: 'lookupParties', codes: ['mexico'] }).success).toBe(
      false,
    );
    expect(
      BackgroundRequestSchema.safeParse({ type: 'setSite', origin: 'https://x.org/path', enabled: true })
        .success,
    ).toBe(false);
    expect(
      BackgroundRequestSchema.safeParse({
        type: 'setDataSource',
        source: { kind: 'url', url: 'file:///etc/passwd' },
      }).success,
    ).toBe(false);
    expect(BackgroundRequestSchema.safeParse({ type: 'eval', code: '1' }).success).toBe(false);
  });
});
