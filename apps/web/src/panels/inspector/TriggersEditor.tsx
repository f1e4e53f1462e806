import { PULL_REQUEST_EVENTS, literal, type Pipeline, type Trigger } from '@pipewright/model';
import { FieldDiagnostics } from '../common/FieldDiagnostics.js';
import { CommaListField } from '../common/ListField.js';
import { SelectField } from '../common/fields.js';

type Set = (path: string, value: unknown) => void;

/** Names of the pipeline's source actions: the only valid targets of a trigger. */
function sourceActionNames(pipeline: Pipeline): string[] {
  return pipeline.stages.flatMap((stage) =>
    stage.actions
      .filter((a) => literal(a.actionTypeId.category) === 'Source')
      .map((a) => literal(a.name))
      .filter((n): n is string => n !== undefined),
  );
}

/** Git triggers (V2): the source action, push filters (branches, tags, file paths) and pull-request filters. */
export function TriggersEditor({ pipeline, set }: { pipeline: Pipeline; set: Set }) {
  const triggers = pipeline.triggers ?? [];
  const sources = sourceActionNames(pipeline);
  function add() {
    const trigger: Trigger = {
      providerType: 'CodeStarSourceConnection',
      gitConfiguration: { sourceActionName: sources[0] ?? '', push: [{ branches: { includes: ['main'] } }] },
    };
    set('/triggers', [...triggers, trigger]);
  }
  return (
    <fieldset className="pw-fieldset">
      <legend>Triggers</legend>
      <FieldDiagnostics pointer="/triggers" exact />
      {triggers.length === 0 && <p className="pw-empty">No triggers: a V2 pipeline then starts on every change.</p>}
      {triggers.map((trigger, i) => {
        const base = `/triggers/${i}/gitConfiguration`;
        const [push, ...otherPush] = trigger.gitConfiguration.push ?? [];
        const [pull, ...otherPull] = trigger.gitConfiguration.pullRequest ?? [];
        // Edits the first push filter; further filters (from an import) are kept as they are.
        const setPush = (key: 'branches' | 'tags' | 'filePaths', includes: string[] | undefined) => {
          const first: Record<string, unknown> = {
            ...push,
            [key]: includes ? { ...push?.[key], includes } : undefined,
          };
          if (!includes) delete first[key];
          const next = Object.keys(first).length > 0 ? [first, ...otherPush] : otherPush;
          set(`${base}/push`, next.length > 0 ? next : undefined);
        };
        return (
          <div key={i} className="pw-subgroup" role="group" aria-label={`Trigger ${i + 1}`}>
            <SelectField
              pointer={`${base}/sourceActionName`}
              label={`Trigger ${i + 1} source action`}
              value={trigger.gitConfiguration.sourceActionName}
              options={sources}
              onCommit={(v) => set(`${base}/sourceActionName`, v ?? '')}
            />
            <CommaListField
              pointer={`${base}/push/0/branches/includes`}
              label={`Trigger ${i + 1} push: branches`}
              value={push?.branches?.includes}
              help="Comma-separated branch names or globs."
              onCommit={(v) => setPush('branches', v)}
            />
            <CommaListField
              pointer={`${base}/push/0/tags/includes`}
              label={`Trigger ${i + 1} push: tags`}
              value={push?.tags?.includes}
              onCommit={(v) => setPush('tags', v)}
            />
            <CommaListField
              pointer={`${base}/push/0/filePaths/includes`}
              label={`Trigger ${i + 1} push: file paths`}
              value={push?.filePaths?.includes}
              onCommit={(v) => setPush('filePaths', v)}
            />
            <fieldset className="pw-checkbox-row">
              <legend>Trigger {i + 1} pull-request events</legend>
              {PULL_REQUEST_EVENTS.map((event) => {
                const events = (pull?.events ?? []).filter((e) => typeof e === 'string');
                const checked = events.includes(event);
                return (
                  <label key={event}>
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={() => {
                        const next = checked ? events.filter((e) => e !== event) : [...events, event];
                        const rest = next.length > 0 ? [{ ...pull, events: next }, ...otherPull] : otherPull;
                        set(`${base}/pullRequest`, rest.length > 0 ? rest : undefined);
                      }}
                    />{' '}
                    {event}
                  </label>
                );
              })}
            </fieldset>
            <FieldDiagnostics pointer={`${base}/pullRequest`} />
            <button
              type="button"
              onClick={() => set('/triggers', triggers.length === 1 ? undefined : triggers.filter((_, j) => j !== i))}
            >
              Remove trigger {i + 1}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={add}>
        Add trigger
      </button>
    </fieldset>
  );
}
