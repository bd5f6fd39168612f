import { callTimeouts, ClientFactory } from '../aws/client-factory.js';
import type { CommandDeadline } from '../aws/deadline.js';
import type { NotebookApi } from '../aws/notebook-api.js';
import type { StackApi } from '../aws/stack-api.js';
import type { RootSettings } from './settings.js';

/** The command's region with its CloudFormation and SageMaker, and the factory every other client comes from. */
export interface AwsSession {
  readonly factory: ClientFactory;
  readonly region: string;
  readonly stacks: StackApi;
  readonly notebooks: NotebookApi;
}

/** The client factory of one command: its region and profile, the call timeouts and the short command's deadline. */
export function clientFactory(settings: RootSettings, deadline: CommandDeadline | undefined): ClientFactory {
  return new ClientFactory({
    deadline,
    // AWS_REGION wins over the profile for the SDK too; taking it here spares a client made only to look it up.
    region: settings.region ?? (settings.env.AWS_REGION || undefined),
    profile: settings.profile,
    timeouts: callTimeouts(settings.env),
  });
}

/**
 * The APIs every AWS command uses, loaded in parallel with each other (the SDK clients and our wrappers load here,
 * not when a command module loads, so --help and flag errors load no SDK). `learnAccount` is told of every stack
 * described (account.ts).
 */
export async function awsSession(
  factory: ClientFactory,
  learnAccount: (stack: { id: string }) => unknown,
): Promise<AwsSession> {
  const [cfn, sm, { SdkStackApi }, { SdkNotebookApi }] = await Promise.all([
    factory.cloudFormation(),
    factory.sageMaker(),
    import('../aws/stack-api.js'),
    import('../aws/notebook-api.js'),
  ]);
  return {
    factory,
    region: await factory.region(),
    stacks: new SdkStackApi(cfn, learnAccount),
    notebooks: new SdkNotebookApi(sm),
  };
}
