import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { TemplateStack } from '../../infra/stacks/template-stack.js';
import { Template } from 'aws-cdk-lib/assertions';
import { addClassMember } from '../../infra/constructs/class-member.js';
import { toYaml } from '../../infra/synth/render.js';
import { SETUP_TEMPLATE_FILE } from '../../shared/setup-contract.js';
import { ROOT } from './run-cli.js';

/** A small stack holding only the member-account part of a class, as the account set-up will hold it. */
export function classMemberTemplate(): Template {
  const app = new App();
  const stack = new TemplateStack(app, 'ClassMemberTest', {
    committedPath: 'class-member-test.yaml',
    description: 'test: the member-account part of a class',
  });
  addClassMember(stack);
  return Template.fromStack(stack);
}

/**
 * Until the account set-up template ships at the package root, the end-to-end tests put the small stack there (and
 * take it away after); once setup-stack.yaml is committed, the real one is used.
 */
export function ensureSetupTemplate(): () => void {
  const path = join(ROOT, SETUP_TEMPLATE_FILE);
  if (existsSync(path)) return () => undefined;
  writeFileSync(path, toYaml(classMemberTemplate().toJSON()));
  // Only ours goes: written just now by this helper.
  return () => unlinkSync(path);
}
