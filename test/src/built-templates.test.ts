import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseTemplate, templateTextHash } from '../../src/templates.js';
import { ROOT } from '../_helpers/run-cli.js';

const shippedYaml = [
  ...readdirSync(ROOT).filter((name) => name.endsWith('.yaml')),
  ...readdirSync(join(ROOT, 'templates'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `templates/${name}`),
];

describe('templates parsed at build time', () => {
  const text = 'Parameters:\n  NotebookName:\n    Default: x\n';

  it('a text the build knows is read from its JSON, not parsed again', () => {
    const documents = { [templateTextHash(text)]: JSON.stringify({ Parameters: { FromJson: { Type: 'String' } } }) };
    expect(parseTemplate(text, documents)).toEqual({ Parameters: { FromJson: { Type: 'String' } } });
  });

  it('a text the build did not see (a template edited since) is parsed as YAML', () => {
    const documents = { [templateTextHash(`${text}# edited\n`)]: JSON.stringify({ Stale: true }) };
    expect(parseTemplate(text, documents)).toEqual({ Parameters: { NotebookName: { Default: 'x' } } });
  });

  it('every call gives a fresh document, so one caller changing it does not change the next', () => {
    const documents = { [templateTextHash(text)]: JSON.stringify(parse(text)) };
    const first = parseTemplate(text, documents);
    first.Parameters!.NotebookName = { Default: 1 };
    expect(parseTemplate(text, documents).Parameters).toEqual({ NotebookName: { Default: 'x' } });
  });

  it('dist/templates.json holds every shipped template, each the same document its YAML gives', () => {
    const built = JSON.parse(readFileSync(join(ROOT, 'dist/templates.json'), 'utf8')) as Record<string, string>;
    expect(shippedYaml.length).toBeGreaterThan(5);
    for (const file of shippedYaml) {
      const yaml = readFileSync(join(ROOT, file), 'utf8');
      const json = built[templateTextHash(yaml)];
      expect(json, `${file} is missing from dist/templates.json (run npm run build)`).toBeDefined();
      expect(JSON.parse(json!), file).toEqual(parse(yaml));
    }
  });
});
