import { readFileSync } from 'node:fs';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { synthesizedApp } from './_synth.js';
import { withoutBuiltinValidation } from '../_helpers/without-cdk-validation.js';

const ACK_KEY = Validations.ACKNOWLEDGED_RULES_METADATA_KEY;

describe('AwsSolutions compliance', () => {
  it('synthesizes with no unacknowledged finding (the nag plugin interrupts synthesis otherwise)', () => {
    // The worker's one synthesis of the app (shared with the other template tests) is this check.
    expect(() => synthesizedApp()).not.toThrow();
  });

  it('is really checking: a public, unencrypted bucket stops synthesis', () => {
    const app = new App();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    const stack = new Stack(app, 'Bad');
    new s3.CfnBucket(stack, 'Open', {
      publicAccessBlockConfiguration: { blockPublicAcls: false, blockPublicPolicy: false },
    });
    expect(() => withoutBuiltinValidation(() => app.synth())).toThrow(/AwsSolutions-S/);
  });

  it('leaves out only aws-cdk-lib’s own validation, only while the synthesis given runs (drift keeps it)', () => {
    const saved = process.env.CDK_VALIDATION;
    const set = (value: string | undefined) => {
      if (value === undefined) delete process.env.CDK_VALIDATION;
      else process.env.CDK_VALIDATION = value;
    };
    try {
      for (const start of [undefined, 'false', 'true']) {
        set(start);
        expect(withoutBuiltinValidation(() => process.env.CDK_VALIDATION)).toBe('false');
        expect(process.env.CDK_VALIDATION).toBe(start);
        expect(() =>
          withoutBuiltinValidation(() => {
            throw new Error('synthesis failed');
          }),
        ).toThrow('synthesis failed');
        expect(process.env.CDK_VALIDATION).toBe(start);
      }
    } finally {
      set(saved);
    }
  });

  it('documents every acknowledged finding, with its reason, in docs/security.md', () => {
    const { app } = synthesizedApp();
    const acknowledged = new Map<string, string>();
    for (const node of app.node.findAll()) {
      for (const entry of node.node.metadata.filter((m) => m.type === ACK_KEY)) {
        for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) acknowledged.set(id, reason);
      }
    }
    expect(acknowledged.size).toBeGreaterThan(5);
    const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
    for (const [id, reason] of acknowledged) {
      expect(reason.length, id).toBeGreaterThan(20);
      expect(doc, `docs/security.md must explain ${id}`).toContain(
        id.replace(/^AwsSolutions::/, '').replace(/^CloudFormation-Validate::/, ''),
      );
    }
  });
});
