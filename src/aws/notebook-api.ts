import {
  CreatePresignedNotebookInstanceUrlCommand,
  DescribeNotebookInstanceCommand,
  paginateListNotebookInstances,
  StartNotebookInstanceCommand,
  StopNotebookInstanceCommand,
  UpdateNotebookInstanceCommand,
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
  /** PlatformIdentifier, e.g. notebook-al2023-v1; only DescribeNotebookInstance reports it. */
  readonly platform?: string;
}

/** The SageMaker calls smnb makes (tests replace it with an in-memory fake). */
export interface NotebookApi {
  describe(name: string): Promise<NotebookInfo | undefined>;
  list(): Promise<NotebookInfo[]>;
  stop(name: string): Promise<void>;
  start(name: string): Promise<void>;
  /** A sign-in link valid for 5 minutes (CreatePresignedNotebookInstanceUrl API reference). */
  presignedUrl(name: string): Promise<string>;
  /**
   * UpdateNotebookInstance with a new PlatformIdentifier: the notebook must be Stopped; it keeps its ML volume
   * (SageMaker developer guide, nbi-al2, "migrate", read 2026-11-29).
   */
  updatePlatform(name: string, platform: string): Promise<void>;
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
        lastModifiedAt: n.LastModifiedTime,
        platform: n.PlatformIdentifier,
      };
    } catch (error) {
      // DescribeNotebookInstance lists no ResourceNotFound error: a missing notebook is the generic
      // ValidationException ("RecordNotFound"; SageMaker API reference, DescribeNotebookInstance, read 2026-11-29),
      // so the type is checked first and the message only tells this one from other validation errors.
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
    for await (const page of paginateListNotebookInstances({ client: this.client, pageSize: 100 }, {})) {
      for (const n of page.NotebookInstances ?? []) {
        all.push({
          name: n.NotebookInstanceName ?? '',
          status: n.NotebookInstanceStatus ?? '',
          instanceType: n.InstanceType ?? '',
          url: n.Url,
          createdAt: n.CreationTime,
          lastModifiedAt: n.LastModifiedTime,
        });
      }
    }
    return all;
  }

  async stop(name: string): Promise<void> {
    await this.client.send(new StopNotebookInstanceCommand({ NotebookInstanceName: name }));
  }

  async start(name: string): Promise<void> {
    await this.client.send(new StartNotebookInstanceCommand({ NotebookInstanceName: name }));
  }

  async updatePlatform(name: string, platform: string): Promise<void> {
    await this.client.send(
      new UpdateNotebookInstanceCommand({ NotebookInstanceName: name, PlatformIdentifier: platform }),
    );
  }

  async presignedUrl(name: string): Promise<string> {
    const out = await this.client.send(new CreatePresignedNotebookInstanceUrlCommand({ NotebookInstanceName: name }));
    return out.AuthorizedUrl ?? '';
  }
}
