// The trimmed espeak-ng loader, served by tools/voice-data/vite-plugin.ts at build time.
declare module 'virtual:dedoc/espeak-vi' {
  const createModule: (options: Record<string, unknown>) => Promise<unknown>;
  export default createModule;
}
