import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { UNPACK } from '../../infra/constructs/idle-auto-stop/idle-auto-stop.js';

type Sub = [string, Record<string, unknown>];
interface LifecycleConfig {
  Type: string;
  Properties: Record<string, { Content: { 'Fn::Base64': { 'Fn::Sub': Sub } } }[] | undefined>;
}

/** Every lifecycle script a committed template carries: [resource, hook (OnStart/OnCreate), Fn::Sub text, its map]. */
export function lifecycleScripts(templatePath: string): { resource: string; hook: string; sub: Sub }[] {
  const template = parse(readFileSync(new URL(`../../${templatePath}`, import.meta.url), 'utf8')) as {
    Resources: Record<string, LifecycleConfig>;
  };
  return Object.entries(template.Resources)
    .filter(([, r]) => r.Type === 'AWS::SageMaker::NotebookInstanceLifecycleConfig')
    .flatMap(([resource, r]) =>
      ['OnStart', 'OnCreate'].flatMap((hook) =>
        (r.Properties[hook] ?? []).map((s) => ({ resource, hook, sub: s.Content['Fn::Base64']['Fn::Sub'] })),
      ),
    );
}

/** Fn::Sub as CloudFormation does it, in one pass: a literal from the map, else the value given for the name. */
export function substitute([text, map]: Sub, values: Record<string, string>): string {
  return text.replace(/\$\{(\w+)\}/g, (whole, name: string) => {
    const literal = map[name];
    const value = typeof literal === 'string' ? literal : values[name];
    if (value === undefined) throw new Error(`no value for ${whole}`);
    return value;
  });
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
  const onStart = lifecycleScripts('simple-stack.yaml').find((s) => s.hook === 'OnStart')!;
  return substitute(onStart.sub, all);
}

/** The OnCreate script exactly as simple-stack.yaml (committed, synthesized) carries it. */
export function onCreateFromTemplate(): string {
  const onCreate = lifecycleScripts('simple-stack.yaml').find((s) => s.hook === 'OnCreate')!;
  return substitute(onCreate.sub, {});
}

/** What a stub carries, read back the way the notebook does: the stubs' own unpacker, run by python3. */
function unpacked(packed: string): string {
  const r = spawnSync('python3', ['-c', UNPACK, packed], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
  if (r.status !== 0) throw new Error(`cannot unpack: ${r.stderr}`);
  return r.stdout;
}

/** The restore program inside the committed OnCreate script, as the notebook gets it. */
export function shippedRestore(): string {
  const [, map] = lifecycleScripts('simple-stack.yaml').find((s) => s.hook === 'OnCreate')!.sub;
  return unpacked(map.SmnbRestoreProgram as string);
}

/** The set-up script inside the committed on-start script, and the programs it writes, as the notebook gets them. */
export function shippedSetUp(): { body: string; program: (name: 'autostop.py' | 'backup.py') => string } {
  const [, map] = lifecycleScripts('simple-stack.yaml').find((s) => s.hook === 'OnStart')!.sub;
  const body = unpacked(map.SmnbSetUpScript as string);
  const program = (name: string) => {
    const marker = `SMNB_END_OF_${name.replace('.', '_').toUpperCase()}`;
    const start = body.indexOf('\n', body.indexOf(`<<'${marker}'`)) + 1;
    return body.slice(start, body.indexOf(`${marker}\n`, start));
  };
  return { body, program };
}
