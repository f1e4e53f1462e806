/*
 * Enumerated configuration values of the action providers (shared/reference rules.md section 10
 * and the AWS action reference pages), by provider then key. One list for the validator (which
 * reports any other value) and the designer's forms (which offer these as completions).
 */

export const CONFIG_VALUES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  CloudFormation: {
    ActionMode: ['CHANGE_SET_EXECUTE', 'CHANGE_SET_REPLACE', 'CREATE_UPDATE', 'DELETE_ONLY', 'REPLACE_ON_FAILURE'],
  },
  CloudFormationStackSet: { PermissionModel: ['SELF_MANAGED', 'SERVICE_MANAGED'] },
  StepFunctions: { InputType: ['Literal', 'FilePath'] },
  CodeCommit: { OutputArtifactFormat: ['CODE_ZIP', 'CODEBUILD_CLONE_REF'], PollForSourceChanges: ['true', 'false'] },
  CodeStarSourceConnection: {
    OutputArtifactFormat: ['CODE_ZIP', 'CODEBUILD_CLONE_REF'],
    DetectChanges: ['true', 'false'],
  },
  S3: { PollForSourceChanges: ['true', 'false'], Extract: ['true', 'false'] },
  GitHub: { PollForSourceChanges: ['true', 'false'] },
  ECRBuildAndPublish: { RegistryType: ['private', 'public'] },
  EC2: { InstanceType: ['EC2', 'SSM_MANAGED_NODE'] },
  InspectorScan: { InspectorRunMode: ['SourceCodeScan', 'ECRImageScan'] },
};

/** CloudFormation's `Capabilities`: a comma-separated list (no spaces) of these. */
export const CLOUDFORMATION_CAPABILITIES: readonly string[] = [
  'CAPABILITY_IAM',
  'CAPABILITY_NAMED_IAM',
  'CAPABILITY_AUTO_EXPAND',
];

/**
 * The values to offer for one configuration key of a provider (undefined when free-form). For
 * CloudFormation's Capabilities: each capability and the usual combinations.
 */
export function configValueChoices(provider: string, key: string): readonly string[] | undefined {
  if (provider === 'CloudFormation' && key === 'Capabilities')
    return [
      ...CLOUDFORMATION_CAPABILITIES,
      'CAPABILITY_IAM,CAPABILITY_AUTO_EXPAND',
      'CAPABILITY_NAMED_IAM,CAPABILITY_AUTO_EXPAND',
    ];
  return Object.hasOwn(CONFIG_VALUES, provider) ? CONFIG_VALUES[provider]![key] : undefined;
}
