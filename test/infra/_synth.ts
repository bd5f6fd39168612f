import { Template } from 'aws-cdk-lib/assertions';
import { createApp, type NotebookApp } from '../../infra/app.js';
import { renderTemplates, type GeneratedFile } from '../../infra/synth/render.js';
import { withoutBuiltinValidation } from '../_helpers/without-cdk-validation.js';

let app: NotebookApp | undefined;
let synthesized: Record<string, Template> | undefined;
let generated: readonly GeneratedFile[] | undefined;

/**
 * The app with every stack, synthesized with the AwsSolutions checks once per test worker: a synthesis takes seconds,
 * and the test files only read it. Throws, on every call, what the synthesis throws. aws-cdk-lib's own CloudFormation
 * validation is left to renderedTemplates (see without-cdk-validation.ts).
 */
export function synthesizedApp(): NotebookApp {
  if (!app) {
    const created = createApp();
    withoutBuiltinValidation(() => created.app.synth());
    app = created;
  }
  return app;
}

/** Each stack's Template by its committed path, read from the one synthesis of synthesizedApp. */
export function templates(): Record<string, Template> {
  synthesized ??= Object.fromEntries(synthesizedApp().stacks.map((s) => [s.committedPath, Template.fromStack(s)]));
  return synthesized;
}

/** The files `npm run synth` writes, rendered once per test worker (see templates). */
export function renderedTemplates(): readonly GeneratedFile[] {
  return (generated ??= renderTemplates());
}
