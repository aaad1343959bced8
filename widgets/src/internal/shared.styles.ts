import { css } from 'lit';

/**
 * Styles shared by every widget: quiet defaults that inherit the host page's font and colour,
 * a visible focus ring, screen-reader-only text, the filter toolbar, the error box and print rules.
 */
export const sharedStyles = css`
  :host {
    display: block;
    min-width: 0;
    max-width: 100%;
    font: inherit;
    color: var(--cites-color, inherit);
    line-height: 1.4;
    --_border: var(--cites-border-color, rgba(128, 128, 128, 0.45));
    --_header-bg: var(--cites-header-background, rgba(128, 128, 128, 0.12));
    --_accent: var(--cites-accent-color, #2c5f7c);
    --_focus: var(--cites-focus-color, currentColor);
    --_gap: var(--cites-spacing, 0.5rem);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  select,
  summary {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .error {
    border: 1px solid #b3261e;
    border-left-width: 4px;
    padding: var(--_gap);
    margin: 0;
    overflow-wrap: anywhere;
  }
  .loading,
  .muted {
    opacity: 0.85;
  }
  .notice {
    font-size: 0.875em;
    font-style: italic;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  thead th,
  tfoot th,
  tfoot td {
    background: var(--_header-bg);
  }
  @media print {
    :host {
      color: #000;
    }
    .no-print {
      display: none !important;
    }
    tr {
      break-inside: avoid;
    }
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap) calc(var(--_gap) * 2);
    align-items: end;
    margin-block-end: var(--_gap);
  }
  .toolbar label {
    display: flex;
    flex-direction: column;
    min-width: 0;
    max-width: 100%;
    font-size: 0.875em;
    gap: 0.125rem;
  }
`;
