/** One row of a change set: what CloudFormation would do to one resource, as the deploy plan reads it. */
export interface ResourceChange {
  readonly logicalId: string;
  readonly resourceType: string;
  readonly action: string;
  /** 'True', 'False' or 'Conditional' for modifications. */
  readonly replacement?: string;
  /** A nested stack's own change set (AWS::CloudFormation::Stack rows of a change set made with nested stacks). */
  readonly changeSetId?: string;
  /** The logical IDs of the nested stacks that hold this resource, outermost first (empty: the stack itself). */
  readonly nestedIn?: readonly string[];
}
