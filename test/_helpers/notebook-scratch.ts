import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedSetUp } from './notebook-root.js';

/**
 * A scratch notebook for the auto-stop checker: the checker as the committed template ships it, the instance metadata SageMaker
 * writes (name and region), a fake `aws` that records its calls in `aws-calls`, and empty `proc` and `runtime` folders.
 */
export function notebookScratch(name: string, region: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'smnb-autostop-'));
  writeFileSync(join(dir, 'autostop.py'), shippedSetUp().program('autostop.py'));
  writeFileSync(
    join(dir, 'metadata.json'),
    JSON.stringify({
      ResourceName: name,
      ResourceArn: `arn:aws:sagemaker:${region}:123456789012:notebook-instance/${name}`,
    }),
  );
  writeFileSync(join(dir, 'aws'), `#!/bin/sh\necho "$@" >> "${join(dir, 'aws-calls')}"\n`);
  chmodSync(join(dir, 'aws'), 0o755);
  mkdirSync(join(dir, 'proc'));
  mkdirSync(join(dir, 'runtime'));
  return dir;
}
