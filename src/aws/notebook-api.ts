import {
  CreatePresignedNotebookInstanceUrlCommand,
  DescribeNotebookInstanceCommand,
  ListNotebookInstancesCommand,
  StartNotebookInstanceCommand,
  StopNotebookInstanceCommand,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';

export interface NotebookInfo {
  readonly name: string;
  readonly status: string;
  readonly instanceType: string;
  readonly url?: string;
  readonly failureReason?: string;
  readonly createdAt?: Date;
  readonly volumeSizeInGB?: number;
  /** When its status last changed (for example when it started). */
  readonly lastModifiedAt?: Date;
}

/** The SageMaker calls smnb makes (tests replace it with an in-memory fake). */
export interface NotebookApi {
  describe(name: string): Promise<NotebookInfo | undefined>;
  list(): Promise<NotebookInfo[]>;
  stop(name: string): Promise<void>;
  start(name: string): Promise<void>;
  /** A sign-in link valid for 5 minutes (CreatePresignedNotebookInstanceUrl API reference). */
  presignedUrl(name: string): Promise<string>;
}

export class SdkNotebookApi implements NotebookApi {
  constructor(private readonly client: SageMakerClient) {}

  async describe(name: string): Promise<NotebookInfo | undefined> {
    try {
      const n = await this.client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: name }));
      return {
        name: n.NotebookInstanceName ?? name,
        status: n.NotebookInstanceStatus ?? '',
        instanceType: n.InstanceType ?? '',
        url: n.Url,
        failureReason: n.FailureReason,
        createdAt: n.CreationTime,
        volumeSizeInGB: n.VolumeSizeInGB,
      };
    } catch (error) {
      if (
        error instanceof Error &&
        error.name === 'ValidationException' &&
        /RecordNotFound|not found|does not exist/i.test(error.message)
      ) {
        return undefined;
      }
      throw error;
    }
  }

  async list(): Promise<NotebookInfo[]> {
    const all: NotebookInfo[] = [];
    let NextToken: string | undefined;
    do {
      const out = await this.client.send(new ListNotebookInstancesCommand({ NextToken, MaxResults: 100 }));
      for (const n of out.NotebookInstances ?? []) {
        all.push({
          name: n.NotebookInstanceName ?? '',
          status: n.NotebookInstanceStatus ?? '',
          instanceType: n.InstanceType ?? '',
          url: n.Url,
          createdAt: n.CreationTime,
          lastModifiedAt: n.LastModifiedTime,
        });
      }
      NextToken = out.NextToken;
    } while (NextToken);
    return all;
  }

  async stop(name: string): Promise<void> {
    await this.client.send(new StopNotebookInstanceCommand({ NotebookInstanceName: name }));
  }

  async start(name: string): Promise<void> {
    await this.client.send(new StartNotebookInstanceCommand({ NotebookInstanceName: name }));
  }

  async presignedUrl(name: string): Promise<string> {
    const out = await this.client.send(new CreatePresignedNotebookInstanceUrlCommand({ NotebookInstanceName: name }));
    return out.AuthorizedUrl ?? '';
  }
}
