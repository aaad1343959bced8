import { css } from 'lit';

/** Styles shared by the tracker widgets: controls, badges, headings and section spacing. */
export const trackerStyles = css`
  select,
  input,
  textarea,
  button {
    font: inherit;
  }
  select,
  input[type='search'],
  input[type='date'],
  textarea {
    min-height: 2.25rem;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--cites-radius, 4px);
    background: var(--cites-control-background, Canvas);
    color: var(--cites-control-color, CanvasText);
    max-width: 100%;
  }
  .button {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--cites-radius, 4px);
    background: var(--cites-control-background, Canvas);
    color: var(--cites-control-color, CanvasText);
    cursor: pointer;
  }
  .summary {
    margin: 0 0 var(--_gap);
    font-size: 0.875em;
  }
  .heading {
    font-size: 1.15em;
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .subheading {
    font-weight: 600;
    margin: calc(var(--_gap) * 1.5) 0 0.25rem;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: var(--cites-radius, 4px);
    font-size: 0.8125em;
    white-space: nowrap;
  }
  .scroll {
    position: relative;
    overflow-x: auto;
    max-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem var(--_gap);
    margin: 0.25rem 0;
  }
  dl.facts dt {
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .bar {
    display: block;
    height: 0.5rem;
    max-width: 12rem;
    border: 1px solid var(--_border);
    border-radius: 2px;
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: var(--_accent);
  }
  @media (max-width: 30rem) {
    dl.facts {
      grid-template-columns: 1fr;
    }
    dl.facts dd {
      margin-inline-start: var(--_gap);
    }
  }
`;
