import { RETRY_MODES, literal, type Condition, type ConditionKind, type Stage } from '@pipewright/model';
import { useDispatch, useStage } from '../../store/index.js';
import { FieldDiagnostics } from '../common/FieldDiagnostics.js';
import { SelectField, TextField } from '../common/fields.js';
import { shortDoc } from '../common/apiDocs.js';
import { conditionResultOptions, stageFailureResultOptions } from './conditionResults.js';
import { RuleEditor } from './RuleEditor.js';
import { ConditionalBranches } from './ConditionalBranches.js';

type Set = (path: string, value: unknown) => void;

const CONDITION_KINDS = [
  { key: 'beforeEntry', title: 'Before entry conditions' },
  { key: 'onSuccess', title: 'On success conditions' },
  { key: 'onFailure', title: 'On failure conditions' },
] as const;

/** The selected stage: name, failure handling and entry/success/failure conditions. */
export function StageForm({ index }: { index: number }) {
  const stage = useStage(index);
  const dispatch = useDispatch();
  if (!stage) return <p>This stage no longer exists.</p>;
  const base = `/stages/${index}`;
  const set: Set = (path, value) => dispatch({ kind: 'setField', path, value });
  const result = literal(stage.onFailure?.result);
  return (
    <form
      className="pw-form"
      aria-label={`Stage ${literal(stage.name) ?? index + 1} settings`}
      onSubmit={(e) => e.preventDefault()}
    >
      <h3>Stage</h3>
      <FieldDiagnostics pointer={base} exact />
      <ConditionalBranches item={stage} />
      <TextField
        pointer={`${base}/name`}
        label="Stage name"
        value={stage.name}
        onCommit={(v) => dispatch({ kind: 'renameStage', stage: index, name: v ?? '' })}
      />
      <FieldDiagnostics pointer={`${base}/actions`} exact />
      <SelectField
        pointer={`${base}/onFailure/result`}
        label="On failure"
        value={stage.onFailure?.result}
        options={stageFailureResultOptions()}
        unsetLabel="(not set: the stage fails)"
        help={shortDoc('/stages/*/onFailure/result')}
        onCommit={(v) => setOnFailure(stage, set, base, { result: v })}
      />
      {result === 'RETRY' && (
        <SelectField
          pointer={`${base}/onFailure/retryConfiguration/retryMode`}
          label="Retry mode"
          value={stage.onFailure?.retryConfiguration?.retryMode}
          options={RETRY_MODES}
          unsetLabel="(not set)"
          onCommit={(v) => set(`${base}/onFailure/retryConfiguration`, v ? { retryMode: v } : undefined)}
        />
      )}
      {CONDITION_KINDS.map(({ key, title }) => (
        <ConditionsEditor
          key={key}
          kind={key}
          title={title}
          base={`${base}/${key}`}
          conditions={stage[key]?.conditions ?? []}
          onChange={(conditions) => {
            if (key === 'onFailure') return setOnFailure(stage, set, base, { conditions });
            set(`${base}/${key}`, conditions.length > 0 ? { ...stage[key], conditions } : undefined);
          }}
          set={set}
        />
      ))}
    </form>
  );
}

/** onFailure holds a result, retry settings and conditions together: drop it when all are gone. */
function setOnFailure(
  stage: Stage,
  set: Set,
  base: string,
  patch: { result?: string | undefined; conditions?: Condition[] },
) {
  const next: Record<string, unknown> = { ...stage.onFailure, ...patch };
  if (next.result === undefined) {
    delete next.result;
    delete next.retryConfiguration;
  }
  if (Array.isArray(next.conditions) && next.conditions.length === 0) delete next.conditions;
  set(`${base}/onFailure`, Object.keys(next).length > 0 ? next : undefined);
}

function ConditionsEditor({
  kind,
  title,
  base,
  conditions,
  onChange,
  set,
}: {
  kind: ConditionKind;
  title: string;
  base: string;
  conditions: Condition[];
  onChange(conditions: Condition[]): void;
  set: Set;
}) {
  return (
    <fieldset className="pw-fieldset">
      <legend>{title}</legend>
      <FieldDiagnostics pointer={base} exact />
      {conditions.length === 0 && <p className="pw-empty">None.</p>}
      {conditions.map((condition, c) => {
        const cBase = `${base}/conditions/${c}`;
        return (
          <div key={c} className="pw-subgroup" role="group" aria-label={`${title}: condition ${c + 1}`}>
            <SelectField
              pointer={`${cBase}/result`}
              label={`Condition ${c + 1} result`}
              value={condition.result}
              options={conditionResultOptions(kind)}
              unsetLabel="(not set)"
              onCommit={(v) => set(`${cBase}/result`, v)}
            />
            {(condition.rules ?? []).map((rule, r) => (
              <RuleEditor
                key={r}
                rule={rule}
                base={`${cBase}/rules/${r}`}
                label={`Condition ${c + 1} rule ${r + 1}`}
                set={set}
                onRemove={() =>
                  set(
                    `${cBase}/rules`,
                    (condition.rules ?? []).filter((_, j) => j !== r),
                  )
                }
              />
            ))}
            <button
              type="button"
              onClick={() =>
                set(`${cBase}/rules`, [
                  ...(condition.rules ?? []),
                  {
                    name: `Rule${(condition.rules?.length ?? 0) + 1}`,
                    ruleTypeId: { category: 'Rule', owner: 'AWS', provider: 'CloudWatchAlarm', version: '1' },
                    configuration: {},
                  },
                ])
              }
            >
              Add rule to condition {c + 1}
            </button>
            <button type="button" onClick={() => onChange(conditions.filter((_, j) => j !== c))}>
              Remove condition {c + 1}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => onChange([...conditions, { result: conditionResultOptions(kind)[0], rules: [] }])}
      >
        Add condition ({title.toLowerCase()})
      </button>
    </fieldset>
  );
}
