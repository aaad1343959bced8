/**
 * The self-assessment: a Party rates each element 0 to 3 against its written criteria, sees the
 * gap profile (how far each element is from 3 and the needs the gaps suggest), saves it (kept by
 * the background, one per Party) and downloads it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { PARTIES } from '../../core/data/parties.ts';
import { CATEGORY_LABELS } from '../../core/i18n/labels.ts';
import type { Language } from '../../core/schemas/codes.ts';
import {
  ASSESSMENT_ELEMENTS,
  elementCriteria,
  gapProfile,
  SelfAssessmentSchema,
  type SelfAssessment,
} from '../../core/tracker/self-assessment.ts';
import { downloadText, today } from './download.ts';
import { SelectField, TextArea, TextField } from './form-fields.tsx';
import { partyLabel } from './party-label.ts';
import { askTracker } from './tracker-client.ts';
import { tt } from './tracker-text.ts';

const RATINGS = [0, 1, 2, 3] as const;

const blank = (party: string): SelfAssessment => ({ party, date: today(), ratings: {}, notes: {} });

/** The self-assessment section. */
export function AssessmentView({ lang }: { lang: Language }) {
  const [stored, setStored] = useState<SelfAssessment[]>([]);
  const [draft, setDraft] = useState<SelfAssessment>(blank(''));
  const [message, setMessage] = useState<{ ok: boolean; text: string; undo?: SelfAssessment }>();

  const reload = async () => {
    const answer = await askTracker({ type: 'tracker.listAssessments' });
    if (answer.ok) setStored(answer.value);
    else setMessage({ ok: false, text: tt('error', lang, { reason: answer.error }) });
  };
  useEffect(() => {
    void reload();
  }, []);

  const parties = useMemo(
    () => [...PARTIES].sort((a, b) => a.names[lang].localeCompare(b.names[lang], lang)).map((p) => p.code),
    [lang],
  );
  const valid = SelfAssessmentSchema.safeParse(draft);
  const profile = valid.success ? gapProfile(valid.data) : undefined;

  const save = async (assessment: SelfAssessment) => {
    const answer = await askTracker({ type: 'tracker.saveAssessment', assessment });
    if (!answer.ok) setMessage({ ok: false, text: tt('error', lang, { reason: answer.error }) });
    else if (!answer.value.ok)
      setMessage({ ok: false, text: tt('error', lang, { reason: answer.value.error.message }) });
    else
      setMessage({
        ok: true,
        text: tt('assessmentSaved', lang, { party: partyLabel(assessment.party, lang) }),
      });
    await reload();
  };

  const remove = async (party: string) => {
    const answer = await askTracker({ type: 'tracker.deleteAssessment', party });
    if (answer.ok && answer.value.removed)
      setMessage({
        ok: true,
        text: tt('assessmentDeleted', lang, { party: partyLabel(party, lang) }),
        undo: answer.value.removed,
      });
    await reload();
  };

  return (
    <section aria-labelledby="assessment-title">
      <h2 id="assessment-title">{tt('tabAssessment', lang)}</h2>
      <p>{tt('assessmentIntro', lang)}</p>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} data-testid="assessment-message">
          {message.text}{' '}
          {message.undo && (
            <button
              type="button"
              onClick={() => {
                const restored = message.undo!;
                void save(restored);
              }}
            >
              {tt('undo', lang)}
            </button>
          )}
        </p>
      )}
      {stored.length > 0 && (
        <section aria-labelledby="stored-title">
          <h3 id="stored-title">{tt('storedAssessments', lang)}</h3>
          <ul>
            {stored.map((assessment) => (
              <li key={assessment.party}>
                {partyLabel(assessment.party, lang)} ({assessment.date}){' '}
                <button type="button" onClick={() => setDraft(assessment)}>
                  {tt('open', lang)}
                </button>{' '}
                <button type="button" onClick={() => void remove(assessment.party)}>
                  {tt('delete', lang)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form
        class="assessment"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid.success) void save(valid.data);
        }}
      >
        <SelectField
          name="party"
          label={tt('party', lang)}
          value={draft.party}
          options={['', ...parties]}
          labelOf={(code) => (code ? `${partyLabel(code, lang)} (${code})` : '—')}
          onChange={(party) => setDraft(stored.find((a) => a.party === party) ?? { ...draft, party })}
        />
        <TextField
          name="date"
          type="date"
          label={tt('date', lang)}
          value={draft.date}
          onInput={(date) => setDraft({ ...draft, date })}
        />
        {ASSESSMENT_ELEMENTS.map((element) => (
          <fieldset key={element.id} class="element" data-element={element.id}>
            <legend>{element.name[lang]}</legend>
            {RATINGS.map((rating) => (
              <label key={rating} class="rating">
                <input
                  type="radio"
                  name={`rating-${element.id}`}
                  value={rating}
                  checked={draft.ratings[element.id] === rating}
                  onChange={() => setDraft({ ...draft, ratings: { ...draft.ratings, [element.id]: rating } })}
                />
                <strong>{rating}</strong> — {elementCriteria(element, lang)[rating]}
              </label>
            ))}
            <label class="rating">
              <input
                type="radio"
                name={`rating-${element.id}`}
                value=""
                checked={draft.ratings[element.id] === undefined}
                onChange={() => {
                  const { [element.id]: _dropped, ...ratings } = draft.ratings;
                  setDraft({ ...draft, ratings });
                }}
              />
              {tt('notRated', lang)}
            </label>
            <TextArea
              name={`notes-${element.id}`}
              label={tt('notes', lang)}
              value={draft.notes[element.id] ?? ''}
              rows={1}
              onInput={(text) => setDraft({ ...draft, notes: { ...draft.notes, [element.id]: text } })}
            />
          </fieldset>
        ))}
        <p>
          <button type="submit" class="primary" disabled={!valid.success}>
            {tt('saveAssessment', lang)}
          </button>
        </p>
      </form>
      {profile && valid.success && (
        <section aria-labelledby="profile-title" data-testid="gap-profile">
          <h3 id="profile-title">
            {tt('gapProfile', lang)}: {partyLabel(profile.party, lang)}
          </h3>
          <table class="scores">
            <thead>
              <tr>
                <th scope="col">{tt('element', lang)}</th>
                <th scope="col">{tt('rating', lang)}</th>
                <th scope="col">{tt('gap', lang)}</th>
                <th scope="col">{tt('criterionMet', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {profile.elements.map((row) => {
                const element = ASSESSMENT_ELEMENTS.find((e) => e.id === row.element)!;
                return (
                  <tr key={row.element}>
                    <th scope="row">{element.name[lang]}</th>
                    <td>{row.rating ?? tt('notRated', lang)}</td>
                    <td>{row.gap}</td>
                    <td>{row.rating === undefined ? '' : elementCriteria(element, lang)[row.rating]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h4>{tt('suggestedNeeds', lang)}</h4>
          {profile.suggestedNeeds.length === 0 ? (
            <p class="muted">{tt('noSuggestedNeeds', lang)}</p>
          ) : (
            <ul>
              {profile.suggestedNeeds.map((need) => (
                <li key={need.category}>
                  {CATEGORY_LABELS[need.category][lang]}: {need.recipients.join(' ')} (
                  {need.elements
                    .map((id) => ASSESSMENT_ELEMENTS.find((e) => e.id === id)?.name[lang] ?? id)
                    .join(', ')}
                  )
                </li>
              ))}
            </ul>
          )}
          <p>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `cites-self-assessment-${profile.party}-${valid.data.date}.json`,
                  JSON.stringify({ assessment: valid.data, gapProfile: profile }, null, 2),
                  'application/json',
                )
              }
            >
              {tt('downloadProfile', lang)}
            </button>
          </p>
        </section>
      )}
    </section>
  );
}
