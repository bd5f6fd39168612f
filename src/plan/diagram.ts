import type { MessageKey } from '../i18n/messages.js';
import { displayWidth, padEnd } from './text-width.js';

/** A box in the architecture diagram, with the boxes inside it. */
export interface DiagramNode {
  readonly id: string;
  /** Message key and parameters: the renderer translates, this module stays language-free. */
  readonly label: { readonly key: DiagramLabelKey; readonly params?: Readonly<Record<string, string>> };
  readonly children: readonly DiagramNode[];
}

export type DiagramLabelKey = Extract<MessageKey, `diagram.${string}`>;
export type LabelText = (label: DiagramNode['label']) => string;

export interface DiagramInput {
  /** Resource types present in the deployment (all templates together). */
  readonly types: ReadonlySet<string>;
  readonly parameters: Readonly<Record<string, string>>;
  readonly region: string;
}

const has = (input: DiagramInput, type: string) => input.types.has(type);

/** Builds the architecture tree from what the templates actually contain, not from a drawing. */
export function architecture(input: DiagramInput): DiagramNode {
  const p = input.parameters;
  const node = (
    id: string,
    key: DiagramLabelKey,
    params: Record<string, string> = {},
    children: DiagramNode[] = [],
  ): DiagramNode => ({ id, label: { key, params }, children });
  const subnetChildren = has(input, 'AWS::SageMaker::NotebookInstance')
    ? [
        node(
          'Notebook',
          'diagram.notebook',
          { name: p.NotebookInstanceName ?? '', type: p.InstanceType ?? '', volume: p.VolumeSizeInGB ?? '' },
          has(input, 'AWS::EC2::SecurityGroup')
            ? [node('SecurityGroup', 'diagram.securityGroup', { cidr: p.VpcCidr ?? '' })]
            : [],
        ),
      ]
    : [];
  const vpcChildren: DiagramNode[] = [];
  if (has(input, 'AWS::EC2::InternetGateway')) vpcChildren.push(node('InternetGateway', 'diagram.gateway'));
  if (has(input, 'AWS::EC2::Subnet')) {
    vpcChildren.push(node('PublicSubnet', 'diagram.subnet', { cidr: p.PublicSubnetCidr ?? '' }, subnetChildren));
  }
  const cloud: DiagramNode[] = [];
  if (has(input, 'AWS::EC2::VPC')) cloud.push(node('Vpc', 'diagram.vpc', { cidr: p.VpcCidr ?? '' }, vpcChildren));
  if (has(input, 'AWS::IAM::Role')) cloud.push(node('Role', 'diagram.role'));
  if (has(input, 'AWS::S3::Bucket')) cloud.push(node('DataBucket', 'diagram.bucket'));
  if (has(input, 'Custom::NotebookPreflight')) cloud.push(node('Preflight', 'diagram.preflight'));
  return node('Cloud', 'diagram.cloud', { region: input.region }, [...cloud, node('Browser', 'diagram.browser')]);
}

/** Nested boxes drawn with Unicode box characters. */
export function drawBoxes(root: DiagramNode, text: LabelText): string {
  return box(root, text).join('\n');
}

function box(node: DiagramNode, text: LabelText): string[] {
  const inner = node.children.flatMap((c) => box(c, text));
  const title = ` ${text(node.label)} `;
  const width = Math.max(displayWidth(title) + 2, ...inner.map((l) => displayWidth(l) + 2));
  if (node.children.length === 0) {
    return [`┌${'─'.repeat(width)}┐`, `│${padEnd(title, width)}│`, `└${'─'.repeat(width)}┘`];
  }
  const top = `┌─${title}${'─'.repeat(Math.max(0, width - displayWidth(title) - 1))}┐`;
  return [top, ...inner.map((l) => `│ ${padEnd(l, width - 1)}│`), `└${'─'.repeat(width)}┘`];
}

/** The same tree as a Mermaid flowchart, for documentation. */
export function toMermaid(root: DiagramNode, text: LabelText): string {
  const lines = ['flowchart TB'];
  const quote = (s: string) => s.replace(/"/g, "'");
  const walk = (node: DiagramNode, depth: number) => {
    const pad = '  '.repeat(depth);
    if (node.children.length === 0) {
      lines.push(`${pad}${node.id}["${quote(text(node.label))}"]`);
      return;
    }
    lines.push(`${pad}subgraph ${node.id}["${quote(text(node.label))}"]`);
    node.children.forEach((c) => walk(c, depth + 1));
    lines.push(`${pad}end`);
  };
  walk(root, 1);
  const ids = JSON.stringify(root);
  if (ids.includes('"id":"Notebook"')) lines.push('  Browser --> Notebook');
  return lines.join('\n');
}
