// CSS of the player, inside <dedoc-root>'s shadow root (it never reaches the page). Sizes in em of the player's font
// size, which follows the reader's text size (--speech-scale, from html[data-dedoc-scale]). Colours: text ≥ 7:1 on
// its background in every theme; the toolbar button says "Nghe" in words.
export const PANEL_CSS = `
.feature-buttons [data-action="speech-open"] {
  max-width: 64px;
  white-space: normal;
  font-size: 15px;
  line-height: 1.15;
}
.feature-buttons [data-action="speech-open"][data-speaking="true"] { box-shadow: inset 0 0 0 3px #b35c00; }
.speech-panel {
  --speech-scale: 1;
  --bg: #ffffff; --fg: #1a1a1a; --muted: #4a4a4a; --accent: #0b4f8a; --accent-fg: #ffffff;
  --soft: #eef3f8; --line: #c5d3e0; --focus: #b35c00;
  pointer-events: auto;
  position: fixed;
  bottom: 8px;
  width: min(22em, calc(100vw - var(--toolbar-room, 80px) - 16px));
  max-height: calc(100vh - 16px);
  overflow-y: auto;
  background: var(--bg);
  color: var(--fg);
  border: 2px solid var(--accent);
  border-radius: 12px;
  box-shadow: 0 4px 24px rgba(0, 0, 0, 0.3);
  font: 400 calc(17px * min(var(--speech-scale), 1.6)) / 1.4 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  padding: 0 0 0.6em;
}
.speech-panel[hidden] { display: none; }
.speech-panel[data-side="right"] { right: var(--toolbar-room, 80px); }
.speech-panel[data-side="left"] { left: var(--toolbar-room, 80px); }
@media (max-width: 640px) {
  .speech-panel[data-side] { left: 4px; right: 4px; width: auto; bottom: 72px; }
}
.speech-panel[data-theme="dark"] {
  --bg: #151a21; --fg: #f2f2f2; --muted: #c9cfd6; --accent: #8cc4ff; --accent-fg: #0b1622;
  --soft: #1f2833; --line: #3a4654; --focus: #ffbf47;
}
.speech-panel[data-theme="sepia"] {
  --bg: #f7efdc; --fg: #2b2216; --muted: #4d4231; --accent: #6b4400; --accent-fg: #ffffff;
  --soft: #efe3c6; --line: #cdb98c; --focus: #8a2d00;
}
.speech-panel[data-theme="contrast"] {
  --bg: #000000; --fg: #ffffff; --muted: #ffffff; --accent: #ffff00; --accent-fg: #000000;
  --soft: #000000; --line: #ffffff; --focus: #00ffff;
}
.speech-panel header {
  display: flex; align-items: center; gap: 0.5em;
  padding: 0.3em 0.3em 0.3em 0.8em;
  background: var(--soft);
  border-bottom: 1px solid var(--line);
}
.speech-panel h2 { margin: 0; font-size: 1.1em; color: var(--fg); }
.speech-panel h2:focus { outline: none; }
.speech-panel .progress { flex: 1; text-align: end; font-weight: 600; color: var(--fg); }
.speech-panel .controls {
  display: grid; grid-template-columns: 1fr 1fr; gap: 0.4em;
  padding: 0.5em 0.6em 0;
}
.speech-panel .rates {
  display: flex; align-items: center; justify-content: center; gap: 0.4em;
  padding: 0.5em 0.6em 0;
}
.speech-panel .rate { min-width: 6.5em; text-align: center; font-weight: 600; }
.speech-panel button {
  all: unset;
  box-sizing: border-box;
  display: inline-flex; align-items: center; justify-content: center;
  min-width: 48px; min-height: 48px;
  padding: 0 0.4em;
  border: 2px solid var(--accent);
  border-radius: 8px;
  background: var(--bg);
  color: var(--accent);
  font: inherit;
  font-weight: 600;
  line-height: 1.15;
  text-align: center;
  cursor: pointer;
}
.speech-panel .rates button, .speech-panel button[data-action="speech-close"] { font-size: 1.3em; }
.speech-panel button[data-action="speech-play"], .speech-panel button[data-action="speech-pause"] {
  background: var(--accent); color: var(--accent-fg); min-width: 64px;
}
.speech-panel button:hover:not(:disabled) { background: var(--soft); color: var(--fg); }
.speech-panel button[data-action="speech-play"]:hover, .speech-panel button[data-action="speech-pause"]:hover {
  background: var(--accent); color: var(--accent-fg); box-shadow: inset 0 0 0 3px var(--accent-fg);
}
.speech-panel button:disabled { opacity: 0.45; cursor: default; }
.speech-panel button:focus-visible, .speech-panel select:focus-visible, .speech-panel input:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
.speech-panel .status { margin: 0.5em 0.8em 0; min-height: 1.4em; }
.speech-panel .status[data-error]:not([data-error=""]) { font-weight: 700; }
.speech-panel label { display: flex; align-items: center; gap: 0.5em; margin: 0.5em 0.8em 0; min-height: 44px; }
.speech-panel label.voice { flex-wrap: wrap; }
.speech-panel select {
  flex: 1 1 10em; min-height: 44px; max-width: 100%;
  font: inherit; color: var(--fg); background: var(--bg);
  border: 2px solid var(--line); border-radius: 8px;
}
.speech-panel input[type="checkbox"] { width: 24px; height: 24px; margin: 0; accent-color: var(--accent); }
.speech-panel .note { margin: 0.5em 0.8em 0; color: var(--muted); font-size: 0.85em; }
.read-from-here {
  pointer-events: auto;
  position: fixed;
  min-width: 48px; min-height: 48px;
  padding: 0 0.7em;
  display: inline-flex; align-items: center; gap: 0.3em;
  border: 2px solid #0b4f8a; border-radius: 24px;
  background: #ffffff; color: #0b4f8a;
  font: 600 15px/1.2 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25);
  cursor: pointer;
}
.read-from-here[hidden] { display: none; }
.read-from-here:hover { background: #0b4f8a; color: #ffffff; }
.read-from-here:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.summary-panel button[data-action="speech-summary"] {
  padding: 0 0.8em;
  border: 2px solid var(--accent);
  background: var(--accent);
  color: var(--accent-fg);
  font-weight: 600;
  white-space: nowrap;
}
.summary-panel button[data-action="speech-summary"]:hover { box-shadow: inset 0 0 0 3px var(--accent-fg); }
@media (forced-colors: active) {
  .speech-panel, .speech-panel button, .read-from-here { border-color: ButtonText; }
}
`;
