// CSS of the summary panel, inside <dedoc-root>'s shadow root (it never reaches the page). Sizes are in em of
// the panel's font size, which follows the reader's text size (--summary-scale, from html[data-dedoc-scale]).
// Colours: text ≥ 7:1 on its background in every theme (WCAG AAA for body text; AA asks 4.5:1).
export const PANEL_CSS = `
/* The toolbar button says "Tóm tắt" in words (clearer than an icon for our readers); two short lines keep the
   vertical toolbar narrow. */
.feature-buttons [data-action="summary-open"] {
  max-width: 64px;
  white-space: normal;
  font-size: 15px;
  line-height: 1.15;
}
.summary-panel {
  --summary-scale: 1;
  --bg: #ffffff;
  --fg: #1a1a1a;
  --muted: #4a4a4a;
  --accent: #0b4f8a;
  --accent-fg: #ffffff;
  --soft: #eef3f8;
  --line: #c5d3e0;
  --focus: #b35c00;
  --mark: #ffe066;
  pointer-events: auto;
  position: fixed;
  top: 8px;
  bottom: 8px;
  /* Narrow enough to leave most of the article's lines in view, wide enough for ~45 characters a line; at large text
     sizes it grows more slowly than the text (30vw + 10em) so the article stays visible beside it. */
  width: min(24em, calc(30vw + 10em), calc(100vw - var(--toolbar-room, 80px) - 16px));
  display: flex;
  flex-direction: column;
  background: var(--bg);
  color: var(--fg);
  border: 2px solid var(--accent);
  border-radius: 12px;
  box-shadow: 0 4px 24px rgba(0, 0, 0, 0.3);
  font: 400 calc(18px * var(--summary-scale)) / 1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  overflow: hidden;
}
.summary-panel[hidden] { display: none; }
.summary-panel[data-side="right"] { right: var(--toolbar-room, 80px); }
.summary-panel[data-side="left"] { left: var(--toolbar-room, 80px); }
@media (max-width: 640px) {
  .summary-panel[data-side] { left: 4px; right: 4px; width: auto; max-width: none; }
}
.summary-panel[data-theme="dark"] {
  --bg: #151a21; --fg: #f2f2f2; --muted: #c9cfd6; --accent: #8cc4ff; --accent-fg: #0b1622;
  --soft: #1f2833; --line: #3a4654; --focus: #ffbf47; --mark: #5c4a00;
}
.summary-panel[data-theme="sepia"] {
  --bg: #f7efdc; --fg: #2b2216; --muted: #4d4231; --accent: #6b4400; --accent-fg: #ffffff;
  --soft: #efe3c6; --line: #cdb98c; --focus: #8a2d00; --mark: #ffd866;
}
.summary-panel[data-theme="contrast"], .summary-panel[data-theme="high-contrast"] {
  --bg: #000000; --fg: #ffffff; --muted: #ffffff; --accent: #ffff00; --accent-fg: #000000;
  --soft: #000000; --line: #ffffff; --focus: #00ffff; --mark: #ffff00;
}
.summary-panel header {
  display: flex;
  align-items: center;
  gap: 0.5em;
  padding: 0.5em 0.5em 0.5em 1em;
  background: var(--soft);
  border-bottom: 1px solid var(--line);
}
.summary-panel h2 {
  flex: 1;
  margin: 0;
  font-size: 1.2em;
  line-height: 1.3;
  color: var(--fg);
}
.summary-panel h2:focus { outline: none; }
.summary-panel h2:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.summary-panel h3 {
  margin: 1.1em 0 0.4em;
  font-size: 1.05em;
  color: var(--accent);
}
.summary-panel .slot { display: flex; gap: 0.5em; }
.summary-panel .slot:empty { display: none; }
.summary-panel .content {
  flex: 1;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 0 1em 1em;
}
.summary-panel p { margin: 0.4em 0; }
.summary-panel .note { color: var(--muted); font-size: 0.85em; margin-top: 0.8em; }
.summary-panel .lead {
  margin: 0;
  padding: 0.5em 0.75em;
  border-left: 4px solid var(--accent);
  background: var(--soft);
  font-weight: 600;
}
.summary-panel button {
  min-width: 48px;
  min-height: 48px;
  font: inherit;
}
.summary-panel button[data-action="summary-close"] {
  background: var(--bg);
  color: var(--accent);
  border: 2px solid var(--accent);
  font-size: 1.4em;
  line-height: 1;
  padding: 0;
  width: calc(48px * var(--summary-scale));
  height: calc(48px * var(--summary-scale));
}
.summary-panel button[data-action="summary-close"]:hover { background: var(--accent); color: var(--accent-fg); }
.summary-panel .lengths { display: flex; flex-wrap: wrap; gap: 0.4em; margin: 0.2em 0 0.6em; }
.summary-panel .lengths button {
  flex: 1 1 auto;
  font-size: 0.95em;
  font-weight: 600;
  background: var(--bg);
  color: var(--accent);
  border: 2px solid var(--accent);
  padding: 0.2em 0.8em;
}
.summary-panel .lengths button[aria-pressed="true"] {
  background: var(--accent);
  color: var(--accent-fg);
  box-shadow: inset 0 0 0 3px var(--mark);
}
.summary-panel .lengths button:hover { background: var(--soft); color: var(--fg); }
.summary-panel .lengths button[aria-pressed="true"]:hover { background: var(--accent); color: var(--accent-fg); }
.summary-panel ol.sentences { margin: 0; padding: 0; list-style: none; counter-reset: sentence; }
.summary-panel ol.sentences li { counter-increment: sentence; margin: 0 0 0.5em; }
.summary-panel ol.sentences button {
  all: unset;
  box-sizing: border-box;
  display: block;
  width: 100%;
  min-height: 48px;
  padding: 0.45em 0.7em 0.45em 2.3em;
  position: relative;
  border: 1px solid var(--line);
  border-radius: 8px;
  background: var(--bg);
  color: var(--fg);
  font: inherit;
  text-align: start;
  cursor: pointer;
}
.summary-panel ol.sentences button::before {
  content: counter(sentence);
  position: absolute;
  left: 0.6em;
  top: 0.45em;
  font-weight: 700;
  color: var(--accent);
}
.summary-panel ol.sentences button:hover { border-color: var(--accent); background: var(--soft); }
.summary-panel ol.sentences button[aria-current="true"] { border: 2px solid var(--accent); background: var(--soft); }
.summary-panel button { cursor: pointer; border-radius: 8px; }
.summary-panel button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.summary-panel dl { margin: 0; }
.summary-panel dt { font-weight: 700; margin-top: 0.6em; }
.summary-panel dd { margin: 0.1em 0 0; }
.summary-panel dd ul { margin: 0; padding-left: 1.2em; }
.summary-panel dd li { margin: 0.15em 0; }
.summary-panel .detail { color: var(--fg); }
.summary-panel .visually-hidden {
  position: absolute !important;
  width: 1px; height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}
@media (forced-colors: active) {
  .summary-panel { border-color: CanvasText; }
  .summary-panel ol.sentences button { border-color: ButtonText; }
  .summary-panel .lengths button[aria-pressed="true"] { outline: 3px solid Highlight; }
}
`;
