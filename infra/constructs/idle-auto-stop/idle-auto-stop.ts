import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Fn } from 'aws-cdk-lib';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import { Construct } from 'constructs';
import {
  BACKUP_ACK,
  BACKUP_KEPT,
  BACKUP_MANIFEST,
  BACKUP_PREFIX,
  BACKUP_REQUEST,
  BACKUP_REQUEST_CHECK_SECONDS,
} from '../../../shared/backup-layout.js';
import { NOTEBOOK_SETTINGS, type NotebookSetting } from '../../../shared/notebook-settings.js';
import { named } from '../logical-id.js';
import { DIGIT_VALUES, FIRST_DIGIT, heredocDigits } from './heredoc-digits.js';
import type { NotebookSettingValues } from '../notebook-parameters.js';

/**
 * LZMA-JS (npm `lzma`, MIT): LZMA in pure JavaScript, so the packed text, and with it the committed templates, is
 * the same on every machine. `compress(data, 9)` gives the .lzma ("alone") format as signed bytes.
 */
const lzma = createRequire(import.meta.url)('lzma') as { compress(data: Uint8Array, mode: number): number[] };

/**
 * Text as a hook carries it: LZMA (mode 9, the .lzma format Python's standard library reads), written as digits of
 * base 125 for a quoted here-document (heredoc-digits.ts). LZMA packs the set-up script about 4 % tighter than raw
 * deflate at its best level (7,740 bytes against 8,066).
 */
export function pack(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return heredocDigits(Uint8Array.from(lzma.compress(bytes, 9), (b) => b & 255));
}

/** SageMaker's limit on one lifecycle script, base64-encoded (CreateNotebookInstanceLifecycleConfig API reference). */
export const LIFECYCLE_SCRIPT_MAX_BASE64 = 16384;

const here = new URL('.', import.meta.url);

/** The checker's source. */
export function autostopProgram(): string {
  return readFileSync(new URL('autostop.py', here), 'utf8');
}

/** The backup's source, with the object names of shared/backup-layout.ts written in. */
export function backupProgram(): string {
  const source = readFileSync(new URL('backup.py', here), 'utf8');
  const name = (key: string) => JSON.stringify(key.slice(BACKUP_PREFIX.length));
  const layout = `PREFIX, REQUEST, ACK, MANIFEST = ${JSON.stringify(BACKUP_PREFIX)}, ${name(BACKUP_REQUEST)}, ${name(BACKUP_ACK)}, ${name(BACKUP_MANIFEST)}`;
  const written = source.replace(/^PREFIX, REQUEST, ACK, MANIFEST = .*$/m, () => layout);
  if (written === source && !source.includes(layout)) throw new Error('backup.py lost its object names line');
  return written;
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
    else if (t !== '' && !t.startsWith('#'))
      kept.push(compactLine(line.replace(/^(?: {4})+/, (m) => ' '.repeat(m.length / 4))));
  }
  return kept.join('\n') + '\n';
}

/**
 * A line of Python without the spaces Python does not need and without a trailing comment: outside strings, a space
 * stays only between two word characters (`0 if` must not become `0if`); strings are copied as they are. The
 * programs have no string that spans lines but their docstrings, which packedProgram drops.
 */
export function compactLine(line: string): string {
  const indent = /^ */.exec(line)![0];
  const body = line.slice(indent.length);
  let out = '';
  let quote = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quote) {
      out += c;
      if (c === '\\') out += body[++i] ?? '';
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
      out += c;
    } else if (c === '#') {
      break;
    } else if (c === ' ') {
      let next = i;
      while (body[next] === ' ') next++;
      if (/\w/.test(out.at(-1) ?? '') && /\w/.test(body[next] ?? '')) out += ' ';
      i = next - 1;
    } else {
      out += c;
    }
  }
  return indent + out;
}

