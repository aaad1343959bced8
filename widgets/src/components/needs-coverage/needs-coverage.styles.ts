import { css } from 'lit';

export const needsCoverageStyles = css`
  table {
    width: 100%;
    min-width: 36rem;
  }
  thead th {
    white-space: nowrap;
    font-weight: 600;
  }
  tbody th {
    font-weight: normal;
  }
  .coverage {
    color: var(--cites-coverage-color, #1a1a1a);
  }
  .covered {
    background: var(--cites-covered-background, #d9f0dc);
  }
  .partial {
    background: var(--cites-partial-background, #fbefc4);
  }
  .unmet {
    background: var(--cites-unmet-background, #f8d9d6);
  }
  td.coverage {
    font-size: 0.875em;
  }
  .state,
  .codes {
    display: block;
  }
  .codes {
    font-size: 0.9em;
  }
  .mark {
    display: inline-block;
    margin-block-start: 0.125rem;
    padding: 0 0.3em;
    border: 1px solid currentColor;
    border-radius: var(--cites-radius, 4px);
    font-size: 0.8125em;
  }
  .mark.overlap {
    border-style: dashed;
  }
  .mark.overlap::before {
    content: '⚠ ';
  }
  .mark.collaboration::before {
    content: '⇄ ';
  }
  .legend {
    margin-block: var(--_gap);
    font-size: 0.875em;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem calc(var(--_gap) * 2);
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
  }
  .swatch {
    display: inline-block;
    min-width: 1.5em;
    text-align: center;
    border: 1px solid var(--_border);
  }
  .findings ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .findings li {
    margin-block-end: 0.25rem;
    overflow-wrap: anywhere;
  }
`;
