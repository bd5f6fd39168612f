import { main } from './cli.js';

// The AWS SDK warns on every run under Node 20 that its releases after January 2027 need Node 22. smnb pins an SDK
// that runs on Node 20 and the README recommends Node 22, so this one notice would only bury smnb's own output.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: never[]) => {
  if (String(warning).startsWith('NodeVersionSupportWarning')) return;
  emitWarning(warning, ...rest);
}) as typeof process.emitWarning;

// With --debug, stack traces are mapped back to the TypeScript sources (the bundle is minified).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

// Node 22 and later keep compiled code between runs (module compile cache), so start-up after the first run is faster;
// Node 20 has no such cache and goes on as before.
const nodeModule = (await import('node:module')) as { enableCompileCache?: () => unknown };
nodeModule.enableCompileCache?.();

// The bundled entry point: run, then leave with the code the command chose.
main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
