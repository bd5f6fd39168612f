import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { notebookUrl, notebookUrlSub, type NotebookUrlKind } from '../../shared/notebook-urls.js';
import { consoleUrl } from '../../src/operations/open.js';

const OUTPUTS: Record<string, NotebookUrlKind> = {
  JupyterURL: 'console',
  DirectJupyterURL: 'jupyter',
  JupyterLabURL: 'jupyterLab',
};

describe('notebook addresses, declared once', () => {
  it.each(['simple-stack.yaml', 'main-stack.yaml'])('%s outputs each address from the declaration', (path) => {
    const template = parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as {
      Outputs: Record<string, { Value: { 'Fn::Sub': [string, unknown] } }>;
    };
    for (const [output, kind] of Object.entries(OUTPUTS))
      expect(template.Outputs[output]!.Value['Fn::Sub'][0], output).toBe(notebookUrlSub(kind));
  });

  it('smnb open links the same console page as the stack output', () => {
    expect(consoleUrl('eu-west-1', 'dev-notebook')).toBe(notebookUrl('console', 'eu-west-1', 'dev-notebook'));
    expect(notebookUrl('console', 'eu-west-1', 'dev-notebook')).toBe(
      'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/notebook-instances/dev-notebook',
    );
    expect(notebookUrl('jupyterLab', 'eu-west-1', 'dev-notebook')).toBe(
      'https://dev-notebook.notebook.eu-west-1.sagemaker.aws/lab',
    );
  });
});
