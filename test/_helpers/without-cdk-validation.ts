/**
 * Runs a synthesis without aws-cdk-lib's built-in CloudFormation validation (CDK_VALIDATION=false), for tests that
 * read a template's content or run cdk-nag (a plugin of its own, which still runs). That validation starts a WASM
 * rule engine once per process (about 7 CPU-s) and takes about 4 more per synthesis of the app; it is what
 * `npm run synth` checks, so the drift test's synthesis (renderedTemplates, the committed files) keeps it, and with
 * it every finding still fails a test.
 */
export function withoutBuiltinValidation<T>(synthesize: () => T): T {
  const before = process.env.CDK_VALIDATION;
  process.env.CDK_VALIDATION = 'false';
  try {
    return synthesize();
  } finally {
    if (before === undefined) delete process.env.CDK_VALIDATION;
    else process.env.CDK_VALIDATION = before;
  }
}
