/**
 * The addresses of a notebook, written once: the stacks' outputs (as Fn::Sub text), `smnb open` and the stand-in
 * derive them from here. The console page and the notebook's own domain (`<name>.notebook.<region>.sagemaker.aws`)
 * are the ones the SageMaker console links to (SageMaker developer guide, "Access notebook instances",
 * https://docs.aws.amazon.com/sagemaker/latest/dg/howitworks-access-ws.html, read 2026-12-01).
 *
 * Pure: imports nothing from infra/ or src/.
 */
export const NOTEBOOK_URLS = {
  /** The notebook's console page: sign in there, then "Open JupyterLab". */
  console: 'https://{region}.console.aws.amazon.com/sagemaker/home?region={region}#/notebook-instances/{notebook}',
  /** Classic Jupyter (needs a signed-in console session). */
  jupyter: 'https://{notebook}.notebook.{region}.sagemaker.aws/tree',
  /** JupyterLab (needs a signed-in console session). */
  jupyterLab: 'https://{notebook}.notebook.{region}.sagemaker.aws/lab',
} as const;

export type NotebookUrlKind = keyof typeof NOTEBOOK_URLS;

/** The address for a notebook in a region. */
export function notebookUrl(kind: NotebookUrlKind, region: string, notebook: string): string {
  return NOTEBOOK_URLS[kind].replaceAll('{region}', region).replaceAll('{notebook}', notebook);
}

/** The address as Fn::Sub text, with `${AWS::Region}` and a `${Name}` variable the caller binds to the notebook. */
export function notebookUrlSub(kind: NotebookUrlKind): string {
  return NOTEBOOK_URLS[kind].replaceAll('{region}', '${AWS::Region}').replaceAll('{notebook}', '${Name}');
}
