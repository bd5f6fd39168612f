import { defineConfig } from 'vitest/config';
import { hostileHost } from './test/_helpers/hostile-host.js';

// Every run pretends to be a machine with the aws CLI, a broken ~/.aws and AWS_* variables set (see hostile-host.ts).
const hostile = hostileHost();
process.env.SMNB_HOSTILE_AWS_CALLS = hostile.awsCalls;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Synthesizing CDK apps and running the built CLI take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: hostile.env,
    globalSetup: ['test/_helpers/hostile-teardown.ts'],
  },
});
