// CSS of the acronym tooltip and what the glossary shares with it (.acr-surface: the box, its text, its buttons and
// the add form), adopted inside a shadow root: <dedoc-root>'s on a page, the sample's on the welcome page. Sizes
// are in em of --acr-font, which follows the reader's text size, so at 200 % the tooltip is twice as large, like
// the article. Buttons are at least 48 × 48 px.
export const TOOLTIP_CSS = `
.acr-surface {
  pointer-events: auto;
  position: fixed;
  box-sizing: border-box;
  background: #ffffff;
  color: #1a1a1a;
  border: 2px solid #0b4f8a;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.28);
  font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  font-size: var(--acr-font, 18px);
  line-height: 1.45;
  text-align: start;
  overflow-wrap: anywhere;
}
.acr-tip {
  top: 0;
  left: 0;
  max-width: min(30em, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow-y: auto;
  padding: 0.55em 0.8em 0.6em;
  border-radius: 10px;
}
.acr-surface[hidden] { display: none; }
.acr-surface p { margin: 0; }
.acr-term { font-weight: 700; letter-spacing: 0.02em; }
.acr-long { font-size: 1.05em; }
.acr-maybe { margin-top: 0.2em !important; font-size: 0.9em; color: #3d3d3d; }
.acr-alts { margin: 0.15em 0 0; padding-inline-start: 1.2em; }
.acr-note { margin-top: 0.35em !important; font-size: 0.85em; color: #3d2e00; background: #fff4ce; padding: 0.2em 0.4em; border-radius: 4px; }
.acr-source {
  display: inline-block;
  margin-top: 0.4em !important;
  font-size: 0.8em;
  font-weight: 600;
  color: #0b3a66;
  background: #e8f0f8;
  border: 1px solid #0b4f8a;
  border-radius: 999px;
  padding: 0.05em 0.6em;
}
.acr-surface button { font-size: 0.9em; min-height: 48px; min-width: 48px; padding: 0.3em 0.8em; }
.acr-surface button.secondary { background: #ffffff; color: #0b4f8a; border: 2px solid #0b4f8a; }
.acr-surface button.secondary:hover { background: #e8f0f8; color: #083b67; }
.acr-actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin-top: 0.5em; }
.acr-form { display: flex; flex-direction: column; gap: 0.35em; margin-top: 0.4em; }
.acr-form label { font-size: 0.9em; font-weight: 600; }
.acr-form input {
  font: inherit;
  min-height: 48px;
  padding: 0.2em 0.5em;
  border: 2px solid #5a5a5a;
  border-radius: 6px;
  background: #ffffff;
  color: #1a1a1a;
  width: 100%;
  box-sizing: border-box;
}
.acr-form input:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.acr-error { color: #8a1c1c; font-size: 0.85em; }
.acr-status { font-size: 0.9em; color: #1d5b2a; margin-top: 0.4em !important; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (forced-colors: active) {
  .acr-surface { border-color: CanvasText; }
  .acr-source { border-color: CanvasText; }
}
`;
