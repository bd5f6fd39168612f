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
    // Most of a test's time is spent waiting: on the built CLI, on a Jupyter server, on the aws cli, on retries the
    // SDK spaces out. More workers than cores keep both cores busy while others wait (vitest's default is one fewer
    // than the cores: a single worker on a two-core machine).
    maxWorkers: 4,
    // A worker keeps what it imported (aws-cdk-lib, the SDK, the stand-in, one CDK synthesis) for its next test file.
    // The tests share no mutable module state: each builds its own fakes, servers and scratch folders.
    isolate: false,
    env: hostile.env,
    globalSetup: ['test/_helpers/hostile-teardown.ts'],
  },
});
