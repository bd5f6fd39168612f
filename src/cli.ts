import { GLOBAL_FLAGS, parseArgs } from './args.js';
import type { CommandContext } from './commands/command.js';
import { COMMANDS } from './commands/registry.js';
import { compositionRoot } from './composition/root.js';
import { EXIT, isAppError, UsageError } from './errors.js';
import { detectLang } from './i18n/lang.js';
import { translator } from './i18n/messages.js';
import { ConsoleHost } from './io/console-host.js';
import { formatError } from './render/error.js';
import { formatCommandHelp, formatMainHelp } from './render/help.js';
import { outputPolicy } from './io/output-policy.js';

declare const SMNB_VERSION: string;

/**
 * The command line with the command first: global flags (`--lang ja`, `--no-color`) may come before the command, and
 * with no command at all (`smnb --lang ja`) what is left is the main help, as for plain `smnb`.
 */
function commandFirst(argv: readonly string[]): string[] {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    const flag = GLOBAL_FLAGS.find(
      (f) => f.name !== 'help' && (arg === `--${f.name}` || arg.startsWith(`--${f.name}=`)),
    );
    if (!flag) break;
    const takesValue = flag.type !== 'boolean' && !arg.includes('=');
    leading.push(...argv.slice(i, i + (takesValue ? 2 : 1)));
    i += takesValue ? 2 : 1;
  }
  if (i >= argv.length) return argv.includes('--help') ? ['--help'] : [];
  return [argv[i]!, ...leading, ...argv.slice(i + 1)];
}

/** Runs one command line and returns the exit code; the only place that knows about process streams. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const langFlag = argv.find((a, i) => argv[i - 1] === '--lang' || a.startsWith('--lang='))?.replace('--lang=', '');
  const lang = detectLang(langFlag, env);
  const t = translator(lang);
  const debug = argv.includes('--debug');
  const [name, ...rest] = commandFirst(argv);
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(formatMainHelp(COMMANDS, t) + '\n');
      return EXIT.ok;
    }
    if (name === '--version') {
      process.stdout.write(
        t('cli.version', { version: typeof SMNB_VERSION === 'string' ? SMNB_VERSION : 'dev' }) + '\n',
      );
      return EXIT.ok;
    }
    const entry = COMMANDS[name];
    if (!entry)
      throw new UsageError('error.unknownCommand', { command: name, valid: Object.keys(COMMANDS).join(', ') });
    const command = await entry.load();
    const args = parseArgs(name, rest, command.flags);
    if (args.flags.help) {
      process.stdout.write(formatCommandHelp(command, t) + '\n');
      return EXIT.ok;
    }
    if (args.positionals.length > command.maxPositionals) {
      throw new UsageError('error.tooManyArgs', { command: name, value: args.positionals[command.maxPositionals]! });
    }
    const policy = outputPolicy({
      stdinIsTTY: Boolean(process.stdin.isTTY),
      stderrIsTTY: Boolean(process.stderr.isTTY),
      env,
      noColor: args.flags['no-color'] === true,
    });
    const color = policy.colour;
    const host = new ConsoleHost({
      t,
      ...policy,
      assumeYes: args.flags.yes === true,
      stderr: process.stderr,
      stdin: process.stdin,
    });
    const ctx: CommandContext = {
      lang,
      t,
      env,
      color,
      output: args.flags.output === 'json' ? 'json' : 'table',
      io: host,
      // The composition root: the one place that builds what operations use, from the flags resolved here.
      ...compositionRoot({
        io: host,
        env,
        region: args.flags.region as string | undefined,
        profile: args.flags.profile as string | undefined,
        callAs: args.flags['call-as'] as string | undefined,
        short: entry.short === true,
      }),
    };
    // Ctrl-C stops smnb, not what it started in AWS: say what goes on and the command to continue or clean up.
    process.once('SIGINT', () => {
      host.finish();
      const hint = host.resumeHint;
      process.stderr.write(`\n${hint ? t(hint.key, hint.params) : t('interrupt.stopped')}\n`);
      process.exit(EXIT.aborted);
    });
    const result = await command.run(ctx, args).finally(() => host.finish());
    process.stdout.write((ctx.output === 'json' ? JSON.stringify(result.data, null, 2) : result.text) + '\n');
    return result.exitCode ?? EXIT.ok;
  } catch (error) {
    process.stderr.write(formatError(error, t, debug) + '\n');
    return isAppError(error) ? error.exitCode : EXIT.failed;
  }
}
