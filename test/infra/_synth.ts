import { Template } from 'aws-cdk-lib/assertions';
import { createApp } from '../../infra/app.js';
import { renderTemplates, type GeneratedFile } from '../../infra/synth/render.js';

let synthesized: Record<string, Template> | undefined;
let generated: readonly GeneratedFile[] | undefined;

/**
 * Each stack's Template by its committed path, synthesized once per test worker: a synthesis (with the AwsSolutions
 * checks) takes seconds, and the test files only read the templates.
 */
export function templates(): Record<string, Template> {
  if (!synthesized) {
    const { stacks } = createApp();
    synthesized = Object.fromEntries(stacks.map((s) => [s.committedPath, Template.fromStack(s)]));
  }
  return synthesized;
}

/** The files `npm run synth` writes, rendered once per test worker (see templates). */
export function renderedTemplates(): readonly GeneratedFile[] {
  return (generated ??= renderTemplates());
}
