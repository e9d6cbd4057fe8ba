// Vite plugin: emits the packaged files of the text-size feature into the build (scale/…), from typed sources; none
// of them is committed. Why files: only scripting.registerContentScripts of files shipped in the package puts the
// reader's size in force before the first paint in both browsers (shared RECIPES.md), and registered files cannot
// carry arguments. So there is
// - one tiny script per attribute value (scale/early/scale-1.5.js sets data-dedoc-scale="1.5" on <html>), for every
//   value src/shared/settings/scale.ts allows (allEarlyAttributes);
// - the article marker scale/early/mark.js, the TypeScript module src/content/features/scale/early-mark.ts built on
//   its own (it reads the site data of src/sites and the home/search rule of core/article/urls.ts);
// - the gated style sheet scale/page.css: the value table (customPropertiesCss), then
//   src/content/features/scale/page.css;
// - the font faces of the bundled Be Vietnam Pro for the early-paint sheet (scale/font.css, each font inside as a
//   data: URL), and the font files with their licence (read by the background, never web-accessible).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import {
  EARLY_RECORD_KEY,
  FONT_CSS_FILE,
  FONT_DIR,
  FONT_FACES,
  FONT_SUBSETS,
  MARK_SCRIPT_FILE,
  PAGE_CSS_FILE,
  allEarlyAttributes,
  customPropertiesCss,
  earlyScriptFile,
  fontFacesCss,
  fontFile,
} from '../../src/shared/settings/scale.ts';
import { buildIife } from './iife.ts';

const GENERATED = 'Built by scripts/vite/scale-assets.ts.';
export const PAGE_CSS_SOURCE = 'src/content/features/scale/page.css';
export const MARK_SOURCE = 'src/content/features/scale/early-mark.ts';
const FONT_PACKAGE = 'node_modules/@fontsource/be-vietnam-pro';

/** scale/page.css: the value table (one rule per step of each numeric option), then the gated rules. The content
 *  script builds the same text for pages without a registration (features/scale/sheet.ts). */
export function pageCss(source: string): string {
  return `/* Dễ Đọc: text size and reading comfort. ${GENERATED} Source: ${PAGE_CSS_SOURCE}. */\n\n${customPropertiesCss()}\n${source}`;
}

/** The early scripts' record of what they did (EARLY_RECORD_KEY in src/shared/settings/scale.ts), made on first use. */
const RECORD_EXPRESSION = `(globalThis[Symbol.for(${JSON.stringify(EARLY_RECORD_KEY)})] ||= { attributes: {}, marks: [] })`;

/** The early script that sets one attribute on <html>, noting first what the page had there (the page's own value
 *  comes back when Dễ Đọc is switched off: src/content/own-namespace.ts). One statement. */
export function attributeScript(name: string, value: string): string {
  const key = JSON.stringify(name);
  return (
    `(() => { const html = document.documentElement; if (!html) return; const record = ${RECORD_EXPRESSION}; ` +
    `if (!(${key} in record.attributes)) record.attributes[${key}] = html.getAttribute(${key}); ` +
    `html.setAttribute(${key}, ${JSON.stringify(value)}); })();\n`
  );
}

/**
 * The font faces of the registered early-paint sheet, each font file inside as a data: URL. A registered sheet is
 * not readable by the page, but the URL of a font it loads from the package would be fetched by the page, and the
 * file would have to be web-accessible, so that any page could probe for it (and in Firefox learn the per-install
 * UUID). Inside the sheet, nothing of the extension is exposed. A page whose Content-Security-Policy forbids data:
 * fonts gets the font from the content script instead (features/scale/font.ts).
 */
export function fontCss(root: string): string {
  const dataUrl = (file: string): string =>
    `data:font/woff2;base64,${readFileSync(join(root, FONT_PACKAGE, 'files', file.slice(FONT_DIR.length + 1))).toString('base64')}`;
  return `/* Be Vietnam Pro (SIL Open Font License 1.1, ${FONT_DIR}/OFL.txt). ${GENERATED} */\n${fontFacesCss(dataUrl)}`;
}

/** The entry of scale/early/mark.js: mark the page being parsed. */
export function markEntry(root: string): string {
  return `import { markWhileParsing } from ${JSON.stringify(join(root, MARK_SOURCE))};\nmarkWhileParsing(document, location.href);\n`;
}

/** Every file but mark.js (which needs a build): package path → contents. */
export function scaleAssets(root: string): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  files.set(PAGE_CSS_FILE, pageCss(readFileSync(join(root, PAGE_CSS_SOURCE), 'utf8')));
  for (const [name, value] of allEarlyAttributes()) files.set(earlyScriptFile(name, value), attributeScript(name, value));
  files.set(FONT_CSS_FILE, fontCss(root));
  for (const subset of Object.keys(FONT_SUBSETS) as Array<keyof typeof FONT_SUBSETS>) {
    for (const { weight, style } of FONT_FACES) {
      const file = fontFile(subset, weight, style);
      files.set(file, readFileSync(join(root, FONT_PACKAGE, 'files', file.slice(FONT_DIR.length + 1))));
    }
  }
  files.set(`${FONT_DIR}/OFL.txt`, readFileSync(join(root, FONT_PACKAGE, 'LICENSE')));
  return files;
}

export function scaleAssetsPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'dedoc:scale-assets',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      for (const [fileName, source] of scaleAssets(config.root)) this.emitFile({ type: 'asset', fileName, source });
      const mark = await buildIife({ config, id: 'early-mark', entryCode: markEntry(config.root) });
      this.emitFile({ type: 'asset', fileName: MARK_SCRIPT_FILE, source: mark.code });
    },
  };
}
