import { literal } from '../schema/opaque.js';
import type { ActionTypeId } from '../schema/pipeline.js';

/*
 * Short descriptions of each catalogue provider's configuration keys, for the
 * inspector. Sources: shared/reference/action-providers.json notes and the AWS
 * CodePipeline action structure reference. Keyed by `category/owner/provider`;
 * a test checks that every key the catalogue knows is described here and vice versa.
 */

type Descriptions = Readonly<Record<string, string>>;

const POLL =
  'Whether CodePipeline polls the source for changes ("true"/"false"). Prefer "false" with event-based change detection (EventBridge/webhooks).';
const OUTPUT_FORMAT =
  'CODE_ZIP (default) packages the source as a ZIP; CODEBUILD_CLONE_REF passes a Git reference for a full clone, usable only by downstream CodeBuild actions.';
const SUBNETS = 'Comma-separated subnet IDs of the VPC to run in.';
const SECURITY_GROUPS = 'Comma-separated security group IDs to attach.';

const codeBuild: Descriptions = {
  ProjectName: 'Name of the CodeBuild project to run.',
  PrimarySource:
    "Input artifact whose contents CodeBuild uses as the primary source (where the buildspec is read); required when the action has more than one input artifact; must name one of the action's input artifacts.",
  BatchEnabled: 'Set to "true" to run a batch build (build graph, list or matrix) instead of a single build.',
  CombineArtifacts: 'With batch builds, "true" combines all build artifacts into one output artifact.',
  BuildspecOverride:
    'A buildspec (inline YAML or a path in the source) that replaces the project buildspec for this run.',
  EnvironmentVariables:
    'JSON array of {"name","value","type"} environment variables for the build; type PLAINTEXT (default), PARAMETER_STORE or SECRETS_MANAGER. The whole value, #{...} references included, must stay under 1000 characters.',
};

const jenkins: Descriptions = {
  ProjectName:
    'Name of the Jenkins project (job) the custom action runs, as configured in the Jenkins CodePipeline plugin.',
};

const stackSetCommon: Descriptions = {
  StackSetName:
    'Name of the CloudFormation StackSet (letters, digits and hyphens, starting with a letter, up to 128 characters).',
  DeploymentTargets:
    'Where to deploy: a comma-separated list of account IDs (self-managed) or organizational unit IDs (service-managed), or "ArtifactName::file.json" naming a file in an input artifact.',
  Regions: 'Comma-separated list of Regions where stack instances are created or updated.',
  FailureTolerancePercentage:
    'Percentage (0-100) of accounts per Region in which stack operations can fail before the operation stops.',
  MaxConcurrentPercentage: 'Maximum percentage (0-100) of accounts in which to deploy at the same time.',
};

