/*
 * What the generated catalogue adds to shared/reference/action-providers.json: each entry's
 * lifecycle (the reference has none) and where its facts were confirmed. Hand-written, read by
 * gen-catalogue.ts, so the generated JSON stays reproducible from the reference plus this file.
 */

export type LifecycleStatus = 'current' | 'not-recommended' | 'disabled';

export interface Lifecycle {
  status: LifecycleStatus;
  /** ISO date the status took effect, when AWS states one. */
  since?: string;
  /** What AWS says, in a sentence. */
  note?: string;
  /** What to use instead. */
  migration?: string;
  sources: string[];
}

const CURRENT: Lifecycle = { status: 'current', sources: [] };

/** By `category/owner/provider/version`. */
const LIFECYCLE: Record<string, Lifecycle> = {
  'Deploy/AWS/OpsWorks/1': {
    status: 'disabled',
    since: '2024-05-26',
    note: 'AWS OpsWorks Stacks reached end of life and has been disabled for all customers since 2024-05-26: the action cannot run.',
    migration:
      'Deploy with CodeDeploy (Deploy/AWS/CodeDeploy) or the EC2 deploy action, and move the stack to AWS Systems Manager as AWS advises for OpsWorks Stacks.',
    sources: [
      'https://docs.aws.amazon.com/opsworks/latest/userguide/welcome.html (OpsWorks Stacks end of life, 2024-05-26)',
      'issue 15 (Lifecycle)',
    ],
  },
  'Source/ThirdParty/GitHub/1': {
    status: 'not-recommended',
    note: 'The GitHub version 1 action (OAuth app) is no longer recommended.',
    migration:
      'Use a CodeStarSourceConnection source (GitHub version 2, through an AWS CodeConnections connection): ConnectionArn, FullRepositoryId, BranchName.',
    sources: [
      'https://docs.aws.amazon.com/codepipeline/latest/userguide/appendix-github-oauth.html',
      'action-providers.json notes: terraform-provider-aws warns "The CodePipeline GitHub version 1 action provider is no longer recommended."',
    ],
  },
};

/** Checks made beyond the reference, by entry (the V2-only status of each was compared with rules.md R67). */
const CONFIRMED: Record<string, string[]> = {
  'Invoke/AWS/InspectorScan/1': [
    'V2-only status checked: not V2-only. rules.md R67 lists the V2-only providers (Commands, ECRBuildAndPublish, EC2, EKS, Lambda deploy, CodePipeline invoke) without InspectorScan, and action-reference-InspectorScan has no "only available for V2 type pipelines" note (the Commands page has one).',
  ],
};

const REFERENCE = 'shared/reference/action-providers.json (and the sources listed for the entry)';
const V2_RULE = 'V2-only status as rules.md R67 lists it';

function key(p: { category: string; owner: string; provider: string; version: string }): string {
  return `${p.category}/${p.owner}/${p.provider}/${p.version}`;
}

export function lifecycleOf(p: { category: string; owner: string; provider: string; version: string }): Lifecycle {
  return LIFECYCLE[key(p)] ?? CURRENT;
}

export function confirmedOf(p: { category: string; owner: string; provider: string; version: string }): string[] {
  return [
    REFERENCE,
    V2_RULE,
    ...(LIFECYCLE[key(p)] ? ['lifecycle: see lifecycle.sources'] : []),
    ...(CONFIRMED[key(p)] ?? []),
  ];
}

/** Supplement keys that name no reference entry (a typo here would silently do nothing). */
export function unknownSupplementKeys(
  entries: { category: string; owner: string; provider: string; version: string }[],
): string[] {
  const known = new Set(entries.map(key));
  return [...Object.keys(LIFECYCLE), ...Object.keys(CONFIRMED)].filter((k) => !known.has(k));
}
