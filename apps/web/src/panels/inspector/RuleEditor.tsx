import {
  RULE_PROVIDERS,
  escapePointerSegment,
  lookupRuleProvider,
  type RuleConfigKey,
  type RuleDeclaration,
} from '@pipewright/model';
import { FieldDiagnostics } from '../common/FieldDiagnostics.js';
import { KeyValueEditor } from '../common/KeyValueEditor.js';
import { SelectField, TextField } from '../common/fields.js';

/*
 * One stage-condition rule in the stage form: its name and type, then a field per configuration
 * key the rule catalogue lists for that type (a dropdown where the docs enumerate the values,
 * "Required." or "Optional." and the key's description as help), the Commands rule's shell
 * commands, and any other keys as free pairs. Problems (rule-config-*) show under each field.
 */

type Set = (path: string, value: unknown) => void;

/** The help line of a key: whether it is required, what it means, and its values when they are a list. */
export function ruleKeyHelp(key: RuleConfigKey): string {
  const values = key.values && key.list ? ` Values, comma-separated: ${key.values.join(', ')}.` : '';
  return `${key.required ? 'Required.' : 'Optional.'} ${key.description}${values}`;
}

export function RuleEditor({
  rule,
  base,
  label,
  set,
  onRemove,
}: {
  rule: RuleDeclaration;
  /** Pointer of the rule declaration. */
  base: string;
  /** "Rule 2", for field labels and the group's name. */
  label: string;
  set: Set;
  onRemove(): void;
}) {
  const spec = lookupRuleProvider(rule.ruleTypeId);
  const config = rule.configuration ?? {};
  const known = spec?.keys ?? [];
  const others = Object.entries(config).filter(([k]) => !known.some((key) => key.key === k));
  const configBase = `${base}/configuration`;
  const setKey = (key: string, value: string | undefined) => {
    const next: Record<string, unknown> = { ...config };
    if (value === undefined) delete next[key];
    else next[key] = value;
    set(configBase, next);
  };
  return (
    <div className="pw-subgroup" role="group" aria-label={label}>
      <TextField
        pointer={`${base}/name`}
        label={`${label} name`}
        value={rule.name}
        onCommit={(v) => set(`${base}/name`, v ?? '')}
      />
      <SelectField
        pointer={`${base}/ruleTypeId/provider`}
        label={`${label} provider`}
        value={rule.ruleTypeId.provider}
        options={RULE_PROVIDERS}
        help={spec?.description}
        onCommit={(v) => set(`${base}/ruleTypeId/provider`, v ?? '')}
      />
      <FieldDiagnostics pointer={configBase} exact />
      {known.map((key) => {
        const pointer = `${configBase}/${escapePointerSegment(key.key)}`;
        return key.values && !key.list ? (
          <SelectField
            key={key.key}
            pointer={pointer}
            label={`${label} ${key.key}`}
            value={config[key.key]}
            options={key.values}
            unsetLabel="(not set)"
            help={ruleKeyHelp(key)}
            onCommit={(v) => setKey(key.key, v)}
          />
        ) : (
          <TextField
            key={key.key}
            pointer={pointer}
            label={`${label} ${key.key}`}
            value={config[key.key]}
            clearable
            help={ruleKeyHelp(key)}
            onCommit={(v) => setKey(key.key, v)}
          />
        );
      })}
      {spec?.provider === 'Commands' && (
        <TextField
          pointer={`${base}/commands`}
          label={`${label} commands`}
          value={(rule.commands ?? []).join('\n')}
          multiline
          help="One shell command per line (1-50, single-line commands only)."
          onCommit={(v) => {
            const lines = (v ?? '')
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean);
            set(`${base}/commands`, lines.length > 0 ? lines : undefined);
          }}
        />
      )}
      <KeyValueEditor
        base={configBase}
        entries={others}
        onChange={setKey}
        label={spec ? `${label} other configuration keys` : `${label} configuration`}
      />
      <button type="button" onClick={onRemove}>
        Remove {label.toLowerCase()}
      </button>
    </div>
  );
}