/**
 * What the one-minute request check costs: one GET of the request object a minute while the notebook runs, at most
 * 60 * 24 * 30 = 43,200 GETs in a month of running day and night, at S3 Standard's USD 0.0004 per 1,000 GET requests
 * (us-east-1; Amazon S3 pricing, https://aws.amazon.com/s3/pricing/, "GET, SELECT, and all other requests", read
 * 2026-12-07 — the stored copy of AWS's page shows the table's values as placeholders, so the figure was taken from a
 * third-party transcription of it, https://c3x.dev/blog/s3-request-fees-explained, the same day): about USD 0.017.
 */
export const REQUEST_CHECK_MONTHLY_USD = ((30 * 24 * 3600) / BACKUP_REQUEST_CHECK_SECONDS / 1000) * 0.0004;

/** The set-up script the notebook runs at every start, with both programs in it (what the stub unpacks). */
export function onStartBody(): string {
  // Timers count in whole minutes here.
  if (BACKUP_REQUEST_CHECK_SECONDS % 60 !== 0) throw new Error('BACKUP_REQUEST_CHECK_SECONDS must be whole minutes.');
  const shell = readFileSync(new URL('on-start.sh', here), 'utf8')
    .split('\n')
    .filter((l, i) => i === 0 || !l.trim().startsWith('#'))
    // Indentation means nothing to bash here: the script has no here-document body or string that spans lines
    // (the programs go into its here-documents afterwards, as they are).
    .map((l) => l.trimStart())
    .join('\n');
  for (const name of ['__BACKUP_REQUEST_CHECK_SECONDS__', '__BACKUP_REQUEST__', '__AUTOSTOP_PY__', '__BACKUP_PY__'])
    if (!shell.includes(name)) throw new Error(`on-start.sh lost its ${name}`);
  return shell
    .replace('__BACKUP_REQUEST_CHECK_SECONDS__', String(BACKUP_REQUEST_CHECK_SECONDS))
    .replace('__BACKUP_REQUEST__', BACKUP_REQUEST)
    .replace('__AUTOSTOP_PY__\n', () => packedProgram(autostopProgram()))
    .replace('__BACKUP_PY__\n', () => packedProgram(backupProgram()));
}

/** The data bucket's variable: the one the stub sets that is not a notebook setting. */
const DATA_BUCKET_VARIABLE = { SMNB_DATA_BUCKET: 'DataBucketName' } as const;

/**
 * What the stub fills in with Fn::Sub, by the environment variable the set-up script reads: every setting declared
 * with a `scriptVariable` (shared/notebook-settings.ts), and the data bucket.
 */
export function onStartVariables(): Readonly<Record<string, string>> {
  const fromSettings = (NOTEBOOK_SETTINGS as readonly NotebookSetting[]).flatMap((s) =>
    s.notebook && 'scriptVariable' in s.notebook ? [[s.notebook.scriptVariable, s.parameter] as const] : [],
  );
  return { ...Object.fromEntries(fromSettings), ...DATA_BUCKET_VARIABLE };
}

/** The set-up script as the OnStart hook carries it (see pack). */
export function packedOnStartBody(): string {
  return pack(onStartBody());
}

/**
 * The hooks' Python: the here-document on stdin (less the newline bash ends it with) back from its digits to bytes,
 * and LZMA back to the text, on stdout. lzma.decompress reads the .lzma format by default (FORMAT_AUTO: ".xz or
 * legacy .lzma"; Python documentation, lzma module, read 2026-12-07).
 */
export const UNPACK =
  `import functools,sys,lzma;d=sys.stdin.buffer.read()[:-1];n=functools.reduce(lambda n,c:n*${DIGIT_VALUES}+c-${FIRST_DIGIT},d,0);` +
  'sys.stdout.buffer.write(lzma.decompress(n.to_bytes(n.bit_length()+7>>3,"big")[1:]))';
/** Where a hook looks for a python3 to unpack with: the system's, else the one Jupyter runs on. */
const STUB_PYTHONS = ['/usr/bin/python3', '/home/ec2-user/anaconda3/envs/JupyterSystemEnv/bin/python'];
/** The line that ends a packed here-document. */
export const PACKED_END = 'SMNB_PACKED';

/**
 * Packed text as a quoted here-document: the redirection, which ends the command's line, and the lines that follow
 * it, up to the end line (which the text never holds).
 */
