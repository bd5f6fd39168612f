import { createHash } from 'node:crypto';
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
  return parseTemplate(readTemplateText(relative));
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

/**
 * A template's document from its YAML text. A text the build parsed already (byte for byte the same, whatever file it
 * came from) is read from its JSON; any other text, a template edited after the build included, is parsed as YAML.
 * Parsing the notebook template's YAML costs a deploy about 170 ms of CPU, JSON.parse of the same document about 1 ms.
 * Every call returns a fresh document, so a caller may change it.
 */
export function parseTemplate(
  text: string,
  documents: Readonly<Record<string, string>> = builtDocuments(),
): TemplateDocument {
  const json = documents[templateTextHash(text)];
  return (json === undefined ? parse(text) : JSON.parse(json)) as TemplateDocument;
}

/** SHA-256 (hex) of a template's text: the key of its document in dist/templates.json. */
export function templateTextHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

let built: Record<string, string> | undefined;

/** The shipped templates' documents as JSON, written by scripts/build.mjs beside the bundle; none when run from src/. */
function builtDocuments(): Record<string, string> {
  if (built) return built;
  const path = fileURLToPath(new URL('./templates.json', import.meta.url));
  built = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
  return built;
}
