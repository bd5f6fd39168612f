import { main } from './cli.js';

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