function hereDocument(packed: string): { readonly redirect: string; readonly lines: string } {
  if (packed.split('\n').includes(PACKED_END)) throw new Error(`The packed text holds the line ${PACKED_END}.`);
  return { redirect: `<<'${PACKED_END}'`, lines: `${packed}\n${PACKED_END}` };
}

/**
 * The OnStart hook in two parts. The head unpacks the set-up script into a variable (each python3 in turn until one
 * has: one without lzma, say, passes to the next; in a variable, it never runs half-written). It holds no setting,
 * so the template carries it as base64 text. The tail sets the notebook's settings (left as `${...}` for Fn::Sub) and
 * runs the set-up script; the template carries it as Fn::Base64 of Fn::Sub, joined after the head. Two base64 texts
 * joined read as one only when the first has no padding: the head is padded with newlines to a multiple of 3 bytes.
 */
export function onStartHook(): { readonly head: string; readonly tail: string } {
  const settings = Object.entries(onStartVariables()).map(([variable, name]) => `${variable}='\${${name}}'`);
  const packed = hereDocument(packedOnStartBody());
  const head = [
    '#!/bin/bash',
    '# smnb auto-stop and backup (source: infra/constructs/idle-auto-stop/ in smnb)',
    `for p in ${STUB_PYTHONS.join(' ')}; do [ -x "$p" ] && s=$("$p" -c '${UNPACK}' ${packed.redirect}`,
    packed.lines,
    ') && break; s=; done',
    '',
  ].join('\n');
  const tail = [
    `export ${settings.join(' ')}`,
    'if [ -n "$s" ]; then bash -c "$s"; else echo "smnb: cannot unpack the set-up script (python3, lzma)"; fi',
    'exit 0',
    '',
  ].join('\n');
  return { head: head + '\n'.repeat((3 - (Buffer.byteLength(head) % 3)) % 3), tail };
}

/** The on-start script as the notebook gets it, but for the settings (left as `${...}`). For tests and the size check. */
export function onStartScript(): string {
  const { head, tail } = onStartHook();
  return head + tail;
}

/** The restore's source: it runs once a new volume is there, until it has finished. */
export function restoreProgram(): string {
  const source = readFileSync(new URL('restore.py', here), 'utf8');
  const layout = `PREFIX, MANIFEST, KEPT = ${JSON.stringify(BACKUP_PREFIX)}, ${JSON.stringify(BACKUP_MANIFEST.slice(BACKUP_PREFIX.length))}, ${JSON.stringify(BACKUP_KEPT)}`;
  const written = source.replace(/^PREFIX, MANIFEST, KEPT = .*$/m, () => layout);
  if (written === source && !source.includes(layout)) throw new Error('restore.py lost its object names line');
  return written;
}

/** The restore program as the OnCreate hook carries it: stripped like the others, then packed (see pack). */
export function packedRestoreProgram(): string {
  return pack(packedProgram(restoreProgram()));
}

/**
 * The OnCreate hook, which runs once, when the notebook instance (and so its volume) is created ("OnCreate: a shell
 * script that runs only once, when you create a notebook instance"; "OnStart: ... runs every time you start a notebook
 * instance, including when you create the notebook instance": AWS::SageMaker::NotebookInstanceLifecycleConfig,
 * CloudFormation Template Reference,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sagemaker-notebookinstancelifecycleconfig.html,
 * read 2026-12-07). It writes the restore program onto the new volume, in a folder the backup leaves out, and gives it
 * to the notebook's user: the OnStart hook runs it from there as that user, never as root, in the background, at every
 * start until it has finished, and it then removes itself. Nothing runs here that could take long, and it always exits
 * 0. It has no setting, so the template carries it whole as base64 text. SMNB_ROOT (a scratch root) and
 * SMNB_NOTEBOOK_USER exist for tests; on the notebook both are unset.
 */
