import { parseDocument } from 'yaml';

/**
 * Where YAML text first goes wrong, as a line and column (1-based, as the parser counts them), or undefined when it
 * parses. `end` marks text that stops before what it opened is closed.
 */
export function yamlSyntaxError(text: string): { line: number; column: number; end: boolean } | undefined {
  const error = parseDocument(text).errors[0];
  if (!error) return undefined;
  const [start] = error.linePos ?? [{ line: 1, col: 1 }];
  return { line: start.line, column: start.col, end: error.pos[0] >= text.length };
}
