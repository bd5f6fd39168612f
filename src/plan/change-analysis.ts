import type { ResourceChange } from './resource-change.js';

export interface ChangeAnalysis {
  /** The notebook would be replaced: a new instance with a new, empty volume. */
  readonly replacesNotebook: boolean;
  /** The data bucket would be replaced or removed (retained by policy, but no longer used by the stack). */
  readonly touchesDataBucket: boolean;
  readonly adds: number;
  readonly modifies: number;
  readonly removes: number;
}

/**
 * What a change set means for the user's files, decided from the changes alone. The changes are the whole hierarchy
 * (StackApi.describeChangeSet adds every nested change set's), so a notebook replaced inside a child of the nested
 * layout counts exactly like one in the simple layout.
 */
export function analyseChanges(changes: readonly ResourceChange[]): ChangeAnalysis {
  const replaces = (c: ResourceChange) => c.action === 'Remove' || isReplacement(c);
  return {
    replacesNotebook: changes.some((c) => c.resourceType === 'AWS::SageMaker::NotebookInstance' && replaces(c)),
    touchesDataBucket: changes.some((c) => c.resourceType === 'AWS::S3::Bucket' && replaces(c)),
    adds: changes.filter((c) => c.action === 'Add').length,
    modifies: changes.filter((c) => c.action === 'Modify').length,
    removes: changes.filter((c) => c.action === 'Remove').length,
  };
}

/**
 * A modification that makes a new resource: Replacement True, or Conditional (it may), or not said, taken as the
 * worst case so nothing is replaced unannounced.
 */
export function isReplacement(c: ResourceChange): boolean {
  return c.action === 'Modify' && c.replacement !== 'False';
}

/** CloudFormation's wording when a change set has nothing to do. */
export function isNoChanges(statusReason: string | undefined): boolean {
  return /didn't contain changes|No updates are to be performed|submitted information didn't contain changes/i.test(
    statusReason ?? '',
  );
}
