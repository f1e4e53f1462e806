import { useElementMark } from './hooks.js';

/**
 * The compare-mode badge of a stage or action: its kind as text ("added", "renamed from
 * Build"), coloured by kind. Renders nothing outside compare mode or when unchanged.
 */
export function CompareMark({ pointer }: { pointer: string }) {
  const mark = useElementMark(pointer);
  if (!mark) return null;
  return (
    <span
      className={`pw-cmp-badge pw-cmp-${mark.kind}`}
      data-testid="compare-mark"
      data-kind={mark.kind}
      title={mark.label}
    >
      {mark.label}
    </span>
  );
}
