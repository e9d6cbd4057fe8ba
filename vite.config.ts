import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { contentBundles } from './scripts/vite/content-bundles.ts';
import { scaleAssetsPlugin } from './scripts/vite/scale-assets.ts';
import { BOOT } from './src/shared/content-bundles.ts';
import { voiceDataPlugin } from './tools/voice-data/vite-plugin.ts';

/** Gecko id of the Firefox build; tests pin the extension's moz-extension UUID with it. */
export const GECKO_ID = 'de-doc@de-doc.vn';

type Manifest = typeof baseManifest & Record<string, unknown>;

const FIREFOX_MISSING_PERMISSIONS = ['tts', 'offscreen'];

/**
 * The one manifest.json is Chrome-shaped. Firefox MV3 has no background service worker: it takes the same
 * file as a background script (crxjs does not convert it: see ../shared/RECIPES.md), plus gecko settings.
 * strict_min_version 142 is the lowest that `web-ext lint` accepts with data_collection_permissions silently.
 */
function firefoxManifest(manifest: Manifest): Manifest {
  const { service_worker: worker, ...background } = manifest.background;
  return {
    ...manifest,
    // Firefox has neither chrome.tts (speechSynthesis in the background page instead) nor offscreen documents.
    permissions: manifest.permissions.filter((p) => !FIREFOX_MISSING_PERMISSIONS.includes(p)),
    background: { ...background, scripts: [worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android: 142 is also where data_collection_permissions starts there (and MV3, scripting and
      // the CSS Custom Highlight API the summary uses are older). Menus and commands do not exist there: the
      // background skips them, and nothing depends on them.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as Manifest;
}

/** The manifest's content scripts as the package has them: the boot script's source named by its built file. */
function builtContentScripts(manifest: Manifest): Manifest['content_scripts'] {
  return manifest.content_scripts.map((script) => ({
    ...script,
    js: script.js.map((file) => {
      if (file !== BOOT.entry) throw new Error(`manifest.json: the content script is ${BOOT.entry} (src/shared/content-bundles.ts), not ${file}`);
      return BOOT.file;
    }),
  }));
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const manifest = browser === 'firefox' ? firefoxManifest(baseManifest as Manifest) : (baseManifest as Manifest);
  // crxjs builds the background and the extension pages; the content script is ours (scripts/vite/content-bundles.ts).
  const { content_scripts: _contentScripts, ...withoutContentScripts } = manifest;
  // One repack per build, shared by the main build (which emits the data) and the voice Worker's (the loader).
  const voiceData = voiceDataPlugin();
  return {
    plugins: [
      preact() as Plugin[],
      crx({ manifest: withoutContentScripts as unknown as ManifestV3Export, browser }),
      contentBundles({ browser, contentScripts: builtContentScripts(manifest) }),
      scaleAssetsPlugin(),
      // The built-in voice: the Vietnamese-only espeak-ng data as voice/espeak-ng-vi.data (checked repack).
      voiceData,
    ],
    worker: {
      format: 'es' as const,
      // The voice Worker imports the trimmed loader; the data file is emitted once, by the main build's plugin.
      plugins: () => [{ name: 'dedoc-voice-data-worker', resolveId: voiceData.resolveId, load: voiceData.load }],
    },
    build: {
      // Vite's module-preload polyfill fetches the preloaded chunks itself: extension pages preload natively.
      modulePreload: { polyfill: false },
      // DEDOC_OUT lets parallel builds (several developers' test runs on one machine) use their own folder.
      outDir: `${process.env.DEDOC_OUT ?? 'dist'}/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rollupOptions: {
        input: {
          options: 'src/options/index.html',
          welcome: 'src/welcome/index.html',
          // Chrome's offscreen document: the built-in voice's Worker and AudioContext (Firefox uses its background page).
          ...(browser === 'chrome' ? { offscreen: 'src/offscreen/index.html' } : {}),
        },
      },
    },
    define: {
      __BROWSER__: JSON.stringify(browser),
    },
  };
});
