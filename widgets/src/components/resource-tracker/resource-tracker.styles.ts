import { css } from 'lit';

export const resourceTrackerStyles = css`
  .currency-note {
    margin: 0 0 var(--_gap);
    font-size: 0.875em;
  }
  .view {
    margin-block-end: calc(var(--_gap) * 2);
  }
  table {
    width: 100%;
  }
  tbody th {
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  td.num,
  th.num {
    white-space: nowrap;
  }
`;
