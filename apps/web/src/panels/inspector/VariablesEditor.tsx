import type { PipelineVariable } from '@pipewright/model';
import { FieldDiagnostics } from '../common/FieldDiagnostics.js';
import { TextField } from '../common/fields.js';
import { shortDoc } from '../common/apiDocs.js';

type Set = (path: string, value: unknown) => void;

/** Pipeline-level variables (V2): name, default value, description; add and remove. */
export function VariablesEditor({ variables, set }: { variables: PipelineVariable[] | undefined; set: Set }) {
  const list = variables ?? [];
  return (
    <fieldset className="pw-fieldset">
      <legend>Variables</legend>
      <FieldDiagnostics pointer="/variables" exact />
      {list.length === 0 && <p className="pw-empty">No pipeline variables.</p>}
      {list.map((variable, i) => (
        <div key={i} className="pw-subgroup" aria-label={`Variable ${i + 1}`} role="group">
          <TextField
            pointer={`/variables/${i}/name`}
            label={`Variable ${i + 1} name`}
            value={variable.name}
            onCommit={(v) => set(`/variables/${i}/name`, v ?? '')}
          />
          <TextField
            pointer={`/variables/${i}/defaultValue`}
            label={`Variable ${i + 1} default value`}
            value={variable.defaultValue}
            clearable
            help={i === 0 ? shortDoc('/variables/*/defaultValue') : undefined}
            onCommit={(v) => set(`/variables/${i}/defaultValue`, v)}
          />
          <TextField
            pointer={`/variables/${i}/description`}
            label={`Variable ${i + 1} description`}
            value={variable.description}
            clearable
            onCommit={(v) => set(`/variables/${i}/description`, v)}
          />
          <button
            type="button"
            onClick={() => set('/variables', list.length === 1 ? undefined : list.filter((_, j) => j !== i))}
          >
            Remove variable {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => set('/variables', [...list, { name: `Variable${list.length + 1}` }])}>
        Add variable
      </button>
    </fieldset>
  );
}
