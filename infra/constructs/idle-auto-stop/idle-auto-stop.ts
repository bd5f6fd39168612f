import { readFileSync } from 'node:fs';
import { constants, gzipSync } from 'node:zlib';
import { Fn } from 'aws-cdk-lib';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import { Construct } from 'constructs';
import { named } from '../logical-id.js';

/** SageMaker's limit on one lifecycle script, base64-encoded (CreateNotebookInstanceLifecycleConfig API reference). */
export const LIFECYCLE_SCRIPT_MAX_BASE64 = 16384;

const here = new URL('.', import.meta.url);

/** The checker's source. */
export function autostopProgram(): string {
  return readFileSync(new URL('autostop.py', here), 'utf8');
}

/** The backup's source. */
export function backupProgram(): string {
  return readFileSync(new URL('backup.py', here), 'utf8');
}

/**
 * A program as the notebook gets it: without comment lines, docstrings and blank lines, and indented by one space a
 * level, which only readers of the source need (with them it would not fit SageMaker's limit).
 */
export function packedProgram(source: string): string {
  const kept: string[] = [];
  let inDocstring = false;
  for (const line of source.split('\n')) {
    const t = line.trim();
    // A docstring is a statement that starts with """ (values that are strings start with something else).
    if (inDocstring) inDocstring = !t.endsWith('"""');
    else if (t.startsWith('"""')) inDocstring = !(t.length > 3 && t.endsWith('"""'));
    // One space per level of four: Python only needs the indentation to be consistent.
    else if (t !== '' && !t.startsWith('#')) kept.push(line.replace(/^(?: {4})+/, (m) => ' '.repeat(m.length / 4)));
  }
  return kept.join('\n') + '\n';
}

/** The set-up script the notebook runs at every start, with both programs in it (what the stub unpacks). */
export function onStartBody(): string {
  const shell = readFileSync(new URL('on-start.sh', here), 'utf8')
    .split('\n')
    .filter((l, i) => i === 0 || !l.trim().startsWith('#'))
    .join('\n');
  return shell
    .replace('__AUTOSTOP_PY__\n', packedProgram(autostopProgram()))
    .replace('__BACKUP_PY__\n', packedProgram(backupProgram()));
}

/** What the stub fills in with Fn::Sub, by the environment variable the set-up script reads. */
export const ON_START_VARIABLES = {
  SMNB_IDLE_MINUTES: 'IdleTimeoutMinutes',
  SMNB_BACKUP_MINUTES: 'BackupIntervalMinutes',
  SMNB_DATA_BUCKET: 'DataBucketName',
} as const;

/**
 * The on-start script: a short stub that sets the notebook's settings (left as `${...}` for Fn::Sub) and runs the
 * set-up script, carried gzip+base64 (the plain text would not fit SageMaker's limit). Exported so tests can run
 * exactly what the template carries.
 */
export function onStartScript(): string {
  const packed = gzipSync(onStartBody(), { level: constants.Z_BEST_COMPRESSION }).toString('base64');
  const settings = Object.entries(ON_START_VARIABLES).map(([variable, name]) => `${variable}='\${${name}}'`);
  return [
    '#!/bin/bash',
    '# smnb: idle auto-stop and backup of ~/SageMaker, set up at every start. The set-up script is gzip+base64 to fit',
    "# SageMaker's 16384-character limit; its source: infra/constructs/idle-auto-stop/ in the smnb repository.",
    `export ${settings.join(' ')}`,
    'body=$(mktemp 2>/dev/null || echo /tmp/smnb-on-start.sh)',
    `if echo '${packed}' | base64 -d | gzip -dc > "$body"; then bash "$body"; else echo "smnb: cannot unpack the set-up script (base64, gzip)"; fi`,
    'rm -f "$body"',
    'exit 0',
    '',
  ].join('\n');
}

export interface IdleAutoStopProps {
  /** Minutes without activity before the notebook stops itself; 0 turns auto-stop off. */
  readonly idleTimeoutMinutes: string;
  /** Minutes between backups of the volume to the data bucket (only when something changed); 0 turns them off. */
  readonly backupIntervalMinutes: string;
  /** The data bucket the backups go to (and come back from). */
  readonly dataBucketName: string;
}

/**
 * A lifecycle configuration that installs idle auto-stop and the backup of the volume at every start: a systemd timer (Amazon Linux 2023 has no
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
        onStart: [
          {
            content: Fn.base64(
              Fn.sub(script, {
                IdleTimeoutMinutes: props.idleTimeoutMinutes,
                BackupIntervalMinutes: props.backupIntervalMinutes,
                DataBucketName: props.dataBucketName,
              }),
            ),
          },
        ],
      }),
      'IdleAutoStopLifecycleConfig',
    );
  }
}
