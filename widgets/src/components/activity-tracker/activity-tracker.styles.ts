import { css } from 'lit';

export const activityTrackerStyles = css`
  .activities {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .activity {
    border: 1px solid var(--_border);
    border-radius: var(--cites-radius, 4px);
    padding: var(--_gap);
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_gap);
    align-items: baseline;
  }
  .title-row .heading {
    margin: 0;
  }
  .status-completed {
    font-weight: 600;
  }
  .status-cancelled {
    text-decoration: line-through;
  }
  .illustrative {
    font-style: italic;
  }
  .indicators {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .indicators li {
    margin-block-end: 0.25rem;
    overflow-wrap: anywhere;
  }
  .criterion {
    display: block;
    font-size: 0.875em;
  }
  .source {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .rules {
    margin-block-start: var(--_gap);
  }
  .rules summary {
    cursor: pointer;
  }
  .rules dt {
    font-weight: 600;
    margin-block-start: 0.25rem;
  }
  .rules dd {
    margin: 0;
  }
  [part='party-scores'] {
    margin-block-end: var(--_gap);
  }
  [part='party-scores'] table {
    width: 100%;
  }
  [part='party-scores'] tbody th {
    font-weight: normal;
  }
`;
