import { readFileSync } from 'node:fs';
import { Fn } from 'aws-cdk-lib';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import { Construct } from 'constructs';
import { named } from '../logical-id.js';

/** SageMaker's limit on one lifecycle script, base64-encoded (CreateNotebookInstanceLifecycleConfig API reference). */
export const LIFECYCLE_SCRIPT_MAX_BASE64 = 16384;

const here = new URL('.', import.meta.url);

/**
 * The on-start script with the auto-stop program embedded, and `${IdleTimeoutMinutes}` left for Fn::Sub.
 * Exported so tests can run exactly what the template carries.
 */
export function onStartScript(): string {
  const python = readFileSync(new URL('autostop.py', here), 'utf8').trimEnd();
  const shell = readFileSync(new URL('on-start.sh', here), 'utf8');
  return shell.replace('__IDLE_MINUTES__', '${IdleTimeoutMinutes}').replace('__AUTOSTOP_PY__', python);
}

export interface IdleAutoStopProps {
  /** Minutes without activity before the notebook stops itself; 0 turns auto-stop off. */
  readonly idleTimeoutMinutes: string;
}

/**
 * A lifecycle configuration that installs idle auto-stop at every start. Nothing is downloaded at start, so it works
 * with and without direct internet access; the script finishes in about a second, far inside SageMaker's
 * 5-minute limit.
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
