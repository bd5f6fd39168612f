import { Template } from 'aws-cdk-lib/assertions';
import { createApp } from '../../infra/app.js';

/** Synthesizes the app once per test file and gives each stack's Template by its committed path. */
export function templates(): Record<string, Template> {
  const { stacks } = createApp();
  return Object.fromEntries(stacks.map((s) => [s.committedPath, Template.fromStack(s)]));
}
