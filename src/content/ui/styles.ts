// CSS of everything drawn inside <dedoc-root>'s shadow root. It never reaches the page (STYLE.md).
// Targets are at least 48×48 px (WCAG 2.5.8 asks 24, our readers' hands ask more; the issue asks ≥ 44).
export const ROOT_CSS = `
/* The host is locked against the page's CSS. A declaration of the page (its style sheets, or a style attribute on
   <dedoc-root>) beats a plain :host rule, but for !important declarations the shadow tree's own context wins over
   the page's (CSS Cascade 4, "Context": https://www.w3.org/TR/css-cascade-4/#cascade-context), in Chromium and
   Firefox alike (tests/e2e/hostile-page.e2e.ts). So every property is reset here with !important ("all" reaches zoom,
   the individual transforms and content-visibility too), then ours are set: a page cannot make our toolbar
   invisible or move it under the pointer, and so cannot trick the reader into clicking it. */
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  pointer-events: none !important;
  z-index: 2147483646 !important;
  contain: layout style !important;
  /* Spelled out too (already their initial values): what the lock is for. */
  opacity: 1 !important;
  visibility: visible !important;
  filter: none !important;
  transform: none !important;
  clip-path: none !important;
  mask: none !important;
  zoom: 1 !important;
  mix-blend-mode: normal !important;
}
/* Boxes the page would draw as part of our host (over the toolbar, with the host's clicks). */
:host::before, :host::after {
  content: none !important;
  display: none !important;
}
* { box-sizing: border-box; }
.toolbar {
  pointer-events: auto;
  position: fixed;
  top: 50%;
  transform: translateY(-50%);
  display: flex;
  flex-direction: column;
  gap: 6px;
  padding: 6px;
  background: #ffffff;
  color: #1a1a1a;
  border: 2px solid #0b4f8a;
  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.25);
  font: 16px/1.25 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  max-height: calc(100vh - 16px);
  overflow-y: auto;
}
.toolbar[data-side="right"] { right: 0; border-right: 0; border-radius: 12px 0 0 12px; }
.toolbar[data-side="left"] { left: 0; border-left: 0; border-radius: 0 12px 12px 0; }
.toolbar[data-collapsed="true"] .feature-buttons,
.toolbar[data-collapsed="true"] .tool:not([data-action="toolbar-expand"]) { display: none; }
.toolbar[data-collapsed="false"] [data-action="toolbar-expand"] { display: none; }
.feature-buttons { display: flex; flex-direction: column; gap: 6px; }
.feature-buttons:empty { display: none; }
button {
  all: unset;
  box-sizing: border-box;
  min-width: 48px;
  min-height: 48px;
  padding: 4px 6px;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  border-radius: 8px;
  background: #0b4f8a;
  color: #ffffff;
  font: 700 18px/1 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  cursor: pointer;
  text-align: center;
}
button.tool { background: #eef3f8; color: #0b4f8a; border: 1px solid #0b4f8a; }
button:hover { background: #083b67; color: #ffffff; }
button[aria-pressed="true"] { background: #083b67; color: #ffffff; box-shadow: inset 0 0 0 3px #ffbf47; }
button:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
svg { width: 24px; height: 24px; fill: currentColor; }
@media (prefers-reduced-motion: no-preference) { button { transition: background-color 120ms; } }
/* A phone (Firefox for Android, 360 px): a bar along the bottom edge, scrolling sideways if its buttons need more
   room, folded to one button in the corner; it goes to the top edge while the article's first line is behind it
   (root.ts keepClearOf). Same width as NARROW_QUERY in root.ts. */
@media (max-width: 640px) {
  .toolbar, .toolbar[data-side="right"], .toolbar[data-side="left"] {
    top: auto;
    bottom: 0;
    left: 0;
    right: 0;
    transform: none;
    flex-direction: row;
    align-items: center;
    max-height: none;
    overflow-x: auto;
    overflow-y: hidden;
    border: 2px solid #0b4f8a;
    border-bottom: 0;
    border-radius: 12px 12px 0 0;
  }
  .toolbar[data-edge="top"] { top: 0; bottom: auto; border-top: 0; border-bottom: 2px solid #0b4f8a; border-radius: 0 0 12px 12px; }
  .feature-buttons { flex-direction: row; }
  .toolbar[data-collapsed="true"][data-side="right"] { left: auto; }
  .toolbar[data-collapsed="true"][data-side="left"] { right: auto; }
}
@media (forced-colors: active) {
  .toolbar { border-color: CanvasText; }
  button { border: 1px solid ButtonText; }
}
`;
