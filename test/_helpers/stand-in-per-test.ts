import { afterEach, beforeEach } from 'vitest';
import { startStandIn, type StandIn } from './aws-stand-in.js';
import { FakeAws } from './fake-aws.js';
import { standInEnv } from './run-cli.js';

/** A fresh in-memory AWS behind a fresh loopback stand-in for every test of the file, and the CLI's environment. */
export function standInPerTest(): {
  readonly fake: FakeAws;
  readonly standIn: StandIn;
  readonly env: Record<string, string>;
} {
  const current = {} as { fake: FakeAws; standIn: StandIn; env: Record<string, string> };
  beforeEach(async () => {
    current.fake = new FakeAws();
    current.standIn = await startStandIn(current.fake);
    current.env = standInEnv(current.standIn.url);
  });
  afterEach(() => current.standIn.close());
  return current;
}
