import { writeFileSync } from 'node:fs';
import { generatedDocs } from './generated-docs.js';

for (const [path, content] of Object.entries(await generatedDocs())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), content);
  console.log(`wrote ${path}`);
}
