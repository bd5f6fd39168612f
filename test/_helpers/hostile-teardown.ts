import { readFileSync } from 'node:fs';

/**
 * Global set-up of the test run: the hostile host's fake `aws` must not have been called by the end. Reading the
 * host's aws CLI by accident is the failure the hostile host exists to catch.
 */
export default function setup(): () => void {
  return () => {
    const log = process.env.SMNB_HOSTILE_AWS_CALLS;
    const calls = log ? readFileSync(log, 'utf8') : '';
    if (calls.trim() === '') return;
    // An error thrown here is only logged by vitest; the exit code is what CI sees.
    console.error(`A test ran the host's aws CLI (see test/_helpers/hostile-host.ts):\n${calls}`);
    process.exitCode = 1;
  };
}