export const configDescriptions: Readonly<Record<string, Descriptions>> = {
  'Source/AWS/S3': {
    S3Bucket: 'Name of the versioned S3 bucket that holds the source object.',
    S3ObjectKey: 'Key of the source object (a ZIP file) in the bucket, e.g. "app/source.zip".',
    PollForSourceChanges: POLL,
    AllowOverrideForS3ObjectKey:
      'Whether a pipeline execution may override S3ObjectKey with a source revision (default "false").',
  },
  'Source/AWS/CodeCommit': {
    RepositoryName: 'Name of the CodeCommit repository.',
    BranchName: 'Branch whose commits start the pipeline.',
    PollForSourceChanges: POLL,
    OutputArtifactFormat: OUTPUT_FORMAT,
  },
  'Source/AWS/ECR': {
    RepositoryName: 'Name of the Amazon ECR repository the image is pushed to.',
    ImageTag: 'Image tag that starts the pipeline (default "latest"). The output artifact holds imageDetail.json.',
  },
  'Source/AWS/CodeStarSourceConnection': {
    ConnectionArn: 'ARN of the CodeConnections (CodeStar Connections) connection to GitHub, GitLab or Bitbucket.',
    FullRepositoryId: 'Repository in "owner/repository" form, e.g. "my-org/my-service".',
    BranchName: 'Branch whose changes start the pipeline.',
    OutputArtifactFormat: OUTPUT_FORMAT,
    DetectChanges: 'Whether a push to the branch starts the pipeline automatically (default "true").',
  },
  'Source/ThirdParty/GitHub': {
    Owner: 'GitHub user or organization that owns the repository.',
    Repo: 'Name of the GitHub repository.',
    Branch: 'Branch whose commits start the pipeline.',
    OAuthToken:
      'GitHub OAuth token (GetPipeline returns it masked as "****"). GitHub version 1 actions are legacy: prefer a CodeStarSourceConnection source.',
    PollForSourceChanges: POLL,
  },
  'Build/AWS/CodeBuild': codeBuild,
  'Test/AWS/CodeBuild': codeBuild,
  'Build/AWS/ECRBuildAndPublish': {
    ECRRepositoryName: 'Name of the Amazon ECR repository the built image is pushed to.',
    DockerFilePath: 'Directory of the Dockerfile in the source (defaults to the source root).',
    ImageTags: 'Comma-separated tags for the pushed image (default "latest").',
    RegistryType: 'private (default) or public Amazon ECR registry.',
  },
  'Test/AWS/DeviceFarm': {
    AppType: 'Platform of the app under test: iOS, Android or Web.',
    ProjectId: 'ID of the Device Farm project.',
    App: 'Path of the app file (.apk, .ipa) in the input artifact.',
    AppiumVersion: 'Appium version for Appium tests (listed as required, but Device Farm uses its default value).',
    DevicePoolArn: 'ARN of the Device Farm device pool to test on.',
    TestType: 'Test framework, e.g. APPIUM_JAVA_JUNIT, APPIUM_PYTHON, BUILTIN_FUZZ, INSTRUMENTATION, XCTEST.',
    RadioBluetoothEnabled: 'Whether Bluetooth is on during the test ("true"/"false").',
    RecordAppPerformanceData: 'Whether to record device performance data such as CPU and memory.',
    RecordVideo: 'Whether to record a video of the test run.',
    RadioWifiEnabled: 'Whether Wi-Fi is on during the test.',
    RadioNfcEnabled: 'Whether NFC is on during the test.',
    RadioGpsEnabled: 'Whether GPS is on during the test.',
    Test: 'Path of the test package in the input artifact.',
    FuzzEventCount: 'Number of user-interface events for the built-in fuzz test (1-10000).',
    FuzzEventThrottle: 'Milliseconds between fuzz events (1-1000).',
    FuzzRandomizerSeed: 'Seed for the fuzz test, to repeat the same event sequence.',
    CustomHostMachineArtifacts: 'Location on the host machine where custom artifacts are stored.',
    CustomDeviceArtifacts: 'Location on the device where custom artifacts are stored.',
    UnmeteredDevicesOnly: 'Whether to use only unmetered devices.',
    JobTimeoutMinutes: 'Maximum minutes a test run may take on each device.',
    Latitude: 'Device latitude for location-based tests.',
    Longitude: 'Device longitude for location-based tests.',
  },
  'Build/Custom/Jenkins': jenkins,
  'Test/Custom/Jenkins': jenkins,
  'Deploy/AWS/S3': {
    BucketName: 'Name of the S3 bucket to deploy to.',
    Extract: '"true" unzips the input artifact into the bucket; "false" uploads it as one object at ObjectKey.',
    ObjectKey:
      'Key (or key prefix when extracting) of the deployed object; required when Extract is "false". May use {datetime} and {uuid} placeholders.',
    KMSEncryptionKeyARN: 'ARN of the KMS key used to encrypt the deployed objects.',
    CannedACL: 'Canned ACL applied to the deployed objects, e.g. private, public-read, bucket-owner-full-control.',
    CacheControl: 'Cache-Control header set on the deployed objects, e.g. "public, max-age=300".',
  },
  'Deploy/AWS/CloudFormation': {
    ActionMode:
      'What to do with the stack: CREATE_UPDATE, REPLACE_ON_FAILURE, DELETE_ONLY, CHANGE_SET_REPLACE or CHANGE_SET_EXECUTE.',
    StackName: 'Name of the CloudFormation stack to create, update or delete.',
    ChangeSetName: 'Name of the change set; required for CHANGE_SET_REPLACE and CHANGE_SET_EXECUTE.',
    RoleArn:
      'ARN of the IAM role CloudFormation assumes to act on the stack; required for CREATE_UPDATE, REPLACE_ON_FAILURE, DELETE_ONLY and CHANGE_SET_REPLACE.',
    TemplatePath:
      'Template file as "ArtifactName::path/template.yaml", where ArtifactName is one of the action\'s input artifacts.',
    Capabilities:
      'Comma-separated capabilities with no spaces (CAPABILITY_IAM, CAPABILITY_NAMED_IAM, CAPABILITY_AUTO_EXPAND); needed when the template creates IAM resources or uses macros.',
    OutputFileName:
      'Name of a JSON file that receives the stack outputs; setting it makes the action produce an output artifact.',
    ParameterOverrides:
      'JSON object of template parameter values that override the template configuration (at most 1 KB).',
    TemplateConfiguration:
      'Template configuration file (parameters, tags, stack policy) as "ArtifactName::path/config.json".',
  },
  'Deploy/AWS/CloudFormationStackSet': {
    ...stackSetCommon,
    TemplatePath: 'Template file as "ArtifactName::path/template.yaml" in one of the action\'s input artifacts.',
    Description: 'Description of the StackSet.',
    Parameters: 'StackSet parameters, as a list of ParameterKey=...,ParameterValue=... or "ArtifactName::file.json".',
    Capabilities: 'Comma-separated capabilities (CAPABILITY_IAM, CAPABILITY_NAMED_IAM, CAPABILITY_AUTO_EXPAND).',
    PermissionModel: 'SELF_MANAGED (default; you create the IAM roles) or SERVICE_MANAGED (AWS Organizations).',
    AdministrationRoleArn: 'ARN of the administration role (self-managed permissions only).',
    ExecutionRoleName: 'Name of the execution role in the target accounts (self-managed permissions only).',
    OrganizationsAutoDeployment:
      'Service-managed only: Enabled, Disabled or EnabledWithStackRetention, to deploy automatically to accounts added to the target OUs.',
  },
  'Deploy/AWS/CloudFormationStackInstances': {
    ...stackSetCommon,
    ParameterOverrides: 'Parameter values for the stack instances, as a list or "ArtifactName::file.json".',
  },
  'Deploy/AWS/CodeDeploy': {
    ApplicationName: 'Name of the CodeDeploy application.',
    DeploymentGroupName: 'Name of the CodeDeploy deployment group to deploy to.',
  },
  'Deploy/AWS/CodeDeployToECS': {
    ApplicationName: 'Name of the CodeDeploy application for the ECS service.',
    DeploymentGroupName: 'Name of the blue/green deployment group.',
    TaskDefinitionTemplateArtifact: 'Input artifact that holds the task definition file.',
    AppSpecTemplateArtifact: 'Input artifact that holds the AppSpec file.',
    AppSpecTemplatePath: 'Path of the AppSpec file in its artifact (default appspec.yaml).',
    TaskDefinitionTemplatePath: 'Path of the task definition file in its artifact (default taskdef.json).',
    Image1ArtifactName: 'Input artifact with the image details (imageDetail.json) for the first container image.',
    Image1ContainerName: 'Placeholder name in the task definition that the first image URI replaces.',
    Image2ArtifactName: 'Input artifact with the image details for the second container image.',
    Image2ContainerName: 'Placeholder name in the task definition for the second image.',
    Image3ArtifactName: 'Input artifact with the image details for the third container image.',
    Image3ContainerName: 'Placeholder name in the task definition for the third image.',
    Image4ArtifactName: 'Input artifact with the image details for the fourth container image.',
    Image4ContainerName: 'Placeholder name in the task definition for the fourth image.',
  },
  'Deploy/AWS/ECS': {
    ClusterName: 'Name of the ECS cluster.',
    ServiceName: 'Name of the ECS service to update.',
    FileName: 'Image definitions file in the input artifact (default imagedefinitions.json, at most 100 KB).',
    DeploymentTimeout: 'Minutes to wait for the deployment to finish (1-60, default 60).',
  },
  'Deploy/AWS/ElasticBeanstalk': {
    ApplicationName: 'Name of the Elastic Beanstalk application.',
    EnvironmentName: 'Name of the Elastic Beanstalk environment to deploy to.',
  },
  'Deploy/AWS/AppConfig': {
    Application: 'ID of the AppConfig application.',
    Environment: 'ID of the AppConfig environment.',
    ConfigurationProfile: 'ID of the AppConfig configuration profile.',
    InputArtifactConfigurationPath: 'Path of the configuration file in the input artifact.',
    DeploymentStrategy: 'ID of the AppConfig deployment strategy (default: all at once).',
  },
  'Deploy/AWS/OpsWorks': {
    App: 'ID of the OpsWorks app to deploy.',
    Stack: 'ID of the OpsWorks stack.',
    Layer: 'ID of the OpsWorks layer to deploy to (optional).',
  },
  'Deploy/AWS/ServiceCatalog': {
    TemplateFilePath: 'Path of the product template in the input artifact.',
    ProductVersionName: 'Name of the new product version.',
    ProductType: 'Type of the product, e.g. CLOUD_FORMATION_TEMPLATE.',
    ProductId: 'ID of the Service Catalog product.',
    ProductVersionDescription: 'Description of the new product version.',
  },
  'Deploy/ThirdParty/AlexaSkillsKit': {
    ClientId: 'Client ID of the Login with Amazon security profile.',
    ClientSecret: 'Client secret of the Login with Amazon security profile (keep it in a secret, not in plain text).',
    RefreshToken: 'Refresh token generated with the ASK CLI.',
    SkillId: 'ID of the Alexa skill to deploy.',
  },
  'Deploy/AWS/EC2': {
    InstanceTagKey: 'Tag key that selects the target instances.',
    InstanceTagValue: 'Tag value that selects the target instances (optional).',
    InstanceType: 'EC2 for EC2 instances, or SSM_MANAGED_NODE for Systems Manager managed nodes.',
    TargetDirectory: 'Directory on the instances to deploy to; required when a script is specified.',
    DeploySpec: 'Path of a deploy spec file in the input artifact, instead of individual script settings.',
    PreScript: 'Script in the artifact to run before the deployment.',
    PostScript: 'Script in the artifact to run after the deployment.',
    MaxBatch: 'Maximum number (or percentage, e.g. "50%") of instances deployed at once.',
    MaxError: 'Maximum number (or percentage) of instances that may fail before the deployment stops.',
    TargetGroupNameList: 'Comma-separated load balancer target groups that instances leave during their deployment.',
  },
  'Deploy/AWS/EKS': {
    ClusterName: 'Name of the Amazon EKS cluster.',
    HelmReleaseName: 'Helm release name (Helm deployments).',
    HelmChartLocation: 'Path of the Helm chart in the input artifact (Helm deployments).',
    HelmValuesFiles: 'Comma-separated Helm values files in the input artifact.',
    ManifestFiles: 'Comma-separated Kubernetes manifest files in the input artifact (kubectl deployments).',
    Namespace: 'Kubernetes namespace to deploy into.',
    Subnets: `${SUBNETS} Needed for private clusters.`,
    SecurityGroupIds: `${SECURITY_GROUPS} Needed for private clusters.`,
  },
  'Deploy/AWS/Lambda': {
    FunctionName: 'Name of the Lambda function to deploy.',
    FunctionAlias: 'Alias that is shifted to the new version.',
    PublishedTargetVersion: 'Existing function version to deploy; required when the action has no input artifact.',
    DeployStrategy:
      'Traffic shifting: AllAtOnce (default), Canary<P>Percent<M>Minutes or Linear<P>PercentEvery<M>Minute(s); needs FunctionAlias.',
    Alarms: 'Comma-separated CloudWatch alarm names (at most 10) that roll the deployment back.',
  },
  'Invoke/AWS/Lambda': {
    FunctionName: 'Name of the Lambda function to invoke.',
    UserParameters: 'String passed to the function in the job data (often JSON); may contain #{...} references.',
  },
  'Invoke/AWS/StepFunctions': {
    StateMachineArn: 'ARN of the state machine to start.',
    ExecutionNamePrefix: 'Prefix of the execution name (the pipeline execution ID is appended).',
    InputType: 'Literal (default): Input is the JSON itself; FilePath: Input is a file path in the input artifact.',
    Input: 'The execution input: a JSON string (Literal) or a file path in the input artifact (FilePath).',
  },
  'Invoke/AWS/InspectorScan': {
    InspectorRunMode: 'SourceCodeScan scans the input artifact; ECRImageScan scans an image in Amazon ECR.',
    ECRRepositoryName: 'Repository of the image to scan (ECRImageScan mode).',
    ImageTag: 'Tag of the image to scan (ECRImageScan mode).',
    CriticalThreshold: 'Number of critical findings above which the action fails.',
    HighThreshold: 'Number of high findings above which the action fails.',
    MediumThreshold: 'Number of medium findings above which the action fails.',
    LowThreshold: 'Number of low findings above which the action fails.',
  },
  'Invoke/AWS/CodePipeline': {
    PipelineName: 'Name of the pipeline to start.',
    SourceRevisions: 'JSON array of source revision overrides for the started pipeline.',
    Variables: 'JSON array of {"name","value"} pipeline-level variables passed to the started pipeline.',
  },
  'Approval/AWS/Manual': {
    NotificationArn: 'ARN of the SNS topic notified when approval is needed.',
    CustomData: 'Message shown to the approver (up to 512 characters); may contain #{...} references.',
    ExternalEntityLink: 'URL the approver should review, e.g. a staging site or a change set.',
  },
  'Compute/AWS/Commands': {
    EnvironmentType: 'LINUX_CONTAINER (default) or WINDOWS_SERVER_2022_CONTAINER (not with BUILD_GENERAL1_SMALL).',
    ComputeType: 'BUILD_GENERAL1_SMALL (default), BUILD_GENERAL1_MEDIUM or BUILD_GENERAL1_LARGE.',
    VpcId: 'ID of the VPC to run the commands in.',
    Subnets: SUBNETS,
    SecurityGroupIds: SECURITY_GROUPS,
  },
};

/** A short human description of a provider's configuration key, or undefined when unknown. */
export function configKeyDescription(typeId: ActionTypeId, key: string): string | undefined {
  const category = literal(typeId.category);
  const owner = literal(typeId.owner);
  const provider = literal(typeId.provider);
  if (!category || !owner || !provider) return undefined;
  const descriptions = configDescriptions[`${category}/${owner}/${provider}`];
  return descriptions && Object.hasOwn(descriptions, key) ? descriptions[key] : undefined;
}
