import type { MessageKey, MessageParams } from '../../src/i18n/messages.js';

/** How the loopback AWS is prepared before the command runs. */
export type Setup =
  | 'none'
  | 'never-answers'
  | 'no-credentials'
  | 'iam-answers-html'
  | 'stack-in-review'
  | 'without-create-network-interface'
  /** Stack sagemaker-notebook-dev (notebook dev-notebook) exists, and the deployer lacks cloudformation:DeleteStack. */
  | 'deployed-delete-denied'
  /** Stack sagemaker-notebook-dev (notebook dev-notebook) exists. */
  | 'deployed'
  /** The guide's template bucket exists in ap-northeast-1; the command runs in us-east-1. */
  | 'guide-bucket-in-ap-northeast-1'
  /** Bucket 123456789012-team-cfn-templates (this account's; a name the deployer policy covers) lives in eu-west-1. */
  | 'team-bucket-in-eu-west-1'
  /** The guide's template bucket exists; the deployer lacks s3:GetObject, so S3 refuses HeadObject (403, no body). */
  | 'template-bucket-without-get-object'
  /** SageMaker answers every call with OptInRequired, as for an account whose plan does not include it. */
  | 'sagemaker-opt-in-required'
  /** The notebook fails to create with SubscriptionRequiredException (the account's plan). */
  | 'notebook-refused-for-plan'
  /** The notebook fails to create: SageMaker has no capacity for the type right now. */
  | 'notebook-no-capacity'
  /** Stack sagemaker-notebook-dev exists; then AWS refuses half of all calls (every action twice in a row) as throttled. */
  | 'deployed-half-throttled'
  /** Stack sagemaker-notebook-dev exists; the Price List refuses every call. */
  | 'deployed-price-refused'
  /** Stack sagemaker-notebook-dev exists; its running notebook never answers a backup request. */
  | 'deployed-silent-notebook';

/**
 * Failure cases a user can meet, each with the exit code and the message smnb gives. The end-to-end test runs every
 * one against the loopback stand-in and checks both; `npm run docs` renders docs/failure-cases.md from this list,
 * so the document says only what the tests prove.
 */
