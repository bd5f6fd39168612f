import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { RecordingHost } from '../_helpers/recording-host.js';

/** Which AWS modules were evaluated: each mock's factory runs only when its module is first imported. */
const loaded = vi.hoisted(() => new Set<string>());

vi.mock('../../src/aws/client-factory.js', async (importActual) => {
  loaded.add('client-factory');
  return importActual();
});
vi.mock('../../src/aws/price-api.js', async (importActual) => {
  loaded.add('price-api');
  return importActual();
});
vi.mock('@aws-sdk/client-pricing', async (importActual) => {
  loaded.add('@aws-sdk/client-pricing');
  return importActual();
});

const { compositionRoot } = await import('../../src/composition/root.js');
const { costCommand } = await import('../../src/commands/cost.js');
const { parseArgs } = await import('../../src/args.js');
const { translator } = await import('../../src/i18n/messages.js');

/** smnb cost run as the entry point runs it: its context from the composition root, nothing faked. */
async function cost(argv: string[], env: NodeJS.ProcessEnv) {
  const io = new RecordingHost();
  const ctx = {
    lang: 'en' as const,
    t: translator('en'),
    io,
    env,
    color: false,
    output: 'json' as const,
    ...compositionRoot({ io, env, short: false, region: undefined, profile: undefined }),
  };
  return costCommand.run(ctx, parseArgs('cost', argv, costCommand.flags));
}

describe('the composition root and smnb cost', () => {
  // An empty cache folder: the prices come from the dated table shipped with smnb.
  const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'smnb-root-')), HOME: '/nonexistent' };

  it('without --live, loads neither the client factory, the Price List wrapper nor the SDK', async () => {
    const result = await cost(['--region', 'us-east-1'], env);
    expect(result.data).toMatchObject({ region: 'us-east-1', price: { source: 'table', usdPerHour: 0.05 } });
    expect([...loaded]).toEqual([]);
  });

  it('with --live, goes through the client factory (refusing a malformed endpoint before any call)', async () => {
    await expect(cost(['--region', 'us-east-1', '--live'], { ...env, AWS_ENDPOINT_URL: 'not a url' })).rejects.toThrow(
      expect.objectContaining({ key: 'error.endpointVariable' }),
    );
    expect(loaded).toContain('client-factory');
  });
});
