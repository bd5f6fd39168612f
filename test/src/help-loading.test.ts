import { describe, expect, it, vi } from 'vitest';

/** Which heavy modules were evaluated: each mock's factory runs only when its module is first imported. */
const loaded = vi.hoisted(() => new Set<string>());

vi.mock('../../src/composition/operation-context.js', () => {
  loaded.add('composition/operation-context');
  return {};
});
vi.mock('../../src/operations/status.js', () => {
  loaded.add('operations/status');
  return {};
});
vi.mock('../../src/operations/list/list-account.js', () => {
  loaded.add('operations/list-account');
  return {};
});
vi.mock('../../src/operations/open.js', () => {
  loaded.add('operations/open');
  return {};
});
vi.mock('../../src/operations/outputs.js', () => {
  loaded.add('operations/outputs');
  return {};
});
vi.mock('../../src/operations/watch.js', () => {
  loaded.add('operations/watch');
  return {};
});
vi.mock('../../src/operations/doctor.js', () => {
  loaded.add('operations/doctor');
  return {};
});
vi.mock('../../src/operations/delete.js', () => {
  loaded.add('operations/delete');
  return {};
});
vi.mock('../../src/operations/deploy/deploy-checked.js', () => {
  loaded.add('operations/deploy-checked');
  return {};
});
vi.mock('yaml', () => {
  loaded.add('yaml');
  return {};
});
vi.mock('@aws-sdk/client-cloudformation', () => {
  loaded.add('@aws-sdk/client-cloudformation');
  return {};
});

const { COMMANDS } = await import('../../src/commands/registry.js');
const { formatCommandHelp } = await import('../../src/render/help.js');
const { translator } = await import('../../src/i18n/messages.js');

describe("a command's --help", () => {
  // The short commands: their help must cost no more than `smnb --help` (bench/run.ts measures it).
  it.each(['status', 'list', 'open', 'outputs', 'watch', 'doctor', 'deploy', 'delete'])(
    'smnb %s --help loads neither the operation, the AWS context, an SDK client nor YAML',
    async (name) => {
      const command = await COMMANDS[name]!.load();
      expect(formatCommandHelp(command, translator('en'))).toContain(name);
      expect([...loaded]).toEqual([]);
    },
  );
});
