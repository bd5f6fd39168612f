import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations, type Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { MainStack } from './stacks/main-stack.js';
import {
  CustomResourceStack,
  IamRoleStack,
  SagemakerNotebookStack,
  SecurityGroupStack,
  VpcStack,
} from './stacks/nested-children.js';
import { SetupStack } from './stacks/setup-stack.js';
import { SimpleStack } from './stacks/simple-stack.js';
import type { TemplateStack } from './stacks/template-stack.js';

export interface NotebookApp {
  readonly app: App;
  readonly stacks: readonly TemplateStack[];
}

/** Builds the CDK app with every committed template, one stack each. */
export function createApp(): NotebookApp {
  const app = new App({
    outdir: mkdtempSync(join(tmpdir(), 'smnb-synth-')),
    context: { 'aws:cdk:enable-path-metadata': false, 'aws:cdk:version-reporting': false },
  });
  // Compliance is part of the build: any AwsSolutions finding not acknowledged (with its reason) stops synthesis.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stacks = [
    new SimpleStack(app, 'SimpleStack'),
    new MainStack(app, 'MainStack'),
    new VpcStack(app, 'VpcStack'),
    new IamRoleStack(app, 'IamRoleStack'),
    new SecurityGroupStack(app, 'SecurityGroupStack'),
    new CustomResourceStack(app, 'CustomResourceStack'),
    new SagemakerNotebookStack(app, 'SagemakerNotebookStack'),
    new SetupStack(app, 'SetupStack'),
  ];
  return { app, stacks };
}

export type { Stack };
