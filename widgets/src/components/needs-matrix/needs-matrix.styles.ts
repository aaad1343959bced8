import { css } from 'lit';

export const matrixStyles = css`
  select {
    min-height: 2.25rem;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--cites-radius, 4px);
    background: var(--cites-control-background, Canvas);
    color: var(--cites-control-color, CanvasText);
    width: 100%;
    max-width: 100%;
  }
  .summary {
    margin: 0 0 var(--_gap);
    font-size: 0.875em;
  }
  .scroll {
    /* Positioned, so that visually hidden text and tooltips stay inside the scrolling box. */
    position: relative;
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    width: 100%;
    min-width: 36rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  thead th {
    white-space: nowrap;
    font-weight: 600;
  }
  th[scope='row'] {
    font-weight: normal;
    position: sticky;
    inset-inline-start: 0;
    background: var(--cites-background, Canvas);
    color: var(--cites-color, CanvasText);
  }
  tfoot th[scope='row'] {
    font-weight: 600;
    background: var(--cites-background, Canvas);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .sort {
    all: unset;
    cursor: pointer;
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    font-weight: 600;
  }
  .sort:focus-visible,
  .linkish:focus-visible,
  .cell:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .arrow {
    font-size: 0.75em;
    min-width: 1ch;
  }
  .linkish {
    all: unset;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-style: dotted;
    text-underline-offset: 0.2em;
  }
  .linkish:hover {
    text-decoration-style: solid;
  }
  .cell {
    all: unset;
    cursor: pointer;
    position: relative;
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.2rem;
  }
  .code {
    display: inline-block;
    padding: 0 0.3em;
    border-radius: 3px;
    background: var(--cites-code-background, rgba(128, 128, 128, 0.16));
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .code.match {
    outline: 2px solid var(--_accent);
    font-weight: 600;
  }
  .tip {
    display: none;
    position: absolute;
    z-index: 2;
    inset-block-start: calc(100% + 4px);
    inset-inline-start: 0;
    width: max-content;
    max-width: 16rem;
    padding: 0.25rem 0.5rem;
    border-radius: 4px;
    background: var(--cites-tooltip-background, #222);
    color: var(--cites-tooltip-color, #fff);
    font-size: 0.8125rem;
    white-space: normal;
    pointer-events: none;
  }
  .cell:hover .tip,
  .cell:focus-visible .tip {
    display: block;
  }
  .none {
    font-style: italic;
  }
  .breakdown {
    display: block;
    font-size: 0.8125em;
  }
  .legend {
    margin: var(--_gap) 0 0;
    font-size: 0.875em;
  }
  .legend dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
  }
  .legend dl div {
    display: flex;
    gap: 0.35rem;
    align-items: baseline;
  }
  .legend dt,
  .legend dd {
    margin: 0;
  }
  @media (max-width: 40rem) {
    .toolbar label {
      flex: 1 1 40%;
    }
    th,
    td {
      padding: 0.2rem 0.3rem;
    }
  }
  @media print {
    .scroll {
      overflow: visible;
    }
    table {
      min-width: 0;
    }
    .tip,
    .arrow {
      display: none !important;
    }
  }
`;
