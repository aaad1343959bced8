/**
 * The notes' stylesheet: inside the in-page shadow root (the page's styles cannot reach it),
 * and added to the side panel, so the editor and the notes look the same everywhere.
 */
export const NOTES_CSS = `
:host { all: initial; }
.panel, .notes-ui {
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; text-align: start;
}
.panel {
  box-sizing: border-box; width: min(24rem, calc(100vw - 16px)); max-height: min(32rem, 80vh); overflow: auto;
  padding: 10px 12px; background: #fff; border: 1px solid #9aa5b1; border-radius: 6px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
}
.add-button {
  font: 600 12px/1 system-ui, sans-serif; padding: 6px 10px; border-radius: 14px; border: 1px solid #7a5d00;
  background: #ffd60a; color: #1b1b1b; cursor: pointer; box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
}
.add-button:focus-visible, button:focus-visible, textarea:focus, input:focus, select:focus {
  outline: 2px solid #1a5fb4; outline-offset: 1px;
}
.quote {
  margin: 0 0 8px; padding: 2px 8px; border-left: 3px solid #e0b400; color: #3b4650;
  white-space: pre-wrap; max-height: 8em; overflow: auto;
}
.editor label { display: block; margin: 6px 0; }
.editor label span { display: block; font-weight: 600; margin-bottom: 2px; }
.editor textarea, .editor input {
  box-sizing: border-box; width: 100%; font: inherit; padding: 4px 6px; border: 1px solid #9aa5b1; border-radius: 4px;
}
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 6px; }
button {
  font: inherit; padding: 3px 10px; border: 1px solid #9aa5b1; border-radius: 4px; background: #f4f6f8; cursor: pointer;
}
button.primary { background: #1a5fb4; border-color: #1a5fb4; color: #fff; }
button:disabled { opacity: 0.6; cursor: default; }
.hint { color: #55606b; font-size: 11px; }
.alert { margin: 6px 0; padding: 6px 8px; border-radius: 4px; background: #fff4e5; border: 1px solid #e59d00; }
.versions { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.versions h4 { margin: 4px 0; font-size: 12px; }
.body { white-space: pre-wrap; margin: 4px 0; overflow-wrap: anywhere; }
.tag-list { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px; }
.tag-list li { background: #e8eef6; border-radius: 10px; padding: 0 8px; font-size: 12px; }
.links, .meta { color: #55606b; font-size: 12px; margin: 2px 0; }
.note { border-top: 1px solid #e1e5ea; padding: 8px 0; }
.note:first-child { border-top: none; }
.note.unanchored .quote { border-left-color: #b42318; }
.flag { color: #b42318; font-size: 12px; font-weight: 600; margin: 0 0 4px; }
.toast { margin: 6px 0; padding: 6px 8px; background: #2b3440; color: #fff; border-radius: 4px; display: flex; gap: 8px; align-items: center; }
.toast button { background: transparent; color: #fff; border-color: #fff; }
`;
