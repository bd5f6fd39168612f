import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderedTemplates as renderTemplates } from './_synth.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('committed templates', () => {
  it('are exactly what `npm run synth` generates', () => {
    const files = renderTemplates();
    expect(files.map((f) => f.path).sort()).toEqual(
      [
        'main-stack.yaml',
        'setup-stack.yaml',
        'simple-parameters.json',
        'simple-stack.yaml',
        'templates/custom-resource-stack.yaml',
        'templates/iam-role-stack.yaml',
        'templates/sagemaker-notebook-stack.yaml',
        'templates/security-group-stack.yaml',
        'templates/vpc-stack.yaml',
      ].sort(),
    );
    for (const file of files) {
      expect(readFileSync(root + file.path, 'utf8'), `${file.path} is stale: run npm run synth`).toBe(file.content);
    }
  });

  it('carry no CDK bootstrap rule, metadata or assets', () => {
    for (const file of renderTemplates().filter((f) => f.path.endsWith('.yaml'))) {
      expect(file.content, file.path).not.toMatch(
        /BootstrapVersion|CDKMetadata|aws:cdk:|cdk-hnb659fds|AssetParameters/,
      );
    }
  });

  it('fit the 51,200-byte limit of --template-body', () => {
    for (const file of renderTemplates()) expect(Buffer.byteLength(file.content), file.path).toBeLessThan(51_200);
  });
});
