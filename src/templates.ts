import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { PreconditionError } from './errors.js';
import type { TemplateDocument } from './plan/template-model.js';

/** The committed templates ship beside the CLI: the package root is one folder up from dist/ (or src/). */
export function templatePath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

export function readTemplateText(relative: string): string {
  const path = templatePath(relative);
  if (!existsSync(path)) throw new PreconditionError('error.templateMissing', { path });
  return readFileSync(path, 'utf8');
}

export function loadTemplate(relative: string): TemplateDocument {
  return parse(readTemplateText(relative)) as TemplateDocument;
}

/** Child templates of main-stack.yaml, by the logical ID of the nested stack that uses them. */
export function loadChildTemplates(main: TemplateDocument): Record<string, TemplateDocument> {
  const children: Record<string, TemplateDocument> = {};
  for (const [id, resource] of Object.entries(main.Resources)) {
    if (resource.Type !== 'AWS::CloudFormation::Stack') continue;
    const file = /([a-z-]+\.yaml)/.exec(JSON.stringify(resource.Properties))?.[1];
    if (file) children[id] = loadTemplate(`templates/${file}`);
  }
  return children;
}

/** The nested layout's child templates as shipped in templates/, ready to upload. */
export function childTemplateFiles(): { name: string; body: string }[] {
  return readdirSync(templatePath('templates'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, body: readTemplateText(`templates/${name}`) }));
}
