/** The card's stylesheet, inside its shadow root (the page's styles cannot reach it). */
export const CARD_CSS = `
:host { all: initial; }
.panel {
  box-sizing: border-box; max-width: min(26rem, calc(100vw - 16px)); max-height: min(28rem, 70vh);
  overflow: auto; padding: 10px 12px; background: #fff; color: #1b1b1b;
  border: 1px solid #9aa5b1; border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
}
.panel:focus { outline: 2px solid #1a5fb4; outline-offset: 1px; }
h2 { font-size: 15px; margin: 0 0 2px; }
h3 { font-size: 13px; margin: 8px 0 4px; }
p { margin: 2px 0; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: #55606b; }
.meta, .source, .empty { color: #3b4650; }
.empty { font-style: italic; }
.report { border-top: 1px solid #e1e5ea; margin-top: 6px; padding-top: 2px; }
dl { margin: 2px 0; }
.need { display: grid; grid-template-columns: 11rem 1fr; gap: 6px; padding: 1px 0; }
dt { font-weight: 600; }
dd { margin: 0; }
.label { font-weight: 600; }
a { color: #1a5fb4; }
a:focus-visible { outline: 2px solid #1a5fb4; }
`;
