/** fast-check generators of notes, shared by the notes tests. */
import fc from 'fast-check';
import { normalizeTags, type Note } from '../../../core/notes/index.ts';

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

export const noteArb: fc.Arbitrary<Note> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    document: fc.record(
      {
        id: fc.oneof(
          fc.constantFrom('SC66 Doc. 20.2', 'CoP18 Doc. 21.3', 'Notification 2020/027'),
          fc.string({ minLength: 1 }),
        ),
        title: fc.string(),
        urls: fc.array(fc.webUrl(), { maxLength: 2 }),
        fingerprint: fc.stringMatching(/^[0-9a-f]{32}$/),
      },
      { requiredKeys: ['id', 'urls'] },
    ),
    exact: fc.string({ minLength: 1, maxLength: 60 }),
    prefix: fc.string({ maxLength: 32 }),
    suffix: fc.string({ maxLength: 32 }),
    position: fc.option(
      fc.tuple(fc.nat(100_000), fc.nat(500)).map(([start, length]) => ({ start, end: start + length })),
      { nil: undefined },
    ),
    body: fc.string({ maxLength: 200 }),
    tags: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 4 }).map(normalizeTags),
    links: fc.array(
      fc.record({
        kind: fc.constantFrom('party', 'decision', 'document'),
        id: fc.string({ minLength: 1, maxLength: 10 }),
      }),
      { maxLength: 3 },
    ),
    created: isoDate,
    modified: isoDate,
    revision: fc.integer({ min: 1, max: 50 }),
    deleted: fc.option(isoDate, { nil: undefined }),
  })
  .map(({ exact, prefix, suffix, position, deleted, ...rest }) => ({
    ...rest,
    target: position ? { quote: { exact, prefix, suffix }, position } : { quote: { exact, prefix, suffix } },
    ...(deleted ? { deleted } : {}),
  }));
