// CSS of the acronym glossary panel, adopted inside <dedoc-root>'s shadow root (it never reaches the page) after the
// tooltip's (shared/acronyms-ui/styles.ts: the box, text, buttons and add form both use). Sizes are in em of
// --acr-font, which follows the reader's text size (see index.ts fontPx). Buttons inherit the 48 px targets of
// ROOT_CSS. On a narrow screen (a phone) the panel takes the whole width.
import { TOOLTIP_CSS } from '../../../shared/acronyms-ui/styles';

export const ACRONYMS_CSS = `${TOOLTIP_CSS}
.acr-panel {
  top: 8vh;
  max-height: 84vh;
  width: min(32em, calc(100vw - 96px));
  overflow-y: auto;
  padding: 0.6em 1em 1em;
  border-radius: 12px;
}
.acr-panel[data-side="right"] { right: 80px; }
.acr-panel[data-side="left"] { left: 80px; }
.acr-panel-head { display: flex; align-items: center; justify-content: space-between; gap: 0.75em; }
.acr-panel h2 { font-size: 1.15em; margin: 0; }
.acr-panel h3 { font-size: 1em; margin: 0.9em 0 0.3em; }
.acr-panel h2:focus { outline: none; }
.acr-panel h2:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.acr-list { list-style: none; margin: 0.4em 0 0; padding: 0; }
.acr-item { padding: 0.5em 0; border-top: 1px solid #c8c8c8; display: flex; flex-direction: column; gap: 0.1em; }
.acr-item:first-child { border-top: 0; }
.acr-item .acr-row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25em 0.6em; }
.acr-count { font-size: 0.8em; color: #4a4a4a; }
.acr-item .acr-actions { margin-top: 0.25em; }
.acr-empty { color: #3d3d3d; margin-top: 0.5em !important; }
@media (max-width: 640px) {
  .acr-panel[data-side] { left: 4px; right: 4px; top: 8px; width: auto; max-height: calc(100vh - 16px); }
}
`;
