// CSS of what the text-size feature draws inside <dedoc-root>'s shadow root: the size shown on the toolbar, the
// reading-comfort panel and the short "Cỡ chữ 150 %" notice. It never reaches the page. Buttons take their base
// look (48×48 px targets, focus ring) from src/content/ui/styles.ts.
export const SCALE_CSS = `
button[data-action="font-reset"] { font-size: 15px; letter-spacing: -0.02em; }
button[aria-disabled="true"] { opacity: 0.55; cursor: not-allowed; }

.scale-panel {
  pointer-events: auto;
  position: fixed;
  top: 8px;
  width: min(380px, calc(100vw - 88px));
  max-height: calc(100vh - 16px);
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 12px 14px 14px;
  background: #ffffff;
  color: #1a1a1a;
  border: 2px solid #0b4f8a;
  border-radius: 12px;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.3);
  font: 17px/1.4 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
}
.scale-panel[hidden] { display: none; }
.scale-panel[data-side="right"] { right: 72px; }
.scale-panel[data-side="left"] { left: 72px; }
/* A phone: the whole width (the toolbar is a bar along an edge there). */
@media (max-width: 640px) {
  .scale-panel[data-side] { left: 4px; right: 4px; width: auto; }
}
.scale-panel header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.scale-panel h2 { margin: 0; font-size: 20px; }
.scale-panel h3 { margin: 14px 0 6px; font-size: 17px; }
.scale-panel .row { display: flex; align-items: center; gap: 8px; margin: 6px 0; }
.scale-panel .row > .name { flex: 1 1 auto; }
.scale-panel .value { min-width: 4.5em; text-align: center; font-weight: 700; font-variant-numeric: tabular-nums; }
.scale-panel .presets, .scale-panel .themes { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
.scale-panel .presets button { min-width: 60px; font-size: 16px; }
.scale-panel button.toggle {
  display: flex;
  width: 100%;
  justify-content: flex-start;
  margin: 6px 0;
  padding: 6px 12px;
  text-align: start;
  font-size: 17px;
  font-weight: 600;
  line-height: 1.3;
  background: #eef3f8;
  color: #0b4f8a;
  border: 2px solid #0b4f8a;
}
.scale-panel button.toggle::before { content: "☐"; margin-inline-end: 10px; font-size: 20px; }
.scale-panel button.toggle[aria-pressed="true"] { background: #0b4f8a; color: #ffffff; box-shadow: none; }
.scale-panel button.toggle[aria-pressed="true"]::before { content: "☑"; }
.scale-panel .themes button {
  flex: 1 1 calc(50% - 6px);
  justify-content: flex-start;
  gap: 8px;
  padding: 6px 10px;
  font-size: 16px;
  font-weight: 600;
  border: 2px solid #0b4f8a;
}
.scale-panel .themes button[aria-pressed="true"] { box-shadow: inset 0 0 0 3px #ffbf47; }
.scale-panel .themes button[aria-pressed="true"]::after { content: " ✓"; }
.scale-panel .swatch {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 34px;
  height: 34px;
  border-radius: 6px;
  border: 1px solid #767676;
  font: 700 18px/1 Georgia, serif;
}
.scale-panel .theme-page { background: #eef3f8; color: #0b4f8a; }
.scale-panel .theme-contrast { background: #ffffff; color: #0b4f8a; }
.scale-panel .theme-dark { background: #121212; color: #f2f2f2; }
.scale-panel .theme-sepia { background: #f4ecd8; color: #33261a; }
.scale-panel footer { margin-top: 12px; display: flex; justify-content: flex-end; }
.scale-panel footer button { padding: 6px 14px; font-size: 16px; }

.scale-notice {
  pointer-events: none;
  position: fixed;
  top: 12px;
  padding: 10px 16px;
  border-radius: 10px;
  background: #0b4f8a;
  color: #ffffff;
  font: 700 20px/1.2 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.3);
}
.scale-notice[hidden] { display: none; }
.scale-notice[data-side="right"] { right: 72px; }
.scale-notice[data-side="left"] { left: 72px; }
@media (forced-colors: active) {
  .scale-panel, .scale-notice { border: 2px solid CanvasText; }
}
`;
