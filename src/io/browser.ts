import { spawn } from 'node:child_process';

/** Opens a URL in the user's browser when there is a desktop to open it on; the URL is always printed as well. */
export function openInBrowser(url: string, env: NodeJS.ProcessEnv): void {
  if (env.CI || !process.stdout.isTTY || env.SMNB_NO_BROWSER) return;
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    spawn(command, [url], { stdio: 'ignore', detached: true })
      .on('error', () => undefined)
      .unref();
  } catch {
    // No browser here: the printed link is enough.
  }
}
