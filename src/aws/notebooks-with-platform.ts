import type { NotebookApi, NotebookInfo } from './notebook-api.js';

/**
 * Every notebook of the region with its platform: ListNotebookInstances does not report the platform
 * (NotebookInstanceSummary, SageMaker API reference), so each is described too, eight at a time; one that vanished
 * in between is left out.
 */
export async function notebooksWithPlatform(notebooks: NotebookApi): Promise<NotebookInfo[]> {
  const listed = await notebooks.list();
  const described: NotebookInfo[] = [];
  for (let i = 0; i < listed.length; i += 8) {
    const batch = await Promise.all(listed.slice(i, i + 8).map((n) => notebooks.describe(n.name)));
    batch.forEach((d, j) => d && described.push({ ...listed[i + j]!, ...d }));
  }
  return described;
}
