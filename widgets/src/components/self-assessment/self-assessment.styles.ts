import { css } from 'lit';

export const selfAssessmentStyles = css`
  .heading {
    font-size: 1.25em;
  }
  form {
    display: grid;
    gap: var(--_gap);
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--cites-radius, 4px);
    margin: 0;
    padding: var(--_gap);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .option {
    display: flex;
    gap: var(--_gap);
    align-items: flex-start;
    padding: 0.125rem 0;
    cursor: pointer;
  }
  .option input {
    margin: 0.2em 0 0;
    flex: none;
  }
  .notes {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    margin-block-start: 0.25rem;
    font-size: 0.875em;
  }
  table {
    width: 100%;
  }
  tbody th {
    font-weight: normal;
  }
  td .bar {
    display: inline-block;
    width: 6rem;
    vertical-align: middle;
    margin-inline-start: 0.25rem;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin-block-start: var(--_gap);
  }
  @media print {
    textarea {
      border: none;
      resize: none;
    }
  }
`;
