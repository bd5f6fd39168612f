import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { UNPACK } from '../../infra/constructs/idle-auto-stop/idle-auto-stop.js';

import { PACKED_END } from '../../infra/constructs/idle-auto-stop/idle-auto-stop.js';

type Sub = [string, Record<string, unknown>];
/** A hook's Content as a template writes it: base64 text, Fn::Base64 of Fn::Sub, or Fn::Join of those. */
export type Content = string | { 'Fn::Base64': { 'Fn::Sub': Sub } } | { 'Fn::Join': [string, Content[]] };
interface LifecycleConfig {
  Type: string;
  Properties: Record<string, { Content: Content }[] | undefined>;
}

/** Fn::Sub as CloudFormation does it, in one pass: a literal from the map, else the value given for the name. */
function substitute([text, map]: Sub, values: Record<string, string>): string {
  return text.replace(/\$\{(\w+)\}/g, (whole, name: string) => {
    const literal = map[name];
    const value = typeof literal === 'string' ? literal : values[name];
    if (value === undefined) throw new Error(`no value for ${whole}`);
    return value;
  });
}

/** The base64 text CloudFormation makes of a Content (Fn::Base64 encodes the UTF-8 of its string). */
function base64Of(content: Content, values: Record<string, string>): string {
  if (typeof content === 'string') return content;
  if ('Fn::Join' in content)
    return content['Fn::Join'][1].map((part) => base64Of(part, values)).join(content['Fn::Join'][0]);
  return Buffer.from(substitute(content['Fn::Base64']['Fn::Sub'], values), 'utf8').toString('base64');
}

/**
 * The script SageMaker gets from a Content: its base64 text decoded once, as a whole. A padding character inside the
 * text (two joined parts that do not meet on a 3-byte boundary) would make it no base64 at all: refused here.
 */
export function scriptOf(content: Content, values: Record<string, string>): string {
  const text = base64Of(content, values);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error('not one base64 text');
  return Buffer.from(text, 'base64').toString('utf8');
}

/** The Fn::Sub of a Content (the part that carries the settings), if it has one. */
export function subOf(content: Content): Sub | undefined {
  if (typeof content === 'string') return undefined;
  if ('Fn::Join' in content) return content['Fn::Join'][1].map(subOf).find(Boolean);
  return content['Fn::Base64']['Fn::Sub'];
}

/** Every lifecycle script a committed template carries: its resource, its hook (OnStart/OnCreate) and its Content. */
export function lifecycleScripts(templatePath: string): {
  resource: string;
  hook: string;
  content: Content;
  script: (values: Record<string, string>) => string;
}[] {
  const template = parse(readFileSync(new URL(`../../${templatePath}`, import.meta.url), 'utf8')) as {
    Resources: Record<string, LifecycleConfig>;
  };
  return Object.entries(template.Resources)
    .filter(([, r]) => r.Type === 'AWS::SageMaker::NotebookInstanceLifecycleConfig')
    .flatMap(([resource, r]) =>
      ['OnStart', 'OnCreate'].flatMap((hook) =>
        (r.Properties[hook] ?? []).map(({ Content: content }) => ({
          resource,
          hook,
          content,
          script: (values: Record<string, string>) => scriptOf(content, values),
        })),
      ),
    );
}

/**
 * The on-start script exactly as simple-stack.yaml (committed, synthesized) carries it, with Fn::Sub done for the
 * settings given (the rest as the defaults).
 */
export function withSettings(values: {
  IdleTimeoutMinutes?: string;
  BackupIntervalMinutes?: string;
  DataBucketName?: string;
}) {
  const all = { IdleTimeoutMinutes: '60', BackupIntervalMinutes: '60', DataBucketName: 'my-data-bucket', ...values };
  return lifecycleScripts('simple-stack.yaml')
    .find((s) => s.hook === 'OnStart')!
    .script(all);
}

/** The OnCreate script exactly as simple-stack.yaml (committed, synthesized) carries it. */
export function onCreateFromTemplate(): string {
  return lifecycleScripts('simple-stack.yaml')
    .find((s) => s.hook === 'OnCreate')!
    .script({});
}

/** The packed text of a hook's here-document. */
function packedIn(script: string): string {
  const open = script.indexOf('\n', script.indexOf(`<<'${PACKED_END}'`)) + 1;
  return script.slice(open, script.indexOf(`\n${PACKED_END}\n`, open));
}

/** What a hook carries, read back the way the notebook does: the hooks' own unpacker, run by python3 on it. */
function unpacked(packed: string): string {
  const r = spawnSync('python3', ['-c', UNPACK], {
    input: Buffer.from(packed + '\n', 'latin1'),
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin' },
  });
  if (r.status !== 0) throw new Error(`cannot unpack: ${r.stderr}`);
  return r.stdout;
}

/** The restore program inside the committed OnCreate script, as the notebook gets it. */
export function shippedRestore(): string {
  return unpacked(packedIn(onCreateFromTemplate()));
}

/** The set-up script inside the committed on-start script, and the programs it writes, as the notebook gets them. */
export function shippedSetUp(): { body: string; program: (name: 'autostop.py' | 'backup.py') => string } {
  const body = unpacked(packedIn(withSettings({})));
  const program = (name: string) => {
    const marker = `SMNB_END_OF_${name.replace('.', '_').toUpperCase()}`;
    const start = body.indexOf('\n', body.indexOf(`<<'${marker}'`)) + 1;
    return body.slice(start, body.indexOf(`${marker}\n`, start));
  };
  return { body, program };
}
