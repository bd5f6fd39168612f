import type { MessageKey } from './message-key.js';

/** Japanese messages, the project's first language. */
export const ja: Record<MessageKey, string> = {
  'cli.usage': '使い方: smnb <コマンド> [オプション]',
  'cli.commands': 'コマンド',
  'cli.globalOptions': '全コマンド共通のオプション',
  'cli.examples': '例',
  'cli.exitCodes': '終了コード',
  'cli.exit.0': '成功',
  'cli.exit.1': 'AWS の操作は実行されたが失敗した（デプロイのロールバックなど）',
  'cli.exit.2': 'コマンドや値の誤り。AWS には何も送っていません',
  'cli.exit.3': '先に直すことがある（認証情報、存在しないスタック、処理中のスタック）',
  'cli.exit.4': 'AWS の呼び出しが拒否された、または届かなかった',
  'cli.exit.130': '中止（確認で「いいえ」または Ctrl-C）',
  'cli.moreHelp': '各コマンドのオプションは "smnb <コマンド> --help" で確認できます。',
  'cli.version': 'smnb {version}',
  'flag.output': 'table（人向け、既定）または json（スクリプト向け）',
  'flag.lang': 'メッセージの言語: ja または en（既定は LC_ALL/LANG から判断）',
  'flag.noColor': '色付けと再描画をしない（NO_COLOR、CI、端末でない場合も同じ）',
  'flag.debug': 'エラーの原因とスタックトレースを表示',
  'flag.help': 'このヘルプを表示',
  'flag.region': 'AWS リージョン（既定: AWS_REGION、プロファイルの設定、なければ ap-northeast-1）',
  'flag.profile': '共有設定ファイルの AWS プロファイル',
  'setting.NotebookInstanceName': 'ノートブックインスタンス名。英数字とハイフン、63 文字以内',
  'flag.stackName': 'スタック名（既定: --name から決定。--name なしなら my-sagemaker-notebook）',
  'setting.InstanceType': 'インスタンスタイプ。学習用に選んだノートブック対応タイプの一覧から',
  'setting.VolumeSizeInGB': 'ストレージ容量 GB、5〜16384',
  'setting.IdleTimeoutMinutes': '操作がないまま自動停止するまでの分数。0 で無効',
  'cli.default': '（既定 {value}）',
  'flag.param': 'テンプレートのパラメータを KEY=VALUE で指定（複数可）',
  'flag.nested': 'ネスト構成（main-stack.yaml と templates/）を使う',
  'flag.format': 'text（既定）または mermaid（図のみ、ドキュメント用）',
  'cmd.plan.summary': 'デプロイで作られるもの・順番・所要時間・安全性を表示（AWS アカウント不要）',
  'error.prefix': 'エラー',
  'error.hint': 'ヒント',
  'error.aborted': '中止しました。',
  'error.unexpected': '予期しないエラー: {message}',
  'error.unknownCommand': '"{command}" というコマンドはありません。使えるコマンド: {valid}',
  'error.unknownFlag': '"smnb {command}" に "{flag}" というオプションはありません。使えるオプション: {valid}',
  'error.flagNeedsValue': 'オプション {flag} には値が必要です。',
  'error.flagValue': '{flag} の値 "{value}" は使えません。使える値: {valid}',
  'error.flagNumber': '{flag} の値 "{value}" は使えません。整数を指定してください。',
  'error.tooManyArgs': '"smnb {command}" には不要な引数 "{value}" があります。',
  'error.paramFormat':
    '--param "{value}" の形式が違います。KEY=VALUE で指定してください（例: InstanceType=ml.t3.large）。',
  'error.paramUnknown': 'テンプレートに "{key}" というパラメータはありません。使えるパラメータ: {valid}',
  'error.name-empty': 'ノートブック名が空です。英数字とハイフンで 1〜63 文字にしてください。',
  'error.name-too-long': 'ノートブック名 "{value}" は {length} 文字です。{max} 文字以内にしてください。',
  'error.name-pattern':
    'ノートブック名 "{value}" は使えません。英数字とハイフンだけで、先頭と末尾は英数字にしてください（例: dev-notebook）。',
  'error.instance-type': 'インスタンスタイプ "{value}" は使えません。使えるタイプ: {allowed}',
  'error.volume-range': 'ボリューム容量 "{value}" は使えません。{min}〜{max} の整数（GB）で指定してください。',
  'error.idle-range': '自動停止の時間 "{value}" は使えません。0（無効）〜{max} 分で指定してください。',
  'error.allowed-values': '{parameter} の値 "{value}" は使えません。使える値: {allowed}。',
  'error.constraint': '{parameter} の値 "{value}" は使えません。条件: {constraint}',
  'error.stack-name': 'スタック名 "{value}" は使えません。英字で始め、英数字とハイフンで 128 文字以内にしてください。',
  'error.templateMissing':
    'テンプレート {path} が見つかりません。smnb を入れ直すか、そのフォルダで "npm run synth" を実行してください。',
  'plan.title': 'プラン: "smnb deploy" で作られるもの（AWS には何も送りません）',
  'plan.target': 'スタック {stack} · ノートブック {notebook} · {instanceType} · {volume} GB · リージョン {region}',
  'plan.template': 'テンプレート {template}: リソース {count} 個',
  'plan.groups': '作成されるもの（この順に作られます）',
  'plan.group.preflight': '事前チェック（アベイラビリティーゾーンとクォータ）',
  'plan.group.network': 'ネットワーク（VPC とインターネットゲートウェイ）',
  'plan.group.routing': 'サブネットとルーティング',
  'plan.group.securityGroup': 'セキュリティグループ',
  'plan.group.role': 'IAM ロールとデータバケット',
  'plan.group.notebook': 'ノートブックインスタンスと自動停止',
  'plan.group.stacks': 'ネストされたスタック',
  'plan.group.other': 'その他',
  'plan.typical': '約 {duration}',
  'plan.longestChain': '最も長い依存の連なり: {chain}',
  'plan.total': '所要時間の目安: 約 {duration}（大部分はノートブックの作成）',
  'plan.security': 'セキュリティ',
  'plan.security.inbound': 'インターネットからの受信: なし（Jupyter へは AWS にサインインして SageMaker 経由で接続）',
  'plan.security.vpcHttps': 'ノートブックへの HTTPS は VPC 内（{cidr}）からのみ',
  'plan.security.root': 'ノートブックの root 権限: {value}',
  'plan.security.imds': 'インスタンスメタデータ: IMDSv2 のみ',
  'plan.security.bucket': 'データバケット: 暗号化・非公開・TLS 必須・バージョニング付き。スタック削除後も残ります',
  'plan.security.autostop': '自動停止: 操作がないまま {minutes} 分で停止',
  'plan.security.autostopOff': '自動停止: 無効（止めるまで動き続け、課金されます）',
  'plan.cost': '費用（30 日、1 日 8 時間の利用）',
  'plan.costMonth': '付けっぱなし: 約 USD {alwaysOn}、自動停止あり: 約 USD {autoStop}（詳しくは smnb cost）',
  'plan.costUnknown':
    '{region} の {type} の価格はまだ手元にありません。"smnb cost --live" で AWS の価格表 API に問い合わせます',
  'plan.costReference':
    '参考: {refRegion} の場合（内蔵の価格表、{asOf}）付けっぱなしで約 USD {alwaysOn}、自動停止ありで約 USD {autoStop}。価格はリージョンによって異なります。',
  'plan.diagram': '構成図（テンプレートから生成）',
  'plan.deploy': 'デプロイするには',
  'plan.deploy.smnb': 'smnb で:',
  'plan.deploy.awscli': 'または AWS CLI で:',
  'plan.nestedUpload': '先に子テンプレートをアップロードしてください（README の「ネスト構成」を参照）',
  'diagram.cloud': 'AWS {region}',
  'diagram.vpc': 'VPC {cidr}',
  'diagram.gateway': 'インターネットゲートウェイ',
  'diagram.subnet': 'パブリックサブネット {cidr}（0.0.0.0/0 はゲートウェイへ）',
  'diagram.notebook': 'SageMaker ノートブック {name}（{type}、{volume} GB）',
  'diagram.securityGroup': 'セキュリティグループ: HTTPS は {cidr} からのみ',
  'diagram.role': 'IAM ロール（SageMaker だけが使える）',
  'diagram.bucket': 'S3 データバケット（暗号化、削除後も残る）',
  'diagram.preflight': '事前チェック Lambda（AZ とクォータ）',
  'diagram.browser': 'ブラウザ -> SageMaker（サインイン） -> Jupyter / JupyterLab',
  'cmd.deploy.summary': 'ノートブックのスタックを作成・更新（進捗を表示し、結果をわかりやすく報告）',
  'cmd.watch.summary': '実行中のスタック操作の進捗を追う',
  'cmd.outputs.summary': 'スタックの出力と URL を表示',
  'cmd.status.summary': 'スタックとノートブックの状態、タイプ、自動停止の設定を表示',
  'cmd.open.summary': '必要ならノートブックを起動し、JupyterLab へのサインインリンクを表示',
  'cmd.stop.summary': 'ノートブックを停止（計算の課金が止まり、ファイルは残ります）',
  'cmd.start.summary': '停止中のノートブックを起動',
  'cmd.delete.summary': 'ノートブックのスタックを安全に削除（名前の入力で確認）',
  'cmd.list.summary': 'ノートブックと smnb が作ったスタックの一覧',
  'flag.yes': '確認を尋ねずに「はい」と答える（スクリプト向け）。ノートブックの置き換えには --allow-replacement も必要',
  'flag.noWait': 'スタック操作が始まったら終了（進捗は smnb watch で）',
  'flag.allowReplacement': 'ノートブックの置き換えを認める（ボリューム上のファイルは失われます）',
  'flag.parametersFile': 'AWS CLI 形式の JSON パラメータファイル（例: simple-parameters.json）',
  'flag.wait': 'Stopped / InService になるまで待つ',
  'flag.classic': 'JupyterLab ではなく従来の Jupyter を開く',
  'flag.match': '名前がこのパターン（* と ?）に合う smnb のスタックをすべて削除',
  'flag.concurrency': '同時に削除するスタックの数',
  'error.noCredentials': 'AWS の認証情報が見つかりません。',
  'error.config': '{path} に問題が {count} 件あります。何もデプロイしていません:',
  'config.unreadable': '読めません: {reason}',
  'config.noNotebooks': '"notebooks" にノートブックを 1 つ以上書いてください',
  'flag.config': '複数のノートブックを書いた設定ファイル（smnb.config.json または .yaml）',
  'fleet.title': 'フリート {fleet}',
  'fleet.header.result': '結果',
  'fleet.header.detail': '詳細',
  'fleet.outcome.created': '作成',
  'fleet.outcome.updated': '更新',
  'fleet.outcome.no-changes': '変更なし',
  'fleet.outcome.started': '開始',
  'fleet.outcome.failed': '失敗',
  'fleet.outcome.error': '未実施',
  'fleet.summary': '成功 {ok} 件、失敗 {failed} 件。',
  'config.duplicate': '名前 "{value}" が重複しています',
  'config.unknownKey': '"{value}" というキーはありません（使えるキー: {valid}）',
  'live.header': '{stack}  経過 {elapsed}',
  'live.remaining': '残り約 {duration}',
  'error.parametersFile': 'パラメータファイル {path} を読めません: {message}',
  'error.templateFlagsNeedNested': '--template-bucket と --template-prefix は --nested と一緒に使います。',
  'hint.templateBucket': '--template-bucket <名前> で自分のバケットを指定してください。',
  'package.creatingBucket': 'テンプレート用バケット {bucket} を作成しています（非公開・暗号化・TLS 必須）。',
  'package.done': 's3://{bucket} の子テンプレート: アップロード {uploaded} 件、変更なし {unchanged} 件。',
  'flag.templateBucket': '--nested のとき: 子テンプレートのバケット（既定 アカウントID-cfn-templates）',
  'flag.templatePrefix': '--nested のとき: 子テンプレートのキーの接頭辞（既定 sagemaker/templates/）',
  'hint.configure':
    '"aws configure" を実行するか AWS_PROFILE / --profile を指定し、"aws sts get-caller-identity" で確認してください。',
  'error.expiredToken': 'AWS のセッションの有効期限が切れています。',
  'error.accessDenied': 'AWS が {operation} を拒否しました: {message}',
  'hint.accessDenied':
    '管理者に smnb setup を一度実行してもらい、グループ smnb-people（docs/people-policy.json）に追加してもらうか、その権限のあるプロファイルを使ってください。足りない操作は smnb doctor が一覧にします。',
  'error.throttled': 'AWS が {operation} を再試行後も制限しました。1 分ほど待ってからもう一度実行してください。',
  'error.unreachable': '{operation} のために AWS に接続できませんでした: {message}',
  'hint.unreachable': 'ネットワーク、リージョン、設定していれば AWS_ENDPOINT_URL を確認してください。',
  'error.awsCall': '{operation} が失敗しました: {code}: {message}',
  'error.stackBusy': 'スタック {stack} は処理中です（{status}）。別の操作が実行されています。',
  'hint.watch': '"smnb watch {stack}" で進捗を確認し、終わってから再実行してください。',
  'error.changeSetFailed': 'CloudFormation が {stack} の変更を準備できませんでした: {reason}',
  'error.changeSetTimeout': '変更セット {id} の準備が時間内に終わりませんでした。もう一度実行してください。',
  'error.replacementDeclined': '何も変更していません。ノートブック {notebook} は置き換えていません。',
  'error.recreateDeclined': '何も変更していません。スタック {stack} は ROLLBACK_COMPLETE のままです。',
  'error.deleteFailed': 'スタック {stack} の削除に失敗しました: {reason}',
  'error.notFound': '{region} に "{name}" という名前のスタックもノートブックもありません。',
  'hint.list': '"smnb list" でノートブックとスタックを確認してください（--region も確認）。',
  'error.notebookMissing': 'ノートブック {name} は（まだ）ありません。',
  'error.powerRefused': 'ノートブック {notebook} は {status} のため、今は {action} できません。',
  'error.notebookFailed': 'ノートブック {notebook} が失敗しました: {reason}',
  'error.waitTimeout': 'ノートブック {notebook} は 20 分たっても {status} のままです。',
  'error.nothingToDelete': '{pattern} に合うスタックはありません。',
  'error.deleteDeclined': '何も削除していません。',
  'deploy.noChanges': '変更なし: スタック {stack} はすでに最新です。',
  'deploy.changes': '{stack} の変更: 追加 {adds}、変更 {modifies}、削除 {removes}。',
  'deploy.started': '開始しました。進捗は smnb watch {stack} で確認できます。',
  'deploy.changeLine': '  {action} {resource}（{type}）',
  'deploy.changeReplace': '  {action} {resource}（{type}）: 置き換え',
  'deploy.replacementWarning':
    'この更新はノートブック {notebook} を置き換えます。新しいインスタンスと空のボリュームになり、ノートブックに保存したファイルは失われます（データバケットは残ります）。',
  'deploy.rollbackComplete':
    'スタック {stack} は作成に失敗した残りです（{resource}: {reason}）。作り直すには先に削除が必要です。',
  'confirm.replacement': '置き換えるならノートブック名（{notebook}）を入力、やめるなら Enter:',
  'confirm.recreate': 'スタック {stack} を削除して作り直しますか？ [y/N]',
  'confirm.delete': '削除するスタック名（{names}）を入力、やめるなら Enter:',
  'delete.whatGoes':
    '{stack} を削除します: ノートブック {notebook} とそのボリューム上のファイルはすべて消えます。データバケット {bucket} は残ります。',
  'power.waitingFirst': 'ノートブック {notebook} は {status} です。終わるのを待ちます。',
  'power.stopping': '{notebook} を停止しています。Stopped になると計算の課金が止まります。',
  'power.starting': '{notebook} を起動しています（通常は数分）。',
  'open.starting': 'ノートブック {notebook} は {status} です。先に起動します。',
  'progress.waiting': '処理中（{elapsed}）: {resources}',
  'progress.typical': '{name}（通常 {duration}）',
  'cause.quota':
    'このタイプのノートブックのクォータを使い切っています。ノートブックを停止・削除するか、別のタイプにするか、Service Quotas（SageMaker、"<type> for notebook instance usage"）で引き上げを申請してください。',
  'cause.capacity': 'このタイプは今 AWS 側の空きがありません。時間をおくか、別のタイプにしてください。',
  'cause.zone':
    'このタイプは選んだアベイラビリティーゾーンにありません。--param AvailabilityZone=<別のゾーン> を指定してください。',
  'cause.assumeRole':
    '作ったばかりのロールを SageMaker がまだ使えませんでした（IAM の反映に数秒かかります）。スタックを削除してもう一度デプロイしてください。',
  'cause.permissions':
    'AWS ユーザーに、上の理由に書かれた権限がありません。アカウントのセットアップ（smnb setup）があれば、グループ smnb-people に smnb に必要な操作がすべてあり、smnb doctor で確認できます。',
  'cause.exists': '同じ名前のものがすでにあります。別の --name にしてください。',
  'cause.lifecycle':
    '起動スクリプトが失敗したか 5 分を超えました。CloudWatch Logs の /aws/sagemaker/NotebookInstances、ストリーム <名前>/LifecycleConfigOnStart を確認してください。',
  'cause.bucketNotEmpty': 'バケットにまだオブジェクトがあります。意図して空にしてから削除してください。',
  'result.created': '完了: スタック {stack} を {duration}で作成しました。',
  'result.updated': '完了: スタック {stack} を {duration}で更新しました。',
  'result.noChanges': '何もしませんでした: スタック {stack} は最新です。',
  'result.started': 'スタック {stack} のデプロイをバックグラウンドで実行中です。',
  'result.failed': '{stack} のデプロイに失敗しました（{status}）。',
  'result.failedResource': '最初に失敗したもの: {resource}（{type}）',
  'result.reason': '理由: {reason}',
  'result.cause': '意味: {cause}',
  'result.cleanup': '片付け: smnb delete {stack}    再試行: smnb deploy {flags}',
  'result.next': '次は: smnb open {notebook}   ·   使い終わったら smnb stop {notebook}',
  'result.outputs': '出力',
  'status.stack': 'スタック',
  'status.notebook': 'ノートブック',
  'status.type': 'タイプ',
  'status.volume': 'ボリューム',
  'status.autoStop': '自動停止',
  'status.autoStopMinutes': '操作なしで {minutes} 分後',
  'status.autoStopOff': '無効',
  'status.failure': '失敗の理由',
  'status.url': 'URL',
  'status.cost': '起動中の費用',
  'status.cost.live': '1 時間あたり USD {usd}（AWS 価格表、{region}、{asOf}）',
  'status.cost.cache': '1 時間あたり USD {usd}（AWS 価格表、{region}、{asOf} に取得）',
  'status.cost.table': '1 時間あたり USD {usd}（内蔵の価格表、{region}、{asOf}）',
  'status.costUnknown': '不明（AWS 価格表を参照できませんでした。SageMaker の料金ページを確認してください）',
  'list.header.cost': 'USD/時',
  'list.running': '起動中 {count} 台: 合計で 1 時間あたり約 USD {usd}',
  'status.none': '（なし）',
  'open.url': '{notebook} へのサインインリンク（5 分間有効）:',
  'open.console': '期限切れならコンソールのページから:',
  'power.done.stop': 'ノートブック {notebook} は {status} です。',
  'power.done.start': 'ノートブック {notebook} は {status} です。',
  'power.already': 'ノートブック {notebook} はすでに {status} です。',
  'delete.done': '{stack}: {status}',
  'delete.retained':
    '  残したもの: {logicalId} {physicalId}。意図して消すなら、先に空にし（バージョニング付きなので S3 コンソールの「空にする」で全バージョンを削除）、その後 aws s3 rb s3://{physicalId} --region {region}',
  'delete.summary': '削除 {ok} 件、失敗 {failed} 件、外したもの {skipped} 件。',
  'list.empty': '{region} にノートブックはありません。',
  'list.header.name': 'ノートブック',
  'list.header.status': '状態',
  'list.header.type': 'タイプ',
  'list.header.created': '作成日時',
  'list.header.stack': 'スタック',
  'list.header.fleet': 'フリート',
  'watch.done': 'スタック {stack}: {status}（{duration}）。',
  'cmd.doctor.summary': 'デプロイの前に認証情報・クォータ・名前・止め忘れを確認',
  'flag.skipChecks': '事前チェックをせずにデプロイする',
  'check.credentials': '認証情報',
  'check.credentials.ok': '{arn}（アカウント {account}）としてサインイン済み',
  'check.permissions': '権限',
  'check.permissions.ok':
    'デプロイ・停止・起動・削除に必要な {count} 個のアクションがすべて許可されています（{principal}）',
  'check.permissions.missing': 'smnb に必要なアクションのうち {count} 個が許可されていません: {actions}',
  'check.permissions.hint':
    '管理者に smnb setup を実行してもらい、{principal} をグループ smnb-people（docs/people-policy.json）に追加してもらってください（手順は README にあります）。組織のポリシー（SCP）で拒否されていないかも確認してください。--skip-checks を付けるとこの確認を飛ばしてデプロイします。',
  'check.permissions.root':
    'ルートユーザーでサインインしています。すべて許可されますが、AWS は日常の作業にルートを使わないよう勧めています',
  'check.permissions.rootHint':
    'グループ smnb-people の IAM ユーザーか、docs/people-policy.json から作った IAM Identity Center のアクセス許可セットを用意し、そちらを使ってください。',
  'check.permissions.unsupported':
    '{arn} の権限は確認できません（IAM がシミュレーションできるのはユーザーとロールだけです）',
  'check.permissions.cannotCheck':
    'IAM に権限を問い合わせられません（{action} が許可されていません）。足りない権限はデプロイ中のエラーで分かります',
  'check.region': 'このリージョンの SageMaker',
  'check.region.ok': '{region} の SageMaker が応答（ノートブック {count} 台）',
  'check.region.unavailable': '{region} の SageMaker が応答しません（{message}）',
  'check.region.hint':
    'リージョン名（--region、AWS_REGION、プロファイル）とネットワークを確認してください。ノートブックインスタンスは ap-northeast-1 や us-east-1 などで使えます。',
  'check.quota': 'ノートブックのクォータ',
  'check.quota.ok': '{type}: {quota} 台中 {inUse} 台を使用中、{needed} 台をデプロイ',
  'check.quota.full': '{type}: 上限 {quota} 台をすべて使用中（{inUse} 台）',
  'check.quota.tooFew':
    '{type}: {needed} 台をデプロイしますが、上限 {quota} 台のうち空きは {free} 台です（使用中 {inUse} 台）',
  'check.quota.hint':
    'ノートブックを停止・削除するか、別の --instance-type にするか、引き上げを申請してください: aws service-quotas request-service-quota-increase --service-code sagemaker --quota-code {code} --desired-value {more} --region {region}',
  'check.quota.unknown': '{type}: クォータを読めませんでした（使用中 {inUse} 台）。Service Quotas で確認できます',
  'check.names': '名前',
  'check.names.ok': 'ノートブック {notebook} とスタック {stack} は使えます',
  'check.names.notebookTaken': 'ノートブック {notebook} がこのスタックの外にすでにあります',
  'check.names.hint': '別の --name にするか、そのノートブックを先に削除してください。',
  'check.names.stackExists': '既存のスタック {stacks} があります。デプロイすると更新します',
  'check.stuck': '止まったままのスタック',
  'check.stuck.ok': 'なし',
  'check.stuck.found': '{stacks}',
  'check.stuck.hint':
    'ROLLBACK_COMPLETE: smnb deploy が削除と作り直しを提案します。UPDATE_ROLLBACK_FAILED: aws cloudformation continue-update-rollback --stack-name <スタック>、または smnb delete <スタック>。',
  'check.running': '止め忘れ',
  'check.running.ok': '{hours} 時間を超えて動いているノートブックはありません',
  'check.running.found': '{hours} 時間を超えて動作中: {notebooks}',
  'check.running.hint': '1 時間ごとに課金されます。使い終わったら smnb stop <名前>。',
  'doctor.summary': '合格 {pass}、注意 {warn}、不合格 {fail}、確認できず {unknown}。',
  'error.checksFailed': 'デプロイ前のチェックで問題が見つかりました: {checks}。何もデプロイしていません。',
  'hint.doctor': '詳しくは "smnb doctor"。それでもデプロイするなら --skip-checks。',
  'cmd.cost.summary': 'ノートブックの費用を自動停止あり・なしで見積もる（AWS アカウント不要）',
  'flag.hoursPerDay': '1 日に実際に使う時間（既定 8）',
  'flag.days': '見積もる日数（既定 30）',
  'flag.live': 'AWS の価格表 API に今問い合わせる（認証情報と pricing:GetProducts が必要）',
  'cost.title': '{region} の {type} ノートブック 1 台の {days} 日間の費用',
  'cost.alwaysOn': '付けっぱなし: {hours} 時間 -> 計算 {compute} + ストレージ {storage} = {total}',
  'cost.withAutoStop':
    '自動停止あり（1 日 {use} 時間の利用 + 操作なし {idle} 分）: {hours} 時間 -> 計算 {compute} + ストレージ {storage} = {total}',
  'cost.autoStopOff': '自動停止が無効です（--idle-timeout 0）。手で止めない限り 24 時間動き続けます。',
  'cost.total': '見積もり: {total}',
  'cost.freeTier':
    '以前の無料利用枠（最初の {months} か月、月 {hours} 時間。アカウントが対象なら）: 約 {saving} 安くなります。',
  'cost.reference':
    '{region} の {type} の価格はまだ手元にないため、参考として {refRegion} の価格で計算しています（価格はリージョンによって異なります）。--live で {region} の価格を AWS の価格表 API に問い合わせます。',
  'cost.referenceLiveFailed':
    'AWS の価格表 API から {region} の {type} の価格を取得できませんでした（pricing:GetProducts の権限がないか、接続できません）。参考として {refRegion} の価格で計算しています（価格はリージョンによって異なります）。',
  'cost.storageUnknown': 'ストレージ（{volume} GB）は含みません。このリージョンの価格が内蔵の価格表にありません。',
  'error.hoursRange': '1 日の利用時間 "{value}" は使えません。0〜24 で指定してください。',
  'error.daysRange': '日数 "{value}" は使えません。1〜366 で指定してください。',
  'error.regionUnknown': 'リージョン "{value}" は使えません。使えるリージョン: {valid}',
  'error.priceUnknown': '{region} の {type} の価格はまだわかりません。',
  'hint.costLive':
    '--live で AWS の価格表 API に問い合わせるか（日付つきで保存します）、--region us-east-1 を指定してください。',
  'duration.seconds': '{n} 秒',
  'duration.minutes': '{n} 分',
  'cmd.upgrade.summary':
    'ノートブックを Amazon Linux 2 から Amazon Linux 2023 にその場で切り替える（ファイルはそのまま）',
  'platform.retired':
    'ノートブック {notebook} は {from}（Amazon Linux 2）で動いています。2026-07-01 以降、AL2 のノートブックは一度止めると AWS が再起動できず、セキュリティ更新もありません。smnb は {to} にその場で切り替えられます。数分止まりますが、ボリューム上のファイルはすべて残ります。',
  'confirm.switchPlatform': '{notebook} を今 {to} に切り替えますか？ [y/N]',
  'error.switchPlatformDeclined':
    '何も変更していません。{notebook} は {from} のままで、一度止めると再起動できません。いつでも次で切り替えられます: smnb upgrade {notebook}',
  'platform.switching': '{notebook} を {from} から {to} に切り替えています（ボリュームとファイルはそのまま）。',
  'platform.switched': 'ノートブック {notebook} は {to} で動くようになりました。',
  'result.upgraded':
    'ノートブック {notebook} を {from} から {platform} に切り替えました。ファイルは元の場所にあります。状態: {status}',
  'result.upgradeNotNeeded': 'ノートブック {notebook} はすでに {platform} です。変更はありません。',
  'status.platform': 'プラットフォーム',
  'status.platformRetired':
    '{platform}: Amazon Linux 2 のため、一度止めると再起動できず、セキュリティ更新もありません。対処: smnb upgrade {notebook}',
  'status.autoStopLog': '自動停止のログ',
  'status.autoStopLogWhere':
    '~/SageMaker/smnb-auto-stop.log（JupyterLab のファイル一覧）。設定時のログ: aws logs tail /aws/sagemaker/NotebookInstances --log-stream-names {notebook}/LifecycleConfigOnStart --region {region}',
  'list.retired':
    'Amazon Linux 2 のノートブックが {count} 台あります（{names}）。一度止めると AWS が再起動できません。1 台ずつ次で直せます: smnb upgrade NAME',
  'check.platform': 'ノートブックのプラットフォーム',
  'check.platform.ok': 'Amazon Linux 2 で動くノートブックはありません',
  'check.platform.found':
    'Amazon Linux 2 のノートブックがあります（2026-07-01 以降、止めると再起動できず、更新もありません）: {notebooks}',
  'check.platform.hint':
    'smnb upgrade NAME で、ファイルを残したまま Amazon Linux 2023 に切り替えられます（以前の版で作ったスタックなら smnb deploy でも切り替わります）',
  'deploy.restarting': '{notebook} は元々動いていたので、もう一度起動します。',
  'deploy.startLater':
    'プラットフォームの切り替え後、{notebook} は止まったままです。起動するには: smnb start {notebook}',
  'check.unknown.denied': '確認できませんでした: このユーザーには問い合わせが許可されていません',
  'check.unknown.throttled': '確認できませんでした: AWS が問い合わせを制限し続けました',
  'check.unknown.unreachable': '確認できませんでした: AWS から応答がありません',
  'check.unknown.answer':
    '確認できませんでした: smnb が読めない応答でした（この API がないエンドポイントかもしれません）',
  'check.gateUnknown': '{check}: {detail}。デプロイは続けます。あとで smnb doctor で確認できます。',
  'check.unknown.code': '確認できませんでした: AWS の応答は {code} でした',
  'error.timeout': '{operation} に AWS が時間内に応答しませんでした（再試行も含めて）。',
  'hint.timeout':
    'ネットワーク、リージョン、設定していれば AWS_ENDPOINT_URL を確認してください。遅いプロキシでは時間を延ばせます: SMNB_REQUEST_TIMEOUT_MS（既定 8000）、SMNB_CONNECT_TIMEOUT_MS（既定 3000）。',
  'error.timeoutSetting':
    '{name}={value} はタイムアウトとして使えません。1〜600000 のミリ秒（整数）で指定してください。',
  'error.stackInReview':
    'スタック {stack} は REVIEW_IN_PROGRESS です。最初のデプロイが変更セットの実行前に止まったため、何も動いておらず、見守るものはありません。',
  'hint.stackInReview':
    'もう一度 smnb deploy を実行する（その上に作成します）か、次で削除してください: smnb delete {stack}',
  'delete.skippedBusy':
    '{stack} は {status} です。CloudFormation が処理中なので今回は外します。終わってから削除してください。',
  'delete.skipped': '{stack}: 外しました（{status}）',
  'error.flagRepeated': 'オプション {flag} が 2 回指定されています。1 回にしてください。',
  'error.concurrencyRange': '--concurrency {value} は使えません。1〜{max} の整数で指定してください。',
  'error.regionShape':
    '"{value}" は AWS のリージョンではありません。ap-northeast-1 や us-east-1 のような名前を指定してください。',
  'error.targetName':
    '"{value}" はノートブック名にもスタック名にもなりません。英数字とハイフンを使ってください（ノートブック名は数字で始めてもよく、スタック名は英字で始めます）。',
  'config.tags':
    'tags はキーも値も文字列の対応表にしてください（50 個まで。キーは 1〜128 文字、値は 256 文字まで、aws: で始めない）。{value} は使えません',
  'config.owner': 'owner は 256 文字までの文字列にしてください。{value} は使えません',
  'interrupt.stopped': '中止しました。smnb は AWS 上で何も変更していません。',
  'interrupt.preparingCreate':
    '変更セットの準備中に中止しました。何も作られていません。スタック {stack} が REVIEW_IN_PROGRESS のまま残ることがあります。もう一度 smnb deploy を実行する（その上に作成します）か、次で削除してください: smnb delete {stack}',
  'interrupt.preparingUpdate':
    '変更セットの準備中に中止しました。スタック {stack} は変わっていません。準備ができたら smnb deploy をもう一度実行してください。',
  'interrupt.creating':
    '表示を中止しました。スタック {stack} の作成は AWS 上で続きます。続きを見るには: smnb watch {stack}（取り消すには、落ち着くのを待ってから: smnb delete {stack}）',
  'interrupt.updating':
    '表示を中止しました。{stack} の更新は AWS 上で続きます。続きを見るには: smnb watch {stack}。止めるには: aws cloudformation cancel-update-stack --stack-name {stack}',
  'interrupt.deleting': '表示を中止しました。{stack} の削除は AWS 上で続きます。続きを見るには: smnb watch {stack}',
  'interrupt.switching':
    '表示を中止しました。SageMaker は {notebook} の {to} への切り替えを続けます。状態は smnb status {notebook}、その後の起動は smnb start {notebook} で。',
  'interrupt.stopping':
    '表示を中止しました。{notebook} の停止は続きます。状態は smnb status {notebook} で確認できます。',
  'interrupt.starting':
    '表示を中止しました。{notebook} の起動は続きます。状態は smnb status {notebook} で確認できます。',
  'interrupt.fleet':
    '中止しました。フリート {fleet} で始まったスタックの処理は AWS 上で続きます。各台の状態は smnb status --config ファイル で確認でき、smnb deploy --config ファイル をもう一度実行すれば続きから進みます（変わっていないスタックは「変更なし」）。',
  'error.unreadableAnswer':
    '{operation} への応答が AWS の API からのものではありませんでした（プロキシのページや、誤ったエンドポイントかもしれません）。',
  'batch.failedRow': '✗ {notebook}: {message}',
  'batch.summary': '成功 {ok} 件、失敗 {failed} 件。',
  'error.bucketForbidden':
    'S3 がテンプレート用バケット {bucket} を使わせません。ほかの AWS アカウントのバケットか、あなたのユーザーに読む権限（docs/people-policy.json の s3:ListBucket）がありません。',
  // bad-day answers
  'delete.refused': '{stack}: AWS が削除を拒否したため、何も実行していません。スタックはそのままです（{status}）。',
  'delete.refusedSummary':
    '{count} 件は AWS に拒否され、何も実行していません。表示された理由（多くは権限）を直してから、もう一度 smnb delete を実行してください。',
  'hint.deleteYes':
    '確認の入力なしで削除するには（スクリプトや、尋ねる相手のいない端末なしの実行）、--yes を付けてください: smnb delete {names} --yes',
  'flag.concurrencyDeploy': '--config のとき、同時にデプロイするノートブックの数',
  'config.isDirectory':
    '{path} はディレクトリです。--config には構成ファイル（YAML か JSON）を指定してください（例: {path}/smnb.config.yaml）',
  'package.regionalBucket':
    'テンプレート用バケット {guideBucket} は {bucketRegion} にあります（バケット名は全リージョンで共通）。このリージョンでは専用の {bucket} を使います。',
  'error.templateBucketRegion':
    'テンプレート用バケット {bucket} はリージョン {bucketRegion} にありますが、子テンプレートはスタックと同じリージョンに置く必要があります（TemplateURL がそのリージョンを指すため）。',
  'hint.templateBucketRegion':
    '--template-bucket を外してください（smnb は アカウントID-cfn-templates を使い、その名前が別リージョンにあれば アカウントID-リージョン-cfn-templates を使います）。または、スタックと同じリージョンのバケットを指定してください。',
  'error.templateBucketMissing': 'S3 によると、テンプレート用バケット {bucket} は存在しません（HTTP 404）。',
  'cause.accountPlan':
    'アカウントのプランのために AWS が拒否しました。無料プランのアカウントが使えるのは一部のサービスとインスタンスタイプだけです。有料プランにアップグレードして（請求コンソール、または aws freetier upgrade-account-plan --account-plan-type PAID）もう一度デプロイしてください。プランは aws freetier get-account-plan-state で確認できます。',
  'error.accountPlan':
    'このアカウントのプランのため、AWS が {operation} を拒否しました（{code}）。無料プランのアカウントか、このサービスが有効になっていません。',
  'hint.accountPlan':
    '無料プラン（新しい AWS アカウントが選べるプラン。期間限定のクレジットがあり、使えるのは一部のサービスとインスタンスタイプだけ）では、有料プランへのアップグレードが必要です: 請求コンソール、または aws freetier upgrade-account-plan --account-plan-type PAID。プラン、クレジット、終了日は aws freetier get-account-plan-state で確認できます。その間、停止したノートブックにコンピューティング料金はかかりません（ボリューム分のみ）。',
  'cost.freeTierProgramme':
    'この行は以前の無料利用枠（最初の 2 か月、ml.t3.medium を月 250 時間）を前提にしています。新しい無料プラン・有料プランのアカウントには代わりにクレジットがあり、SageMaker の無料トライアルの条件は、確認できた AWS のページでは確かめられませんでした。プランとクレジットは aws freetier get-account-plan-state で確認できます。',
  'status.failureCause': '意味',
  // every region, what is still billed, and the budget
  'flag.allRegions': '1 つのリージョンだけでなく、このアカウントで有効なすべてのリージョンを見る',
  'list.regionHeading': '== リージョン {region} ==',
  'list.emptyEverywhere': '応答した {count} リージョンのどこにもノートブックはありません。',
  'list.runningEverywhere': '全リージョンで起動中 {count} 台: 合計で 1 時間あたり約 USD {usd}',
  'list.unanswered':
    '{region} から応答がありません: {reason} このリージョンのノートブックは表示していません。もう一度試すか: smnb list --region {region}',
  'billed.title': '何も動いていなくても課金されるもの: 合計で月に約 USD {usd}',
  'billed.kind.notebook-volume':
    '停止中のノートブック {name} の ML ボリューム ({region}): {gb} GB x USD {price}/GB・月 = 月に USD {usd}',
  'billed.kind.data-bucket': '残したデータバケット {name} ({region}): {gb} GB x USD {price}/GB・月 = 月に USD {usd}',
  'billed.kind.template-bucket':
    '{name} に置いたテンプレート ({region}): {gb} GB x USD {price}/GB・月 = 月に USD {usd}',
  'billed.price': '{region} の価格: {source}、{asOf}',
  'billed.priceReference': 'このリージョンの価格が不明なため {region} の価格を参考表示 ({source}、{asOf})',
  'billed.end': '意図して終わらせるには: {command}',
  'billed.endDeletes': '意図して終わらせるには (中のファイルは完全に消えます): {command}',
  'billed.nothing':
    'ノートブックが動いていない間に課金されるものは、smnb の知る限りもうありません (確認したリージョン: {regions})。',
  'billed.templateUnchecked':
    'テンプレート用バケットを確認できませんでした (S3 が拒否したか応答しませんでした)。まだ課金されている可能性があります。',
  'cmd.budget.summary': 'このアカウントの月額利用料に AWS Budgets のアラートを設定・表示・削除する',
  'flag.monthlyUsd': '月の金額 (USD、1〜100000、小数は 2 桁まで)',
  'flag.email': 'AWS Budgets がアラートを送るメールアドレス',
  'flag.alertPercent':
    '実際の利用料が金額のこの割合を超えたら通知 (1〜100。新しい予算は 80、変更するときは今の割合を保つ)',
  'flag.budgetDelete': 'smnb の予算を削除する (先に確認します。--yes で確認を省略)',
  'error.budgetAmount':
    '--monthly-usd {value} は使えません: {min}〜{max} の USD 金額を、小数 2 桁までで指定してください (例: 10、12.50)。',
  'error.budgetEmail':
    '--email {value} はメールアドレスではありません: you@example.com のようなアドレスを 1 つ指定してください。',
  'error.budgetPercent': '--alert-percent {value} は使えません: {min}〜{max} の整数で指定してください。',
  'error.budgetBothNeeded':
    '予算の設定には --monthly-usd と --email の両方が必要です。例: smnb budget --monthly-usd 10 --email you@example.com',
  'error.budgetDeleteAlone':
    '--delete はほかの予算フラグと一緒に使えません: smnb budget --delete だけを実行してください。',
  'error.budgetDeleteDeclined': '削除しませんでした: 予算とアラートはそのままです。',
  'confirm.budgetDelete': '予算 {name} とそのメールアラートを削除しますか? [y/N]',
  'budget.none':
    'このアカウントには smnb の予算がまだありません。設定するには: smnb budget --monthly-usd 10 --email you@example.com',
  'budget.limit': '予算 {name}: 月に USD {usd} (利用料、アカウント全体)',
  'budget.actual': '今月これまでの利用料: USD {usd} (予算の {percent}%)',
  'budget.forecast': '今月全体の予測: USD {usd} (予算の {percent}%)',
  'budget.alertActual': '実際の利用料が {percent}% を超えたら {emails} にメール',
  'budget.alertForecast': '予測が {percent}% を超えたら {emails} にメール',
  'budget.free':
    '数字は AWS Budgets のもので、AWS が 1 日に最大 3 回更新します。読むのは無料です。予算はアカウントごとに 2 つまで無料、3 つ目からは 1 つにつき 1 日 USD 0.02 です。',
  'budget.created': '予算 {name} を作りました。',
  'budget.updated': '予算 {name} を更新しました:',
  'budget.unchanged': '予算 {name} はすでに指定どおりです。何も変更していません。',
  'budget.change.limit': '金額 USD {from} -> USD {to}',
  'budget.change.add': 'アラート {kind} > {percent}% ({emails}) を追加',
  'budget.change.remove': 'アラート {kind} > {percent}% ({emails}) を削除',
  'budget.emailNote':
    'AWS Budgets はアラートをそのアドレスにメールで送ります。メールの通知先を確認する手順は AWS の文書にありません (確認メールは SNS トピックの場合です)。最初に届くメールがアラートそのものかもしれないので、AWS からのメールが迷惑メールに入らないようにしておいてください。',
  'budget.removed': '予算 smnb-monthly とそのアラートを削除しました。',
  'budget.noneToRemove': '削除する smnb の予算はありません。',
  'budget.suggest':
    'ヒント: 請求が膨らむ前にメールで知らせを受け取れます: smnb budget --monthly-usd 10 --email you@example.com (この案内は 1 回だけ)',
  'check.otherRegions': 'ほかのリージョンのノートブック',
  'check.otherRegions.ok': '有効なほかの {count} リージョンで動いているものはありません',
  'check.otherRegions.found': 'ほかのリージョンで動作中: {notebooks}',
  'check.otherRegions.hint':
    '1 時間ごとに課金されます。smnb stop <名前> --region <リージョン> で止めてください。一覧は smnb list --all-regions。',
  'check.stillBilled': '何も動いていなくても課金されるもの',
  'check.stillBilled.ok': 'ありません (ボリュームを持つ停止中のノートブックも、置いたテンプレートもありません)',
  'check.stillBilled.found': '月に約 USD {usd}: {items}',
  'check.stillBilled.hint':
    '残している間は課金が続きます。意図して終わらせるには「->」の後のコマンドを実行します (ノートブックのボリュームやデータバケットにはあなたのファイルがあります。先にバックアップを)。',
  'cost.whileStopped':
    '停止しても月に約 USD {usd} かかります: {gb} GB の ML ボリューム x USD {price}/GB・月 (ノートブックを削除するまで)。',
  'billed.keptBucketsUnchecked':
    'smnb delete の後に残したデータバケットはここでは数えていません。smnb delete が、残した各バケットと消すコマンドを表示しています。',
  'check.stillBilled.okButBuckets':
    'ボリュームを持つ停止中のノートブックも、置いたテンプレートもありません (残したデータバケットは数えていません)',
  // permissions boundary
  'check.boundary': 'アクセス許可の境界',
  'check.boundary.ok':
    '{policy} は docs/permissions-boundary.json と同じです。smnb deploy は作るロールすべてにこれを付けます',
  'check.boundary.missing':
    '{policy} がありません。smnb が作るロールに上限が付きません（smnb setup が作ります。サービスロールはこの境界の下でだけロールを作れます）',
  'check.boundary.missingNeeded':
    '{policy} がありません。あなたの権限ではこれを付けたロールしか作れないため、デプロイは最初のロールで止まります',
  'check.boundary.missingHint':
    '管理者が一度だけ作成します（README「始める前に」）: aws iam create-policy --policy-name smnb-permissions-boundary --policy-document file://docs/permissions-boundary.json',
  'check.boundary.differs': '{policy} が、この版の smnb の docs/permissions-boundary.json と違います',
  'check.boundary.differsHint':
    '管理者が更新します: aws iam create-policy-version --policy-arn {policy} --policy-document file://docs/permissions-boundary.json --set-as-default',
  // template parameters: the check before sending, and each parameter's text for help and the README
  'error.subnet-outside-vpc':
    'サブネットの範囲 "{value}" が VPC の範囲 {vpc} の中にありません。その中の PublicSubnetCidr（例: 10.0.0.0/16 なら 10.0.1.0/24）か、それを含む VpcCidr を指定してください。',
  'setting.RootAccess': '`Enabled` で sudo が使えます',
  'setting.DirectInternetAccess': '`Disabled` にするとインターネットに出られません（NAT なし）',
  'setting.DefaultCodeRepository':
    'ノートブックに入れる Git リポジトリ（SageMaker 公式サンプル）。空にすると何も入れません',
  'setting.KmsKeyArn': 'ボリュームを自分の KMS キーで暗号化。空なら AWS 管理のキー',
  'setting.VpcCidr': 'VPC の IP 範囲（/16〜/28）',
  'setting.PublicSubnetCidr': 'サブネットの IP 範囲（VPC の範囲の中）',
  'setting.AvailabilityZone':
    'アベイラビリティーゾーン。例: `ap-northeast-1a`。空ならそのタイプを提供するゾーンを自動で選択',
  'setting.TemplateBucketName': '--nested のとき: 子テンプレートを置くバケット。空なら ACCOUNT_ID-cfn-templates',
  'setting.PermissionsBoundaryPolicyName':
    'すべてのロールにアクセス許可の境界として付ける IAM ポリシーの名前（アカウントに smnb-permissions-boundary があれば smnb deploy が自動で指定。空なら付けない）',
  'setting.ExistingDataBucketName':
    '以前のスタックから残したこのノートブックのデータバケット（smnb-data-...）を使い回す。smnb deploy は自分で見つけて渡します',
  'setting.TemplatePrefix': '--nested のとき: 子テンプレートのキーの接頭辞（スラッシュで終わる）',
  // backup and restore
  'setting.BackupIntervalMinutes':
    '~/SageMaker をデータバケットにバックアップする間隔（分）。変更があったときと自動停止の前だけ動きます。0 で無効',
  'deploy.reusingBucket':
    'ノートブック {notebook} には以前のスタックから残したデータバケット {bucket} があります。新しいスタックはこれを使い（ExistingDataBucketName={bucket}）、新しいノートブックは最初の起動時に、空のボリュームへ最後のバックアップ（{backup}）を戻します。',
  'deploy.keptBucketUnknown':
    '{notebook} の残したデータバケットを探せませんでした（{reason}）。新しいバケットを作ります。使い回すには --param ExistingDataBucketName=バケット名 を指定してください。',
  'backup.requested':
    'ノートブック {notebook} に新しいバックアップを依頼しました（s3://{bucket}/smnb-backup/ に依頼を置きました）。ノートブックは 1 分ごとに依頼を確かめ、見つけるとバックアップします…',
  'backup.summary': '{at}、{files} ファイル、{size}、s3://{bucket}/smnb-backup/',
  'backup.none': 'まだありません（s3://{bucket}/smnb-backup/）',
  'backup.done': '{notebook} のバックアップを書き込みました: {summary}',
  'status.backup': '最後のバックアップ',
  'error.noDataBucket': 'ノートブック {notebook} のデータバケットが {region} に見つかりません。',
  'error.noBackup': 'データバケット {bucket} にはノートブック {notebook} のバックアップがまだありません。',
  'error.backupNotRunning':
    'ノートブック {notebook} は {status} です。バックアップを書けるのは起動中のノートブックだけです。最後のバックアップ: {last}。',
  'hint.backupStart':
    '"smnb start 名前" で起動してからもう一度実行するか、"smnb restore 名前 --to フォルダ" で最後のバックアップをこのコンピューターにコピーしてください。',
  'error.backupTimeout':
    'ノートブック {notebook} が {minutes} 分以内にバックアップの依頼に応えませんでした（BackupIntervalMinutes=0 でバックアップが無効では？ ログ: ~/SageMaker/smnb-auto-stop.log）。',
  'error.restorePath':
    'バックアップに、コピー先フォルダの外を指すパスのファイルがあります: {path}。これ以上は書き込んでいません。',
  'restore.progress': '{files} ファイルを {dir} に書き込みました。',
  'restore.done':
    '{notebook} のバックアップ（{at}）から {files} ファイル（{size}）を s3://{bucket}/smnb-backup/ から {dir} に戻しました。すでにあった {skipped} ファイルはそのままです。',
  'delete.lastBackup':
    '{notebook} の最後のバックアップ: {at}、{files} ファイル、{size}、s3://{bucket}/smnb-backup/。データバケットとこのバックアップは残ります。"smnb deploy --name {notebook}" でファイルが戻ります。',
  'delete.noBackupYet':
    'ノートブック {notebook} にはまだバックアップがありません。ボリューム上のファイルはノートブックと一緒に消えます。',
  'delete.backupFailed':
    '削除の前に {notebook} の新しいバックアップを取れませんでした: {reason} 最後のバックアップは {at} のもので、それ以降に変えたファイルはボリュームと一緒に消えます。',
  'flag.noBackup': '起動中のノートブックに、削除前の新しいバックアップを依頼しない',
  'flag.to': 'ファイルをコピーするフォルダ（なければ作ります。既存のファイルは上書きしません）',
  'cmd.backup.summary': '起動中のノートブックに ~/SageMaker の新しいバックアップを依頼し、書き終わるまで待つ',
  'cmd.restore.summary': 'ノートブックの最新のバックアップを、このコンピューターのフォルダにコピー',
  'flag.from':
    '最新のバックアップではなく、ノートブック上の復元が別に残したバックアップ（kept-時刻。ログ ~/SageMaker/smnb-restore.log に書かれた名前）をコピーする',
  'error.restoreFrom':
    '--from {value} は別に残したバックアップの名前ではありません。名前は kept-20261208T012345Z の形で、ノートブックの ~/SageMaker/smnb-restore.log に書かれています。',
  'restore.blocked':
    '{count} ファイルは書き込めませんでした。同じ名前のフォルダかファイルがありました（最初のもの: {first}）。バケットには残っています。',
  'restore.keptToo':
    'バケットには、ノートブック上の復元が別に残したバックアップもあります（{names}）。"smnb restore {notebook} --from {name} --to フォルダ" でコピーできます。',
  'error.noKeptBackup':
    'ノートブック {notebook} のデータバケット {bucket} に、{from} として残したバックアップはありません。残してあるもの: {kept}。',
  'restore.doneKept':
    '{notebook} の、別に残したバックアップ s3://{bucket}/smnb-backup/{from}/ から {files} ファイル（{size}）を {dir} に戻しました。すでにあった {skipped} ファイルはそのままです。',
  'error.restoreNeedsTo':
    'smnb restore には --to フォルダ（ファイルをコピーする、このコンピューターのフォルダ）が必要です。',
  'delete.backupTimedOut':
    '削除の前に {notebook} の新しいバックアップを取れませんでした: {minutes} 分以内に応えませんでした。最後のバックアップは {at} のもので、それ以降に変えたファイルはボリュームと一緒に消えます。',
  'backup.cost':
    '保管は月に約 {usd} USD（S3 Standard、{region} で 1 GB・月あたり {price} USD、{asOf}。古い版の分は別）',
  'backup.costReference':
    '保管は月に約 {usd} USD（参考: {region} の S3 Standard、1 GB・月あたり {price} USD、{asOf}。リージョンにより少し異なります。古い版の分は別）',
  'cost.paused':
    '休止中（smnb delete し、戻るときに smnb deploy）: 残るのは S3 のファイルのバックアップだけです。{volume} GB のボリュームが満杯でも月に約 {full}（S3 Standard、1 GB・月あたり {price} USD、{region} の参考価格、{asOf}）。',
  // security hardening
  'error.templateBucketNotCovered':
    'テンプレート用バケット {bucket} はデプロイ用ポリシー（smnb-deployer）の範囲外です。名前は {pattern} の形にしてください（* は任意の文字列で、空でもかまいません。例: {example}）。--template-bucket を省くとこの既定の名前を使います。',
  // learner fixes
  'list.runningAtLeast': '起動中 {count} 台: 合計で 1 時間あたり少なくとも USD {usd}（料金が分からないもの: {names}）',
  'list.runningUnknown': '起動中 {count} 台: 1 時間あたりの料金が分かりません（{names}）。smnb cost --live を参照',
  'list.runningEverywhereAtLeast':
    '全リージョンで起動中 {count} 台: 合計で 1 時間あたり少なくとも USD {usd}（料金が分からないもの: {names}）',
  'list.runningEverywhereUnknown': '全リージョンで起動中 {count} 台: 1 時間あたりの料金が分かりません（{names}）',
  'list.priceWhenRunning': '（起動時 {usd}）',
  'check.bill.silent': '確認できません: {silent} から応答がなく、数えていません',
  'check.bill.refused': '確認できません: {refused} で AWS がノートブックの一覧を拒否したため、数えていません',
  'check.bill.refusedAndSilent':
    '確認できません: {refused} で AWS がノートブックの一覧を拒否し、{silent} から応答がありません。これらは数えていません',
  'check.otherRegions.foundPartial':
    'ほかのリージョンで動いています: {notebooks}。数えていないリージョン（応答なし・拒否）: {regions}',
  'check.stillBilled.foundPartial':
    '月に少なくとも USD {usd}: {items}。数えていないリージョン（応答なし・拒否）: {regions}',
  'check.unknown.credentials': '確認していません: 使える認証情報がありません（上を参照）',
  'deploy.replacementRenames':
    'この更新はノートブック {current} を新しいノートブック {notebook} に置き換えます。新しいインスタンスと空のボリュームになり、{current} に保存したファイルは失われます（データバケットは残ります）。',
  'hint.allowReplacement':
    '確認の入力なしで置き換えるには（スクリプトや、尋ねる相手のいない端末なしの実行）、--allow-replacement を付けてください。残したいファイルは先にデータバケットへコピーしてください。',
  'billed.endDataBucket':
    '意図して終わらせるなら（中のファイルは全バージョンとも完全に消えます）: S3 コンソールの「空にする」で空にしてから（バージョニング付きなので --force では消えません）、{command}',
  'hint.budgetDeleteYes':
    '確認の入力なしで削除するには（スクリプトや、尋ねる相手のいない端末なしの実行）、--yes を付けてください: smnb budget --delete --yes',
  'billed.source.price-list': 'AWS の価格表 API、使用タイプ {usageType}',
  'billed.source.third-party-volume': '第三者の資料: 公開資料に引用された価格表の使用タイプ {usageType}',
  'billed.source.third-party-s3': '第三者の資料: S3 標準、最初の 50 TB、us-east-1',
  'budget.kind.ACTUAL': '実際の利用料',
  'budget.kind.FORECASTED': '予測',
  'error.parametersFileMissing':
    'パラメータファイル {path} がありません。パスを確かめてください（相対パスは今のフォルダーから）。',
  'error.parametersFileUnreadable': 'パラメータファイル {path} を読めません（フォルダーか、読む権限がないのでは）。',
  'error.parametersFileShape':
    'パラメータファイル {path} の形式が違います。aws cloudformation と同じ JSON のリストにしてください: [{"ParameterKey": "InstanceType", "ParameterValue": "ml.t3.medium"}]',
  'cli.options': '[オプション]',
  'hint.costLiveOnly':
    '--live で AWS の価格表 API に問い合わせてください（AWS の認証情報が必要です。答えは日付つきで保存します）。',
  // The account set-up (smnb setup) and the service role deploy and delete use.
  'cmd.setup.summary':
    'この AWS アカウントを一度だけ準備します（管理者用）: サービスロール、利用者のポリシーとグループ、テンプレート用バケット',
  'setup.outdated':
    'このアカウントの smnb のセットアップはバージョン {version} です。この smnb にはバージョン {min} 以上が必要です（同梱は {current}）。管理者に次の実行を依頼してください: smnb setup',
  'setup.accountWideElsewhere':
    'ロール {role} はすでにあります（アカウント全体の部分は別のリージョンで準備済みです）。このリージョンにはテンプレート用バケットだけを作ります。',
  'setup.willCreate':
    'smnb setup はこのリージョンにスタック {stack} を作成または更新します。アカウント全体で一度だけです（IAM はグローバルです）:',
  'setup.willCreateRegional':
    'smnb setup はこのリージョンにスタック {stack} を作成または更新します（テンプレート用バケットだけ）:',
  'setup.resource': '  {type} {id}  {description}',
  'setup.grantsPeople':
    'グループ {group} の利用者にできること: 自分のノートブックのスタックの作成・更新・削除（サービスロールを通してだけ）、状態の確認、ノートブックを開く・止める・起動する、バックアップと復元、子テンプレートのアップロード、価格とクォータの参照、smnb-* の予算の管理、smnb doctor。',
  'setup.deniesPeople':
    'できないこと: IAM への書き込みすべて（ロール・ポリシー・ユーザー・キーは作れません）、サービスロールなしや別のロールでのスタック操作、セットアップのスタックの変更、smnb が作っていないノートブックやスタックへの操作。',
  'setup.grantsRole':
    'ロール {role}（CloudFormation 専用、このアカウントだけ）は、ノートブックのスタックのリソースを作れます。ロールは /smnb/ の下に境界付きでだけ作れ、セットアップ自身のロール・ポリシー・グループ・境界は変更できません。',
  'confirm.setup': 'このアカウントを準備するならスタック名（{stack}）を入力、やめるなら Enter:',
  'error.setupDeclined': '準備しませんでした。このアカウントでは何も変更していません。',
  'hint.setupYes':
    '確認の入力なしで実行するには（スクリプトや、尋ねる相手のいない端末なしの実行）、--yes を付けてください: smnb setup --yes',
  'error.setupRolledBack':
    'スタック {stack} は最初の作成に失敗してロールバックされました。作り直す前に削除する必要があります。',
  'hint.setupRolledBack':
    '原因はイベントで確認できます（smnb watch --stack-name smnb-setup、または CloudFormation コンソール）。aws cloudformation delete-stack --stack-name smnb-setup で削除してから、もう一度 smnb setup を実行してください。',
  'setup.outcome.created': '準備しました: スタック {stack} を作成しました（バージョン {version}）。',
  'setup.outcome.updated': '準備しました: スタック {stack} を更新しました（バージョン {version}）。',
  'setup.outcome.up-to-date': 'すでに最新です: スタック {stack} はバージョン {version} です。何も送信していません。',
  'setup.outcome.failed': '準備に失敗しました: スタック {stack} は {status} で終わりました。{reason}',
  'setup.scopeAccountWide':
    'このリージョンに、アカウント全体の部分（アクセス許可の境界、サービスロール、利用者のポリシーとグループ）とテンプレート用バケットがあります。',
  'setup.scopeRegional':
    'このリージョンにはテンプレート用バケットがあります。アカウント全体の部分は別のリージョンにあります。',
  'setup.next':
    '次に、利用する人をグループに追加してください: aws iam add-user-to-group --group-name {group} --user-name ユーザー名。IAM Identity Center を使う場合は、docs/people-policy.json からアクセス許可セットを作って割り当ててください。その後の smnb deploy と smnb delete は、サービスロールを自動で使います。',
  'check.setup': 'アカウントのセットアップ',
  'check.setup.missing':
    'このリージョンには smnb のセットアップがありません。利用者は自分の権限でデプロイします（管理者が smnb setup で一度だけ準備できます）。',
  'check.setup.tooOld': 'セットアップはバージョン {version} です。この smnb にはバージョン {min} 以上が必要です。',
  'check.setup.drift':
    'セットアップ（バージョン {version}）が、この smnb に同梱のもの（バージョン {current}）と違います。変更されたか、この smnb のほうが新しいです。',
  'check.setup.ok': '{region} のセットアップはバージョン {version} で、この smnb に同梱のものと同じです。',
  'check.setup.hint': 'アカウントの管理者が次を実行してください: smnb setup',
  // doctor: where the credentials came from
  'check.source': '認証情報の出どころ',
  'check.source.environment.long-term':
    '環境変数 AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY の長期のアクセスキー（AKIA…）',
  'check.source.environment.temporary':
    '環境変数 AWS_ACCESS_KEY_ID・AWS_SECRET_ACCESS_KEY・AWS_SESSION_TOKEN の一時的な認証情報',
  'check.source.environment.other': '環境変数 AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY',
  'check.source.keyFile.long-term': '{file} のプロファイル {profile} にある長期のアクセスキー（AKIA…）',
  'check.source.keyFile.temporary': '{file} のプロファイル {profile} にある一時的な認証情報',
  'check.source.keyFile.other': '{file} のプロファイル {profile} にあるアクセスキー',
  'check.source.login': 'aws login（プロファイル {profile}）: コンソールのサインインから作られた短期間の認証情報',
  'check.source.sso': 'IAM Identity Center（SSO、プロファイル {profile}）: 短期間の認証情報',
  'check.source.assumeRole': 'プロファイル {profile} から引き受けたロール {role}',
  'check.source.webIdentity': 'ウェブ ID トークンによるロール {role}',
  'check.source.process': 'プロファイル {profile} の credential_process コマンド',
  'check.source.container': 'コンテナの認証情報エンドポイント（コンテナのロール、または AWS CloudShell のサインイン）',
  'check.source.instance': 'インスタンスのロール（インスタンスメタデータ）',
  'check.source.unknown': '認証情報がどこから来たのか、smnb には分かりません（プロファイル {profile}）',
  'check.source.rootLongTermHint':
    'ルートユーザーはアカウントのすべての権限を持ち、このキーには期限がありません。代わりに aws login（AWS CLI 2.32.0 以降）でサインインし、ルートユーザーのアクセスキーはコンソールで削除してください。',
  'setup.existingBoundary':
    'このアカウントには以前に手で作ったアクセス許可の境界 {policy} があります。準備ではそれをそのまま使います（以前のスタックのロールに付いているため）。この版と違うかどうかは smnb doctor が知らせます。',
  // delete decides then acts; local mistakes named locally
  'backup.countdown':
    '{notebooks} のバックアップを待っています（{count} 台中 {acked} 台が依頼を受け取りました）: 最長であと {remaining}',
  'error.backupNoAck':
    'ノートブック {notebook} が {minutes} 分以内にバックアップの依頼を受け取りませんでした（依頼は 1 分ごとに確認されます）。バックアップが無効（BackupIntervalMinutes=0）か、古い smnb で作ったスタックではありませんか？ ログ: ~/SageMaker/smnb-auto-stop.log',
  'delete.whatGoesNoBucket':
    '{stack} を削除します: ノートブック {notebook} とそのボリューム上のファイルはすべて消えます。データバケットが見つからないため、ファイルは何も残りません。',
  'delete.freshBackupFirst':
    'ノートブック {notebook} は起動中です。同意いただくと、まず新しいバックアップを依頼し、それが書き終わってからスタックを削除します。',
  'delete.freshBackup':
    '{notebook} の新しいバックアップができました: {at}、{files} ファイル、{size}、s3://{bucket}/smnb-backup/。',
  'delete.held.noAck':
    '{stack}: 削除していません。ノートブック {notebook} が {minutes} 分以内にバックアップの依頼を受け取りませんでした。',
  'delete.held.timeout':
    '{stack}: 削除していません。ノートブック {notebook} は依頼を受け取りましたが、{minutes} 分以内にバックアップが終わりませんでした。',
  'delete.held.failed': '{stack}: 削除していません。{notebook} へのバックアップの依頼を置けませんでした（{reason}）。',
  'delete.heldLast': '  最後のバックアップは {at}（{age} 前）です。それ以降に変えたファイルは失われます。',
  'delete.heldNone': '  バックアップが 1 つもありません。ボリューム上のファイルはすべて失われます。',
  'delete.heldHint': '  新しいバックアップなしでそれでも削除するには: smnb delete {stack} --no-backup',
  'delete.heldSummary': '{count} 件は、ノートブックの新しいバックアップが届かなかったため残しました。',
  'duration.hours': '{n} 時間',
  'duration.days': '{n} 日',
  'error.restoreToFile':
    '--to {path} はフォルダーにできません: {file} がファイルです。ファイルをコピーするフォルダーを指定してください（なければ作ります）。例: --to ./my-notebook',
  'error.restoreToUnwritable':
    '--to {path} に書き込めません: {folder} に書き込む権限がありません。書き込めるフォルダーを指定してください。例: --to ./my-notebook',
  'config.missing': 'そのファイルはありません。パスを確かめてください（相対パスは smnb を実行したフォルダーからです）',
  'config.syntax':
    '{line} 行目 {column} 文字目が {format} として正しくありません。そのあたりの引用符・カンマ・かっこ・字下げを確かめてください。',
  'config.syntaxEnd': '{format} として途中で終わっています（かっこか引用符が閉じていません）。',
  'error.budgetAmountNotNumber':
    '--monthly-usd {value} は金額ではありません: {min}〜{max} の USD を数字で、小数 2 桁までで指定してください (例: 10、12.50)。',
  // Deadlines, name look-ups and endpoint variables
  'error.deadline':
    'AWS（{host}）から {seconds} 秒間応答がなかったため、{operation} を中止しました（短いコマンドの期限です）。',
  'hint.deadline':
    'ネットワークとプロキシ、リージョン、設定していれば AWS_ENDPOINT_URL を確認してください。遅いプロキシでは期限を延ばせます: SMNB_DEADLINE_MS（既定 25000）。',
  'error.deadlineSetting': '{name}={value} は期限として使えません。1〜3600000 のミリ秒（整数）で指定してください。',
  'error.dns': 'ホスト名 {host} が見つからないため、{operation} で AWS に接続できませんでした。',
  'hint.dns':
    '考えられる原因: ネットワークにつながっていない、プロキシ設定（HTTPS_PROXY）や AWS_ENDPOINT_URL の打ち間違い、リージョン名（--region、AWS_REGION、プロファイル）の打ち間違い。',
  'error.endpointVariable':
    '{name}={value} はエンドポイントとして使えません。https://host:port のような URL にするか、AWS そのものを使うなら {name} を削除してください。',
  'check.unknown.dns': '確認できませんでした: ホスト名 {host} が見つかりません',

  // smnb class: a class or a team across AWS accounts, on CloudFormation StackSets
  'cmd.class.summary':
    '複数の AWS アカウントにまたがるクラス（メンバーごとに1アカウント、AWS Organizations）: StackSets で配置・状態・書き出し・削除',
  'flag.classOu': 'クラスのメンバーアカウントがある OU（ou-… またはルート r-…）',
  'flag.classAccounts': 'OU のうち、これらのアカウントだけ（カンマ区切り。名簿にあるもの）',
  'flag.classRoster': 'CSV: アカウントID,メンバー名[,インスタンスタイプ[,メール]]。名前がノートブック名になります',
  'flag.classRegions': 'メンバーのノートブックを置くリージョン（カンマ区切り。既定: コマンドのリージョン）',
  'flag.classMaxConcurrent': '1回の StackSet 操作で同時に配置するアカウント数',
  'flag.classFailureTolerance': 'StackSets が残りを取り消すまでに失敗してよいアカウント数',
  'flag.classCallAs': '管理アカウントからなら SELF、StackSets の委任管理者アカウントからなら DELEGATED_ADMIN',
  'flag.classMonthlyUsd': '各メンバーの月の予算（USD。--email と一緒に）',
  'flag.classEmail': '各メンバーの予算アラートを受け取る先生のメールアドレス（--monthly-usd と一緒に）',
  'flag.classTo':
    'メンバーのバックアップの保存先フォルダ（メンバーごとのサブフォルダ。既存のファイルは上書きしません）',
  'error.classSubcommand': 'class のコマンド「{value}」はありません。次のどれかを使ってください: {valid}',
  'error.classNeedsOu':
    'クラスの OU を指定してください: --ou ou-xxxx-xxxxxxxx（AWS Organizations コンソールの「AWS アカウント」）。',
  'error.classOu':
    '「{value}」は OU やルートの ID ではありません。OU は ou-ab12-cd34ef56、ルートは r-ab12 のような形です。',
  'error.classAccount': '--accounts の「{value}」は AWS アカウント ID（12桁の数字）ではありません。',
  'error.classAccountNotInRoster':
    '--accounts の次のアカウントが名簿にありません: {value}。名前をつけて名簿に加えてください。',
  'error.classNeedsRoster':
    'クラスの名簿を指定してください: --roster ファイル（CSV で1行に「アカウントID,メンバー名」）。',
  'error.classRosterUnreadable': '名簿 {path} を読めません。パスを確かめてください。',
  'error.classRosterEmpty': '名簿にメンバーがいません。1行に「アカウントID,メンバー名」と書いてください。',
  'error.classRosterShape':
    '名簿の {line} 行目の列が4つより多いです:「{value}」。アカウントID,メンバー名[,インスタンスタイプ[,メール]] の形にしてください。',
  'error.classRosterAccount': '名簿の {line} 行目:「{value}」は AWS アカウント ID（12桁の数字）ではありません。',
  'error.classRosterName':
    '名簿の {line} 行目:「{value}」はノートブック名にできません。英数字とハイフン（先頭と末尾以外）で {max} 文字以内にしてください（例: taro-yamada）。',
  'error.classRosterType':
    '名簿の {line} 行目:「{value}」は smnb の知っているノートブックのインスタンスタイプではありません（例: ml.t3.medium）。',
  'error.classRosterEmail': '名簿の {line} 行目:「{value}」はメールアドレスではありません。',
  'error.classRosterDuplicateAccount':
    '名簿の {line} 行目: アカウント {value} は {first} 行目にもあります。1アカウントに1人です。',
  'error.classRosterDuplicateMember':
    '名簿の {line} 行目: 名前「{value}」は {first} 行目にもあります（大文字と小文字は区別しません）。一人ずつ別の名前にしてください。',
  'error.classMaxConcurrent': '--max-concurrent は 1 から 1000 の整数にしてください（{value} ではなく）。',
  'error.classFailureTolerance': '--failure-tolerance は 0 から 1000 の整数にしてください（{value} ではなく）。',
  'error.classSetupTemplateMissing':
    'アカウント設定のテンプレート {file} がありません。クラスはこれを各メンバーアカウントに配置します。',
  'hint.classSetupTemplate':
    'smnb を更新するか（テンプレートは smnb に含まれます）、{file} のあるフォルダから実行してください。',
  'error.classMissing': 'このリージョンにクラスはありません（StackSet {stackSet} がありません）。',
  'hint.classDeploy':
    'smnb class deploy --ou OU_ID --roster ファイル で作ってください（--region と --call-as も確かめてください）。',
  'error.classDeleteDeclined': '何も削除していません。{count} 台のノートブックはそのままです。',
  'hint.classDeleteYes':
    '確認なしで進めるには（スクリプトや端末がなく尋ねられない場合）--yes をつけてください: smnb class delete --yes',
  'confirm.classDelete':
    'クラスのノートブック {count} 台（各メンバーのノートブックと、そのボリューム上のファイル）を削除しますか？ バックアップのあるデータバケットは残ります。確認のため {count} と入力してください:',
  'class.creatingSet': 'StackSet {stackSet} を作成しています…',
  'class.updatingSet': 'StackSet {stackSet} を、配置済みのすべてのアカウントで更新しています…',
  'class.noReaderParameter':
    'アカウント設定のテンプレートにクラスの読み取りロールがまだありません。配置はできますが、smnb class status と export はメンバーを読めません。',
  'class.progress': '{stackSet}  {account}（{member}）  {region}  状態 {status}',
  'class.deleting': '{count} 台のノートブックを1回の StackSet 操作で削除しています…',
  'class.exported': '{member}: {files} ファイルを {dir} に書き込みました。',
  'class.col.account': 'アカウント',
  'class.col.member': 'メンバー',
  'class.col.region': 'リージョン',
  'class.col.setup': '設定',
  'class.col.notebook': 'ノートブック',
  'class.col.status': '状態',
  'class.col.hours': '今月の時間',
  'class.col.lastBackup': '最新バックアップ',
  'class.col.perHour': 'USD/時',
  'class.col.month': '今月の USD',
  'class.col.flags': '要確認',
  'class.reason': '{account} の理由: {reason}',
  'class.deployDone': '完了: {total} 人のメンバーに設定とノートブックがあります。',
  'class.deployFailed':
    '{total} 人中 {failed} 人にノートブックを用意できませんでした（上を見てください）。ほかのメンバーは完了しています。原因を直して同じコマンドをもう一度実行してください。',
  'class.never': 'なし',
  'class.flag.forgotten': '長時間起動中: 止め忘れ？',
  'class.flag.noRecentBackup': '最近のバックアップなし',
  'class.flag.failed': '動いていません',
  'class.totals':
    '合計: ノートブック {notebooks} 台、起動中 {running} 台、今 USD {perHour}/時、今月ここまで USD {month}。',
  'class.hoursNote':
    '時間は今の起動分だけです（最後の起動から。月初より前は数えません）。それより前の起動は請求書にあり、読み取り専用のロールからは見えません。',
  'class.referenceNote': '* us-east-1 の参考価格です（このリージョンの価格は得られませんでした）。',
  'class.unreadable':
    'アカウント {account}（{region}）を読めませんでした: {error}。アカウント設定とクラスの読み取りロールはありますか？',
  'class.nothingToDelete': 'クラスに削除するノートブックはありません。',
  'class.deletedOne': '{account}（{region}）のノートブックを削除しました。',
  'class.deleteFailedOne': '{account}（{region}）のノートブックを削除できませんでした: {status} {reason}',
  'class.keptHeader': '残したもの（あなたのデータです。不要になったら意図して削除してください）:',
  'class.keptBucket': '  {account}: {bucket}、バックアップ {size}、月に約 USD {usd}（S3 標準、{priceRegion} の価格）',
  'class.exportedOne':
    '{member}: {files} ファイルを {dir} に書き込みました（{skipped} ファイルは既にあったのでそのまま）。{at} のバックアップです',
  'class.noBackup': '{member}（{account}）: バックアップがまだないので、コピーするものはありません。',
  'error.setupBoundaryDiffers':
    'このアカウントには手で作った {policy} がありますが、この版の smnb が配布する境界と内容が違います。保証できない境界を準備に使うことはしません。',
  'hint.setupBoundaryDiffers':
    '配布している文書を既定のバージョンにしてから、もう一度 smnb setup を実行してください: aws iam create-policy-version --policy-arn {policy} --policy-document file://docs/permissions-boundary.json --set-as-default',
};
