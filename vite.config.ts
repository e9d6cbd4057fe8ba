import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };

/** Gecko id of the Firefox build; tests pin the extension's moz-extension UUID with it. */
export const GECKO_ID = 'de-doc@de-doc.vn';

type Manifest = typeof baseManifest & Record<string, unknown>;

/**
 * The one manifest.json is Chrome-shaped. Firefox MV3 has no background service worker: it takes the same
 * file as a background script (crxjs does not convert it: see ../shared/RECIPES.md), plus gecko settings.
 * strict_min_version 142 is the lowest that `web-ext lint` accepts with data_collection_permissions silently.
 */
function firefoxManifest(manifest: Manifest): Manifest {
  const { service_worker: worker, ...background } = manifest.background;
  return {
    ...manifest,
    background: { ...background, scripts: [worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as Manifest;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const manifest = browser === 'firefox' ? firefoxManifest(baseManifest as Manifest) : baseManifest;
  return {
    plugins: [preact() as Plugin[], crx({ manifest: manifest as unknown as ManifestV3Export, browser })],
    build: {
      // DEDOC_OUT lets parallel builds (several developers' test runs on one machine) use their own folder.
      outDir: `${process.env.DEDOC_OUT ?? 'dist'}/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rollupOptions: {
        input: { options: 'src/options/index.html' },
      },
    },
    define: {
      __BROWSER__: JSON.stringify(browser),
    },
  };
});
