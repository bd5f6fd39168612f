/**
 * Benchmarks, printed rather than asserted: start-up of `smnb --help`, `smnb status` against the loopback AWS stand-in,
 * and how many API calls watching a deploy costs per minute at the default poll interval.
 * Run with `npm run bench` (it builds first).
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { startStandIn } from '../test/_helpers/aws-stand-in.js';
import { FakeAws } from '../test/_helpers/fake-aws.js';
import { runCli, standInEnv } from '../test/_helpers/run-cli.js';

const RUNS = 15;

/** A benchmark of failed deploys would measure nothing: stop loudly instead. */
function mustSucceed(r: { code: number; stderr: string }): void {
  if (r.code !== 0) throw new Error(`a benchmark deploy failed (exit ${r.code}): ${r.stderr}`);
}

async function timed(label: string, run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  await run(); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(0)} ms  (min ${samples[0]!.toFixed(0)}, max ${samples.at(-1)!.toFixed(0)}, ${RUNS} runs)`,
  );
  return median;
}

const fake = new FakeAws();
// Room for every notebook the benchmarks deploy, so the deploy gate lets all of them through.
fake.quotas['ml.t3.medium'] = 100;
const standIn = await startStandIn(fake);
const env = standInEnv(standIn.url);
mustSucceed(await runCli(['deploy', '--name', 'bench-notebook'], env));

const help = await timed('smnb --help', () => runCli(['--help'], env));
const statusHelp = await timed('smnb status --help', () => runCli(['status', '--help'], env));
console.log(
  `ratio smnb status --help / smnb --help: ${(statusHelp / help).toFixed(2)} (target <= 1.2: no AWS SDK loaded)`,
);
for (const name of ['list', 'open', 'deploy']) {
  const commandHelp = await timed(`smnb ${name} --help`, () => runCli([name, '--help'], env));
  console.log(`ratio smnb ${name} --help / smnb --help: ${(commandHelp / help).toFixed(2)}`);
}
await timed('smnb plan', () => runCli(['plan'], env));
// One home for all status runs, as for a real user: the first run caches the notebook's price, later runs reuse it.
const statusHome = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/smnb-bench-home-`);
const status = await timed('smnb status (stand-in, price cached)', () =>
  runCli(['status', 'bench-notebook'], { ...env, HOME: statusHome }),
);

const aws = spawnSync('aws', ['--version'], { encoding: 'utf8' });
if (aws.status === 0) {
  // Asynchronous on purpose: the stand-in answers from this very process.
  const awsMs = await timed('aws cloudformation describe-stacks (stand-in)', () =>
    promisify(execFile)('aws', ['cloudformation', 'describe-stacks', '--stack-name', 'sagemaker-notebook-bench'], {
      env: { ...process.env, ...env, AWS_DEFAULT_REGION: env.AWS_REGION! },
    }),
  );
  console.log(`ratio smnb status / aws describe-stacks: ${(status / awsMs).toFixed(2)} (target <= 0.3)`);
} else {
  console.log('aws cli not installed here: the comparison with aws describe-stacks was skipped');
}

// API calls while watching: one watched deploy, its calls split into the deploy's own look-ups (once per deploy) and
// the poll loop (DescribeStackEvents once per cycle for this one-stack deploy, DescribeStacks every few cycles).
standIn.requests.length = 0;
mustSucceed(await runCli(['deploy', '--name', 'bench-two'], env));
const byAction = new Map<string, number>();
for (const r of standIn.requests) byAction.set(r.action, (byAction.get(r.action) ?? 0) + 1);
const cycles = byAction.get('DescribeStackEvents') ?? 0;
const loopDescribes = Math.ceil(cycles / 4);
const loopCalls = cycles + loopDescribes;
const perDeploy = standIn.requests.length - loopCalls;
const perCycle = loopCalls / Math.max(cycles, 1);
// The loop's pace (watch-stack.ts): 2 s after a poll of one call, 3 s after a poll of two.
const loopMs = cycles * 2000 + loopDescribes * 1000;
console.log(
  `watching a deploy: ${perDeploy} per-deploy look-ups (once), then ${perCycle.toFixed(2)} calls per poll cycle -> ${((loopCalls / loopMs) * 60_000).toFixed(1)} calls/min at the 2 s default interval (target <= 40)`,
);

// A silent endpoint and a host name that does not resolve, with the default deadline and retries (one run each).
const { createServer } = await import('node:net');
const silent = createServer(() => undefined);
await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
for (const [label, url] of [
  ['status, endpoint that never answers', `http://127.0.0.1:${(silent.address() as { port: number }).port}`],
  ['status, host name that does not resolve', 'http://smnb-endpoint.invalid'],
] as const) {
  const begin = performance.now();
  const r = await runCli(['status', '--lang', 'en'], { ...env, AWS_ENDPOINT_URL: url });
  console.log(
    `${label.padEnd(44)} ${((performance.now() - begin) / 1000).toFixed(1)} s, exit ${r.code} (targets: 30 s and 10 s)`,
  );
}
silent.close();

// A fleet of 100 notebooks: status --config, and how many Price List look-ups it made (one home, cold price cache).
fake.quotas['ml.t3.medium'] = 200;
const { mkdtempSync: tempDir, writeFileSync: writeFile } = await import('node:fs');
const hundredFile = `${tempDir(`${(await import('node:os')).tmpdir()}/smnb-bench-`)}/smnb.config.json`;
writeFile(
  hundredFile,
  JSON.stringify({ fleet: 'hundred', notebooks: Array.from({ length: 100 }, (_, i) => ({ name: `h-${i}` })) }),
);
mustSucceed(
  await runCli(['deploy', '--config', hundredFile, '--concurrency', '10'], { ...env, SMNB_POLL_INTERVAL_MS: '20' }),
);
standIn.requests.length = 0;
const hundredStart = performance.now();
mustSucceed(await runCli(['status', '--config', hundredFile], env));
console.log(
  `status --config, 100 notebooks: ${((performance.now() - hundredStart) / 1000).toFixed(1)} s (target <= 60), ${standIn.requests.length} calls, ${standIn.requests.filter((r) => r.action === 'GetProducts').length} Price List look-ups`,
);
// A fleet of 20 from one config file versus 20 deploys one after another (both against the stand-in).
const { mkdtempSync, writeFileSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const { join } = await import('node:path');
const dir = mkdtempSync(join(tmpdir(), 'smnb-bench-'));
const configFile = join(dir, 'smnb.config.json');
writeFileSync(
  configFile,
  JSON.stringify({ fleet: 'bench', notebooks: Array.from({ length: 20 }, (_, i) => ({ name: `fleet-${i}` })) }),
);
const slowEnv = { ...env, SMNB_POLL_INTERVAL_MS: '20' };
let start = performance.now();
for (let i = 0; i < 20; i++) mustSucceed(await runCli(['deploy', '--name', `seq-${i}`], slowEnv));
const sequential = performance.now() - start;
start = performance.now();
mustSucceed(await runCli(['deploy', '--config', configFile, '--concurrency', '4'], slowEnv));
const fleet = performance.now() - start;
console.log(
  `20 notebooks: one after another ${(sequential / 1000).toFixed(1)} s, as a fleet (--concurrency 4) ${(fleet / 1000).toFixed(1)} s, ratio ${(fleet / sequential).toFixed(2)}`,
);
await standIn.close();
