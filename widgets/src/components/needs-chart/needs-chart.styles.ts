import { css } from 'lit';

export const chartStyles = css`
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: var(--_gap);
  }
  .views button {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--cites-radius, 4px);
    background: transparent;
    cursor: pointer;
  }
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--cites-accent-contrast-color, #fff);
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    max-width: var(--cites-chart-max-width, 40rem);
    overflow: visible;
  }
  .label,
  .value {
    fill: currentColor;
    font-size: 13px;
  }
  .bar {
    fill: var(--cites-bar-color, var(--_accent));
  }
  .track {
    fill: var(--cites-bar-track-color, rgba(128, 128, 128, 0.12));
  }
  details {
    margin-block-start: var(--_gap);
  }
  summary {
    cursor: pointer;
    width: max-content;
  }
  table {
    margin-block-start: 0.25rem;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  thead th:last-child {
    text-align: end;
  }
  @media print {
    .bar {
      fill: #444;
    }
  }
`;