export function onCreateScript(): string {
  const pythons = STUB_PYTHONS.map((p) => `$SMNB_ROOT${p}`);
  const packed = hereDocument(packedRestoreProgram());
  return [
    '#!/bin/bash',
    '# smnb: the restore of ~/SageMaker from the data bucket onto a new volume (source: infra/constructs/idle-auto-stop/ in the smnb repository)',
    'umask 022',
    'd=$SMNB_ROOT/home/ec2-user/SageMaker/.smnb-restore',
    'u=${SMNB_NOTEBOOK_USER:-ec2-user}',
    // Each python3 in turn until one has unpacked; `$p` is then the one that did, else empty.
    `mkdir -p "$d"; p=; for p in ${pythons.join(' ')}; do [ -x "$p" ] && "$p" -c '${UNPACK}' > "$d/restore.py" ${packed.redirect} && break; p=; done`,
    packed.lines,
    // No user has logged in to a notebook being created, so nothing on its volume can point elsewhere yet (-h all the same).
    `if [ -n "$p" ]; then chown -hR "$u:" "$d"; echo "smnb backup: restore program written to ~/SageMaker/.smnb-restore (the start runs it)"; else echo "smnb backup: cannot write the restore program (python3, lzma or ~/SageMaker missing): nothing will be restored"; rm -f "$d/restore.py"; rmdir "$d" 2>/dev/null; fi`,
    'exit 0',
    '',
  ].join('\n');
}

export interface IdleAutoStopProps {
  /** The notebook's settings, by parameter name: the script gets those declared with a `scriptVariable`. */
  readonly settings: NotebookSettingValues;
  /** The data bucket the backups go to (and come back from). */
  readonly dataBucketName: string;
}

/**
 * A lifecycle configuration that installs idle auto-stop and the backup of the volume at every start (OnStart), and
 * leaves the restore of the latest backup on a new volume when the notebook is created (OnCreate; see onCreateStub).
 * Each hook has its own limit of 16,384 base64 characters; both are kept under three quarters of it where possible
 * (test/infra/lifecycle-script-size.test.ts prints the figures). Auto-stop and backup: systemd timers only (SageMaker runs only Amazon
 * Linux 2023 notebooks since 2026-07-01, and AL2023 installs no cron by default: see schedule() in on-start.sh). Nothing is downloaded at start, so it works with and without
 * direct internet access; the script finishes in about a second, far inside SageMaker's 5-minute limit, and always
 * exits 0 so it can never fail the notebook.
 */
export class IdleAutoStop extends Construct {
  public readonly config: sagemaker.CfnNotebookInstanceLifecycleConfig;

  constructor(scope: Construct, id: string, props: IdleAutoStopProps) {
    super(scope, id);
    // Each hook is built once (packing the set-up script takes a fifth of a second), checked, then carried.
    const { head, tail } = onStartHook();
    const onCreate = onCreateScript();
    for (const [hook, script] of [
      ['on-start', head + tail],
      ['on-create', onCreate],
    ]) {
      if (Buffer.from(script!).toString('base64').length > LIFECYCLE_SCRIPT_MAX_BASE64) {
        throw new Error(`The ${hook} script exceeds SageMaker's ${LIFECYCLE_SCRIPT_MAX_BASE64} base64 characters.`);
      }
    }
    this.config = named(
      new sagemaker.CfnNotebookInstanceLifecycleConfig(this, 'Config', {
        onCreate: [{ content: Buffer.from(onCreate).toString('base64') }],
        onStart: [
          {
            content: Fn.join('', [Buffer.from(head).toString('base64'), Fn.base64(Fn.sub(tail, subValues(props)))]),
          },
        ],
      }),
      'IdleAutoStopLifecycleConfig',
    );
  }
}

/** The Fn::Sub values of the stub's variables, from the settings and the data bucket. */
function subValues(props: IdleAutoStopProps): Record<string, string> {
  const values: Record<string, string | undefined> = { ...props.settings, DataBucketName: props.dataBucketName };
  return Object.fromEntries(
    Object.values(onStartVariables()).map((name) => {
      const value = values[name];
      if (value === undefined) throw new Error(`The on-start script reads ${name}, which has no value.`);
      return [name, value];
    }),
  );
}
