import { readFileSync } from 'node:fs';
import { constants, gzipSync } from 'node:zlib';
import { Fn } from 'aws-cdk-lib';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import { Construct } from 'constructs';
import { named } from '../logical-id.js';

/** SageMaker's limit on one lifecycle script, base64-encoded (CreateNotebookInstanceLifecycleConfig API reference). */
export const LIFECYCLE_SCRIPT_MAX_BASE64 = 16384;

const here = new URL('.', import.meta.url);

/** The checker as the notebook runs it. */
export function autostopProgram(): string {
  return readFileSync(new URL('autostop.py', here), 'utf8');
}

/**
 * The on-start script with the checker embedded (gzip, then base64: the plain text would not fit SageMaker's limit)
 * and `${IdleTimeoutMinutes}` left for Fn::Sub. Exported so tests can run exactly what the template carries.
 */
export function onStartScript(): string {
  const packed = gzipSync(autostopProgram(), { level: constants.Z_BEST_COMPRESSION }).toString('base64');
  const shell = readFileSync(new URL('on-start.sh', here), 'utf8');
  return shell.replace('__IDLE_MINUTES__', '${IdleTimeoutMinutes}').replace('__AUTOSTOP_PY_GZ_B64__', packed);
}

export interface IdleAutoStopProps {
  /** Minutes without activity before the notebook stops itself; 0 turns auto-stop off. */
  readonly idleTimeoutMinutes: string;
}

/**
 * A lifecycle configuration that installs idle auto-stop at every start: a systemd timer (Amazon Linux 2023 has no
 * cron by default: AL2 user guide, "Prepare your migration to AL2023", https://docs.aws.amazon.com/linux/al2/ug/prepare-for-al2023.html,
 * read 2026-11-29), cron only where a cron daemon runs. Nothing is downloaded at start, so it works with and without
 * direct internet access; the script finishes in about a second, far inside SageMaker's 5-minute limit, and always
 * exits 0 so it can never fail the notebook.
 */
export class IdleAutoStop extends Construct {
  public readonly config: sagemaker.CfnNotebookInstanceLifecycleConfig;

  constructor(scope: Construct, id: string, props: IdleAutoStopProps) {
    super(scope, id);
    const script = onStartScript();
    if (Buffer.from(script).toString('base64').length > LIFECYCLE_SCRIPT_MAX_BASE64) {
      throw new Error(`The on-start script exceeds SageMaker's ${LIFECYCLE_SCRIPT_MAX_BASE64} base64 characters.`);
    }
    this.config = named(
      new sagemaker.CfnNotebookInstanceLifecycleConfig(this, 'Config', {
        onStart: [{ content: Fn.base64(Fn.sub(script, { IdleTimeoutMinutes: props.idleTimeoutMinutes })) }],
      }),
      'IdleAutoStopLifecycleConfig',
    );
  }
}
