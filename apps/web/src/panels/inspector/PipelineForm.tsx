import {
  EXECUTION_MODES,
  PIPELINE_TYPES,
  formatPointer,
  literal,
  type ArtifactStore,
  type Pipeline,
  type PipelineEdit,
} from '@pipewright/model';
import { useDispatch, usePipeline } from '../../store/index.js';
import { FieldDiagnostics } from '../common/FieldDiagnostics.js';
import { SelectField, TextField } from '../common/fields.js';
import { shortDoc } from '../common/apiDocs.js';
import { VariablesEditor } from './VariablesEditor.js';
import { TriggersEditor } from './TriggersEditor.js';

/** The pipeline's own settings: name, type, role, artifact store(s), execution mode, variables, triggers. */
export function PipelineForm() {
  const pipeline = usePipeline();
  const dispatch = useDispatch();
  const set = (path: string, value: unknown) => dispatch({ kind: 'setField', path, value });
  return (
    <form className="pw-form" aria-label="Pipeline settings" onSubmit={(e) => e.preventDefault()}>
      <h3>Pipeline</h3>
      <TextField
        pointer="/name"
        label="Name"
        value={pipeline.name}
        help={shortDoc('/name')}
        onCommit={(v) => set('/name', v ?? '')}
      />
      <SelectField
        pointer="/pipelineType"
        label="Pipeline type"
        value={pipeline.pipelineType}
        options={PIPELINE_TYPES}
        unsetLabel="(not set: V1)"
        help="V2 adds variables, triggers, stage conditions and the PARALLEL and QUEUED execution modes."
        onCommit={(v) => set('/pipelineType', v)}
      />
      <TextField
        pointer="/roleArn"
        label="Service role ARN"
        value={pipeline.roleArn}
        placeholder="arn:aws:iam::123456789012:role/pipeline-role"
        help={shortDoc('/roleArn')}
        onCommit={(v) => set('/roleArn', v ?? '')}
      />
      <SelectField
        pointer="/executionMode"
        label="Execution mode"
        value={pipeline.executionMode}
        options={EXECUTION_MODES}
        unsetLabel="(not set: SUPERSEDED)"
        onCommit={(v) => set('/executionMode', v)}
      />
      <ArtifactStoresEditor pipeline={pipeline} set={set} />
      <VariablesEditor variables={pipeline.variables} set={set} />
      <TriggersEditor pipeline={pipeline} set={set} />
    </form>
  );
}

type Set = (path: string, value: unknown) => void;

function ArtifactStoresEditor({ pipeline, set }: { pipeline: Pipeline; set: Set }) {
  const dispatch = useDispatch();
  const batch = (edits: PipelineEdit[]) => dispatch({ kind: 'batch', edits, label: 'Change artifact store layout' });
  const perRegion = pipeline.artifactStores !== undefined;
  const regions = Object.entries(pipeline.artifactStores ?? {});
  function switchMode(toPerRegion: boolean) {
    if (toPerRegion === perRegion) return;
    if (toPerRegion) {
      const store = pipeline.artifactStore ?? { type: 'S3', location: '' };
      batch([
        { kind: 'setField', path: '/artifactStore', value: undefined },
        { kind: 'setField', path: '/artifactStores', value: { 'us-east-1': store } },
      ]);
    } else {
      const first = regions[0]?.[1] ?? { type: 'S3', location: '' };
      batch([
        { kind: 'setField', path: '/artifactStores', value: undefined },
        { kind: 'setField', path: '/artifactStore', value: first },
      ]);
    }
  }
  return (
    <fieldset className="pw-fieldset">
      <legend>Artifact store</legend>
      <FieldDiagnostics pointer="/artifactStore" exact />
      <FieldDiagnostics pointer="/artifactStores" exact />
      <div role="radiogroup" aria-label="Artifact store layout" className="pw-radio-row">
        <label>
          <input type="radio" name="artifact-store-mode" checked={!perRegion} onChange={() => switchMode(false)} /> One
          store
        </label>
        <label>
          <input type="radio" name="artifact-store-mode" checked={perRegion} onChange={() => switchMode(true)} /> One
          per region (cross-region actions)
        </label>
      </div>
      {!perRegion && <StoreFields base="/artifactStore" store={pipeline.artifactStore} set={set} label="" />}
      {perRegion &&
        regions.map(([region, store]) => (
          <div key={region} className="pw-subgroup">
            <StoreFields base={formatPointer(['artifactStores', region])} store={store} set={set} label={region} />
            <button
              type="button"
              onClick={() => set(formatPointer(['artifactStores', region]), undefined)}
              aria-label={`Remove the artifact store of ${region}`}
            >
              Remove {region}
            </button>
          </div>
        ))}
      {perRegion && <AddRegionStore existing={regions.map(([r]) => r)} set={set} />}
    </fieldset>
  );
}

function AddRegionStore({ existing, set }: { existing: string[]; set: Set }) {
  return (
    <form
      className="pw-inline-add"
      aria-label="Add a regional artifact store"
      onSubmit={(e) => {
        e.preventDefault();
        const input = e.currentTarget.elements.namedItem('region') as HTMLInputElement;
        const region = input.value.trim();
        if (region === '' || existing.includes(region)) return;
        set(formatPointer(['artifactStores', region]), { type: 'S3', location: '' });
        input.value = '';
      }}
    >
      <label>
        Region <input name="region" placeholder="eu-west-1" />
      </label>
      <button type="submit">Add region store</button>
    </form>
  );
}

function StoreFields({
  base,
  store,
  set,
  label,
}: {
  base: string;
  store: ArtifactStore | undefined;
  set: Set;
  label: string;
}) {
  const prefix = label ? `${label}: ` : '';
  const location = literal(store?.location);
  return (
    <>
      <TextField
        pointer={`${base}/location`}
        label={`${prefix}S3 bucket`}
        value={store?.location}
        help={label ? undefined : shortDoc('/artifactStore/location')}
        onCommit={(v) => set(base, { ...(store ?? { type: 'S3' }), location: v ?? '' })}
      />
      <TextField
        pointer={`${base}/encryptionKey`}
        label={`${prefix}KMS key (ARN, id or alias)`}
        value={store?.encryptionKey?.id}
        clearable
        help={location !== undefined && !store?.encryptionKey ? 'Not set: the default S3 key is used.' : undefined}
        onCommit={(v) => {
          const next: Record<string, unknown> = { ...(store ?? { type: 'S3', location: '' }) };
          if (v === undefined) delete next.encryptionKey;
          else next.encryptionKey = { id: v, type: 'KMS' };
          set(base, next);
        }}
      />
    </>
  );
}