export interface FailureCase {
  readonly situation: { readonly ja: string; readonly en: string };
  readonly setup: Setup;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly exitCode: number;
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export const FAILURE_CASES: readonly FailureCase[] = [
  {
    situation: {
      ja: 'ノートブック名にもスタック名にもならない名前',
      en: 'A name that can be neither a notebook nor a stack',
    },
    setup: 'none',
    args: ['status', 'bad_name!'],
    exitCode: 2,
    key: 'error.targetName',
    params: { value: 'bad_name!' },
  },
  {
    situation: { ja: 'リージョンの形でない値', en: 'A region that cannot be one' },
    setup: 'none',
    args: ['status', '--region', 'foo bar'],
    exitCode: 2,
    key: 'error.regionShape',
    params: { value: 'foo bar' },
  },
  {
    situation: { ja: '同時実行数が範囲外', en: 'Concurrency out of range' },
    setup: 'none',
    args: ['delete', '--match', 'sagemaker-*', '--concurrency', '0'],
    exitCode: 2,
    key: 'error.concurrencyRange',
    params: { value: 0, max: 10 },
  },
  {
    situation: { ja: '同じオプションを 2 回指定', en: 'The same option given twice' },
    setup: 'none',
    args: ['deploy', '--name', 'a', '--name', 'b'],
    exitCode: 2,
    key: 'error.flagRepeated',
    params: { flag: '--name' },
  },
  {
    situation: { ja: 'タイムアウトの設定が数でない', en: 'A timeout setting that is not a number' },
    setup: 'none',
    args: ['status'],
    env: { SMNB_REQUEST_TIMEOUT_MS: 'soon' },
    exitCode: 2,
    key: 'error.timeoutSetting',
    params: { name: 'SMNB_REQUEST_TIMEOUT_MS', value: 'soon' },
  },
  {
    situation: {
      ja: '接続はできるが応答しないエンドポイント',
      en: 'An endpoint that accepts connections and never answers',
    },
    setup: 'never-answers',
    args: ['status'],
    exitCode: 4,
    key: 'error.timeout',
    params: { operation: 'status' },
  },
  {
    situation: { ja: '認証情報がない', en: 'No credentials' },
    setup: 'no-credentials',
    args: ['status'],
    exitCode: 3,
    key: 'error.noCredentials',
  },
  {
    situation: {
      ja: 'IAM のポリシーシミュレーターがないエンドポイント（デプロイは続く）',
      en: 'An endpoint without IAM’s policy simulator (the deploy goes on)',
    },
    setup: 'iam-answers-html',
    args: ['deploy'],
    exitCode: 0,
    key: 'check.unknown.answer',
  },
  {
    situation: {
      ja: '変更セットの実行前に止まったスタック（REVIEW_IN_PROGRESS）を watch',
      en: 'Watching a stack left in REVIEW_IN_PROGRESS',
    },
    setup: 'stack-in-review',
    args: ['watch', 'sagemaker-notebook-review'],
    exitCode: 3,
    key: 'error.stackInReview',
    params: { stack: 'sagemaker-notebook-review' },
  },
  {
    situation: {
      ja: 'デプロイ用ポリシーに ec2:CreateNetworkInterface がない',
      en: 'The deployer lacks ec2:CreateNetworkInterface',
    },
    setup: 'without-create-network-interface',
    args: ['doctor'],
    exitCode: 3,
    key: 'check.permissions.missing',
    params: { count: 1, actions: 'ec2:CreateNetworkInterface', principal: 'arn:aws:iam::123456789012:user/learner' },
  },
  {
    situation: {
      ja: 'DeleteStack が拒否された（デプロイ用ポリシーに cloudformation:DeleteStack がない）',
      en: 'DeleteStack refused (the deployer lacks cloudformation:DeleteStack)',
    },
    setup: 'deployed-delete-denied',
    args: ['delete', 'dev-notebook', '--yes'],
    exitCode: 4,
    key: 'delete.refused',
    params: { stack: 'sagemaker-notebook-dev', status: 'CREATE_COMPLETE' },
  },
  {
    situation: { ja: '端末がなく --yes もない削除', en: 'A delete without a terminal and without --yes' },
    setup: 'deployed',
    args: ['delete', 'dev-notebook'],
    exitCode: 130,
    key: 'hint.deleteYes',
    params: { names: 'sagemaker-notebook-dev' },
  },
  {
    situation: { ja: '--config にディレクトリを指定', en: '--config given a directory' },
    setup: 'none',
    args: ['deploy', '--config', 'docs'],
    exitCode: 2,
    key: 'config.isDirectory',
    params: { path: 'docs' },
  },
  {
    situation: {
      ja: '入れ子構成を 2 つ目のリージョンで（既定のテンプレート用バケットは別リージョン。デプロイは続く）',
      en: 'The nested layout in a second region (the default template bucket is in another; the deploy goes on)',
    },
    setup: 'guide-bucket-in-ap-northeast-1',
    args: ['deploy', '--nested'],
    env: { AWS_REGION: 'us-east-1' },
    exitCode: 0,
    key: 'package.regionalBucket',
    params: {
      guideBucket: '123456789012-cfn-templates',
      bucketRegion: 'ap-northeast-1',
      bucket: '123456789012-us-east-1-cfn-templates',
    },
  },
  {
    situation: {
      ja: '--template-bucket のバケットが別リージョンにある',
      en: '--template-bucket names a bucket in another region',
    },
    setup: 'team-bucket-in-eu-west-1',
    args: ['deploy', '--nested', '--template-bucket', '123456789012-team-cfn-templates'],
    exitCode: 3,
    key: 'error.templateBucketRegion',
    params: { bucket: '123456789012-team-cfn-templates', bucketRegion: 'eu-west-1' },
  },
  {
    situation: {
      ja: '--template-bucket の名前がデプロイ用ポリシーの範囲外（先頭がアカウント ID でない）',
      en: '--template-bucket names a bucket the deployer policy does not cover (no account ID first)',
    },
    setup: 'none',
    args: ['deploy', '--nested', '--template-bucket', 'acme-platform-cfn-templates'],
    exitCode: 2,
    key: 'error.templateBucketNotCovered',
    params: {
      bucket: 'acme-platform-cfn-templates',
      pattern: 'ACCOUNT_ID-*cfn-templates',
      example: 'ACCOUNT_ID-cfn-templates',
    },
  },
  {
    situation: {
      ja: 'S3 が本文なしで HEAD を拒否（403。デプロイ用ポリシーに s3:GetObject がない）',
      en: 'S3 refuses a HEAD with no body (403; the deployer lacks s3:GetObject)',
    },
    setup: 'template-bucket-without-get-object',
    args: ['deploy', '--nested', '--skip-checks'],
    exitCode: 3,
    key: 'error.bucketForbidden',
    params: { bucket: '123456789012-cfn-templates' },
  },
  {
    situation: {
      ja: 'アカウントのプランで SageMaker が使えない（OptInRequired）',
      en: 'The account’s plan does not include SageMaker (OptInRequired)',
    },
    setup: 'sagemaker-opt-in-required',
    args: ['status'],
    exitCode: 4,
    key: 'hint.accountPlan',
  },
  {
    situation: {
      ja: 'ノートブックの作成がアカウントのプランで拒否された（SubscriptionRequiredException）',
      en: 'Creating the notebook refused for the account’s plan (SubscriptionRequiredException)',
    },
    setup: 'notebook-refused-for-plan',
    args: ['deploy', '--skip-checks'],
    exitCode: 1,
    key: 'cause.accountPlan',
  },
  {
    situation: {
      ja: 'その種類の容量が今ない（CapacityError）',
      en: 'No capacity for the type right now (CapacityError)',
    },
    setup: 'notebook-no-capacity',
    args: ['deploy', '--skip-checks'],
    exitCode: 1,
    key: 'cause.capacity',
  },
  {
    situation: {
      ja: 'AWS が呼び出しの半分をスロットリングで断る日の status（答えは返る）',
      en: 'status on a day AWS throttles half of all calls (it still answers)',
    },
    setup: 'deployed-half-throttled',
    args: ['status', 'dev-notebook'],
    exitCode: 0,
    key: 'status.autoStopMinutes',
    params: { minutes: 60 },
  },
  {
    situation: {
      ja: '価格表 API に断られた status（価格なしで答えは返る）',
      en: 'status when the Price List refuses (it answers without the price)',
    },
    setup: 'deployed-price-refused',
    args: ['status', 'dev-notebook'],
    exitCode: 0,
    key: 'status.costUnknown',
  },
  // The account set-up.
  {
    situation: {
      ja: '端末がなく --yes もない smnb setup（尋ねる相手がいないので何も変更しない）',
      en: 'smnb setup without a terminal and without --yes (nobody can be asked, so nothing is changed)',
    },
    setup: 'none',
    args: ['setup'],
    exitCode: 130,
    key: 'error.setupDeclined',
  },
  // delete decides then acts; local mistakes named locally
  {
    situation: {
      ja: '起動中のノートブックがバックアップの依頼に応えない削除（そのスタックだけ残す）',
      en: 'A delete whose running notebook does not answer the backup request (only its stack is kept)',
    },
    setup: 'deployed-silent-notebook',
    args: ['delete', 'dev-notebook', '--yes'],
    exitCode: 3,
    key: 'delete.heldHint',
    params: { stack: 'sagemaker-notebook-dev' },
  },
  {
    situation: { ja: 'restore --to に既存のファイルを指定', en: 'restore --to an existing file' },
    setup: 'none',
    args: ['restore', 'dev-notebook', '--to', 'package.json'],
    exitCode: 2,
    key: 'error.restoreToFile',
    params: { path: 'package.json', file: 'package.json' },
  },
  {
    situation: { ja: '--config のファイルがない', en: '--config names a file that does not exist' },
    setup: 'none',
    args: ['delete', '--config', 'smnb.config.yaml'],
    exitCode: 2,
    key: 'config.missing',
  },
  {
    situation: { ja: '--monthly-usd が数字でない', en: '--monthly-usd that is not a number' },
    setup: 'none',
    args: ['budget', '--monthly-usd', 'abc'],
    exitCode: 2,
    key: 'error.budgetAmountNotNumber',
    params: { value: 'abc', min: 1, max: 100000 },
  },
  // Deadlines, name look-ups and endpoint variables
  {
    situation: {
      ja: '応答しないエンドポイントでの status（期限で止まる）',
      en: 'status against an endpoint that never answers (it stops at its deadline)',
    },
    setup: 'never-answers',
    args: ['status'],
    env: { SMNB_DEADLINE_MS: '300', SMNB_REQUEST_TIMEOUT_MS: '600000' },
    exitCode: 4,
    key: 'hint.deadline',
  },
  {
    situation: {
      ja: '見つからないホスト名（ネットワークがない、エンドポイントやプロキシの打ち間違い）',
      en: 'A host name that cannot be found (no network, a typo in an endpoint or proxy)',
    },
    setup: 'none',
    args: ['status'],
    env: { AWS_ENDPOINT_URL: 'http://smnb-endpoint.invalid' },
    exitCode: 4,
    key: 'error.dns',
    params: { operation: 'status', host: 'smnb-endpoint.invalid' },
  },
  {
    situation: {
      ja: 'deploy で見つからないホスト名（「時間内に応答しない」とは言わない）',
      en: 'A host name that cannot be found, in deploy (never "did not answer in time")',
    },
    setup: 'none',
    args: ['deploy', '--yes'],
    env: { AWS_ENDPOINT_URL: 'http://smnb-endpoint.invalid' },
    exitCode: 4,
    key: 'error.dns',
    params: { operation: 'deploy', host: 'smnb-endpoint.invalid' },
  },
  {
    situation: { ja: 'URL でないエンドポイント変数', en: 'An endpoint variable that is not a URL' },
    setup: 'none',
    args: ['status'],
    env: { AWS_ENDPOINT_URL: 'not-a-url' },
    exitCode: 2,
    key: 'error.endpointVariable',
    params: { name: 'AWS_ENDPOINT_URL', value: 'not-a-url' },
  },
  {
    situation: { ja: '数でない期限の設定', en: 'A deadline setting that is not a number' },
    setup: 'none',
    args: ['status'],
    env: { SMNB_DEADLINE_MS: '30s' },
    exitCode: 2,
    key: 'error.deadlineSetting',
    params: { name: 'SMNB_DEADLINE_MS', value: '30s' },
  },
];
