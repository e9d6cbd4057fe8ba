// A private speech-dispatcher for browser-voice tests (../shared/RECIPES.md "Speech in headless browsers"): the
// stock daemon hangs without a sound server, so this one writes to ALSA's null device, with espeak-ng as its module
// (306 Vietnamese voices: lang vi, vi-VN-X-CENTRAL, vi-VN-X-SOUTH). Browsers find it through SPEECHD_ADDRESS
// (Chromium also needs --enable-speech-dispatcher).
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpeechDispatcher {
  /** Environment for the browser (known before the daemon starts: launch options are given up front). */
  env: Record<string, string>;
  /** Chromium switches. */
  chromiumArgs: string[];
  /** Starts the daemon and waits for its socket (call before the browser launches). */
  start(): Promise<void>;
  stop(): void;
}

export function hasSpeechDispatcher(): boolean {
  return existsSync('/usr/bin/speech-dispatcher') && existsSync('/etc/speech-dispatcher/speechd.conf');
}

/** A daemon of our own, in a temporary folder; nothing runs until start(). */
export function speechDispatcher(): SpeechDispatcher {
  const dir = mkdtempSync(join(tmpdir(), 'dedoc-speechd-'));
  const conf = join(dir, 'conf');
  const socket = join(dir, 'speechd.sock');
  const pidFile = join(dir, 'speechd.pid');
  return {
    env: { SPEECHD_ADDRESS: `unix_socket:${socket}` },
    chromiumArgs: ['--enable-speech-dispatcher'],
    async start() {
      cpSync('/etc/speech-dispatcher/.', conf, { recursive: true });
      appendFileSync(join(conf, 'speechd.conf'), '\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\nDefaultModule espeak-ng\n');
      // -d: it forks and returns; -t 0: it never quits for lack of clients; -P: its own pid file (another daemon may run).
      mkdirSync(join(dir, 'log'), { recursive: true });
      // Its output goes nowhere: the forked daemon would otherwise hold our pipe open.
      spawn('speech-dispatcher', ['-d', '-c', 'unix_socket', '-S', socket, '-C', conf, '-L', join(dir, 'log'), '-P', pidFile, '-t', '0', '-l', '2'], {
        stdio: 'ignore',
        detached: true,
      }).unref();
      const deadline = Date.now() + 10_000;
      while (!existsSync(socket) || !existsSync(pidFile)) {
        if (Date.now() > deadline) throw new Error('speech-dispatcher did not start');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop() {
      try {
        if (existsSync(pidFile)) process.kill(Number(readFileSync(pidFile, 'utf8').trim()));
      } catch {
        // Gone already.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
