/**
 * SageMaker's limit on a lifecycle script, measured where it applies: on the scripts the committed (synthesized)
 * templates carry, after Fn::Sub with the longest values the parameters allow, base64-encoded.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_SCRIPT_MAX_BASE64 } from '../../infra/constructs/idle-auto-stop/idle-auto-stop.js';
import { lifecycleScripts } from '../_helpers/notebook-root.js';

const TEMPLATES = [
  'simple-stack.yaml',
  ...readdirSync(new URL('../../templates/', import.meta.url))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `templates/${f}`),
];
/** The longest values: the largest minutes the parameters allow and a bucket name of S3's maximum, 63 characters. */
const LONGEST = { IdleTimeoutMinutes: '10080', BackupIntervalMinutes: '1440', DataBucketName: 'b'.repeat(63) };
/** What we aim for: a quarter of the limit left for what comes next. */
const TARGET = LIFECYCLE_SCRIPT_MAX_BASE64 * 0.75;

describe("lifecycle scripts in the committed templates against SageMaker's 16,384 base64 characters", () => {
  const measured = TEMPLATES.flatMap((path) =>
    lifecycleScripts(path).map((s) => ({
      where: `${path} ${s.resource}.${s.hook}`,
      base64: Buffer.from(s.script(LONGEST)).toString('base64').length,
    })),
  );

  it('finds the scripts (the simple stack and the nested notebook stack each carry OnStart and OnCreate)', () => {
    expect(measured.map((m) => m.where)).toEqual([
      'simple-stack.yaml IdleAutoStopLifecycleConfig.OnStart',
      'simple-stack.yaml IdleAutoStopLifecycleConfig.OnCreate',
      'templates/sagemaker-notebook-stack.yaml IdleAutoStopLifecycleConfig.OnStart',
      'templates/sagemaker-notebook-stack.yaml IdleAutoStopLifecycleConfig.OnCreate',
    ]);
  });

  it('every one fits, and the figures are printed', () => {
    for (const m of measured) {
      const headroom = (100 * (1 - m.base64 / LIFECYCLE_SCRIPT_MAX_BASE64)).toFixed(1);
      console.log(
        `${m.where}: ${m.base64} of ${LIFECYCLE_SCRIPT_MAX_BASE64} base64 characters, ${headroom} % headroom (aim: ${TARGET}, 25 %)`,
      );
      expect(m.base64, m.where).toBeLessThanOrEqual(LIFECYCLE_SCRIPT_MAX_BASE64);
    }
  });

  it('every one leaves at least a quarter of the limit', () => {
    expect(measured).toHaveLength(4);
    for (const m of measured) expect(m.base64, m.where).toBeLessThanOrEqual(TARGET);
  });
});
