import {
  configValueChoices,
  knownConfigKeys,
  literal,
  lookupProvider,
  placeableProviders,
  type Action,
  type ActionTypeId,
  type ProviderSpec,
} from '@pipewright/model';
import { useId } from 'react';
import { useAction, useDispatch } from '../../store/index.js';
import { FieldDiagnostics } from '../common/FieldDiagnostics.js';
import { KeyValueEditor } from '../common/KeyValueEditor.js';
import { NumberField, TextField } from '../common/fields.js';
import { shortDoc } from '../common/apiDocs.js';
import { describeConfigKey } from '../common/configKeys.js';
import { ArtifactsEditor } from './ArtifactsEditor.js';
import { ConditionalBranches } from './ConditionalBranches.js';

type Set = (path: string, value: unknown) => void;

function typeKey(t: { category: unknown; owner: unknown; provider: unknown; version: unknown }): string {
  return [t.category, t.owner, t.provider, t.version].map((v) => (typeof v === 'string' ? v : '?')).join('/');
}

function typeLabel(spec: Pick<ProviderSpec, 'category' | 'owner' | 'provider' | 'version'>): string {
  return `${spec.category}: ${spec.provider} (${spec.owner}, v${spec.version})`;
}

const PROVIDERS = placeableProviders();

/** The selected action: identity, placement, role, namespace, configuration and artifacts. */
export function ActionForm({ stage, index }: { stage: number; index: number }) {
  const action = useAction(stage, index);
  const dispatch = useDispatch();
  if (!action) return <p>This action no longer exists.</p>;
  const base = `/stages/${stage}/actions/${index}`;
  const set: Set = (path, value) => dispatch({ kind: 'setField', path, value });
  const namespace = literal(action.namespace);
  return (
    <form
      className="pw-form"
      aria-label={`Action ${literal(action.name) ?? index + 1} settings`}
      onSubmit={(e) => e.preventDefault()}
    >
      <h3>Action</h3>
      <FieldDiagnostics pointer={base} exact />
      <ConditionalBranches item={action} />
      <TextField
        pointer={`${base}/name`}
        label="Action name"
        value={action.name}
        onCommit={(v) => dispatch({ kind: 'renameAction', stage, action: index, name: v ?? '' })}
      />
      <ActionTypePicker base={base} typeId={action.actionTypeId} set={set} />
      <NumberField
        pointer={`${base}/runOrder`}
        label="Run order"
        value={action.runOrder}
        min={1}
        max={999}
        help="Actions with the same run order run in parallel; lower numbers run first."
        onCommit={(v) => set(`${base}/runOrder`, v)}
      />
      <TextField
        pointer={`${base}/region`}
        label="Region"
        value={action.region}
        clearable
        placeholder="(the pipeline's region)"
        help={shortDoc('/stages/*/actions/*/region')}
        onCommit={(v) => set(`${base}/region`, v)}
      />
      <TextField
        pointer={`${base}/roleArn`}
        label="Action role ARN"
        value={action.roleArn}
        clearable
        placeholder="(the pipeline's service role)"
        help="Set for cross-account actions: the role CodePipeline assumes in the target account."
        onCommit={(v) => set(`${base}/roleArn`, v)}
      />
      <TextField
        pointer={`${base}/namespace`}
        label="Variable namespace"
        value={action.namespace}
        clearable
        help="Other actions read this action's output variables as #{namespace.Variable}."
        onCommit={(v) =>
          namespace && v ? dispatch({ kind: 'renameNamespace', from: namespace, to: v }) : set(`${base}/namespace`, v)
        }
      />
      <NumberField
        pointer={`${base}/timeoutInMinutes`}
        label="Timeout (minutes)"
        value={action.timeoutInMinutes}
        min={5}
        max={86400}
        onCommit={(v) => set(`${base}/timeoutInMinutes`, v)}
      />
      <ConfigurationEditor base={base} action={action} set={set} />
      <ArtifactsEditor stage={stage} index={index} action={action} />
    </form>
  );
}

function ActionTypePicker({ base, typeId, set }: { base: string; typeId: ActionTypeId; set: Set }) {
  const id = useId();
  const current = typeKey(typeId);
  const known = PROVIDERS.some((p) => typeKey(p) === current);
  return (
    <div className="pw-field" data-pointer={`${base}/actionTypeId`}>
      <label htmlFor={id}>Action type</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const spec = PROVIDERS.find((p) => typeKey(p) === e.target.value);
          if (spec) {
            set(`${base}/actionTypeId`, {
              category: spec.category,
              owner: spec.owner,
              provider: spec.provider,
              version: spec.version,
            });
          }
        }}
      >
        {!known && <option value={current}>{`${current} (not in the catalogue)`}</option>}
        {PROVIDERS.map((p) => (
          <option key={typeKey(p)} value={typeKey(p)}>
            {typeLabel(p)}
          </option>
        ))}
      </select>
      <FieldDiagnostics pointer={`${base}/actionTypeId`} />
    </div>
  );
}

function ConfigurationEditor({ base, action, set }: { base: string; action: Action; set: Set }) {
  const spec = lookupProvider(action.actionTypeId);
  // A key can be both required and conditional in the catalogue: list it once.
  const keys = spec ? [...new Set(knownConfigKeys(spec))] : [];
  const config = action.configuration ?? {};
  const others = Object.entries(config).filter(([k]) => !keys.includes(k));
  const configBase = `${base}/configuration`;
  const setKey = (key: string, value: string | undefined) => {
    const next: Record<string, unknown> = { ...config };
    if (value === undefined) delete next[key];
    else next[key] = value;
    set(configBase, Object.keys(next).length > 0 ? next : undefined);
  };
  return (
    <fieldset className="pw-fieldset">
      <legend>Configuration</legend>
      <FieldDiagnostics pointer={configBase} exact />
      {!spec && <p className="pw-empty">This action type is not in the catalogue: every key is free-form.</p>}
      {spec &&
        keys.map((key) => {
          const required = spec.requiredConfig.includes(key);
          const condition = spec.conditionalConfig.find((c) => c.key === key)?.when;
          const description = describeConfigKey(action.actionTypeId, key);
          const help = [required ? 'Required.' : condition ? `Required when ${condition}.` : 'Optional.', description]
            .filter(Boolean)
            .join(' ');
          return (
            <TextField
              key={key}
              pointer={`${configBase}/${key}`}
              label={key}
              value={config[key]}
              clearable
              help={help}
              suggestions={configValueChoices(spec.provider, key)}
              onCommit={(v) => setKey(key, v)}
            />
          );
        })}
      <KeyValueEditor base={configBase} entries={others} onChange={setKey} label="Other configuration keys" />
    </fieldset>
  );
}
