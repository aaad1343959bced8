import { css } from 'lit';

export const partyNeedsStyles = css`
  .heading {
    font-size: 1.25em;
    font-weight: 600;
    margin: 0;
  }
  .subheading {
    font-weight: 600;
    margin: var(--_gap) 0 0.25rem;
  }
  .region {
    margin: 0.125rem 0 var(--_gap);
  }
  .status {
    margin: var(--_gap) 0;
    font-style: italic;
  }
  section {
    margin-block-start: calc(var(--_gap) * 1.5);
  }
  table {
    width: 100%;
  }
  thead th {
    font-weight: 600;
  }
  tbody th {
    font-weight: normal;
    width: 40%;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .recipients {
    list-style: none;
    padding: 0;
  }
  .code {
    display: inline-block;
    min-width: 2.2em;
    padding: 0 0.3em;
    border-radius: 3px;
    background: var(--cites-code-background, rgba(128, 128, 128, 0.16));
    font-size: 0.875em;
    text-align: center;
  }
  dl {
    margin: var(--_gap) 0 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--cites-link-color, inherit);
  }
  @media (max-width: 30rem) {
    tbody th {
      width: auto;
    }
  }
`;
