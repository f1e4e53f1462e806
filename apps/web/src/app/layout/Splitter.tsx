import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/*
 * A window splitter (the WAI-ARIA pattern): a focusable separator whose value is the size of
 * the panel it controls. Drag it, or focus it and use the arrows (Shift: bigger steps),
 * Home / End for the smallest and largest size, Enter to collapse the panel.
 */

const STEP = 16;
const BIG_STEP = 64;

export interface SplitterProps {
  /** The accessible name ("Resize palette"). */
  label: string;
  /** The id of the panel it resizes. */
  controls: string;
  /** 'vertical': a bar between side-by-side panels (resizes a width); 'horizontal': above the dock. */
  orientation: 'vertical' | 'horizontal';
  /** +1 when moving right / down grows the panel, -1 when it shrinks it. */
  grows: 1 | -1;
  size: number;
  min: number;
  max: number;
  onResize(size: number): void;
  onCollapse(): void;
}

export function Splitter({ label, controls, orientation, grows, size, min, max, onResize, onCollapse }: SplitterProps) {
  const drag = useRef<{ start: number; size: number } | null>(null);
  const along = (event: { clientX: number; clientY: number }) =>
    orientation === 'vertical' ? event.clientX : event.clientY;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault(); // no text selection while dragging
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { start: along(event), size };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const from = drag.current;
    if (from) onResize(from.size + grows * (along(event) - from.start));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const [less, more] = orientation === 'vertical' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
    let next: number | undefined;
    if (event.key === more) next = size + grows * step;
    else if (event.key === less) next = size - grows * step;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    else if (event.key === 'Enter') {
      event.preventDefault();
      onCollapse();
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation(); // not the canvas's or the app's shortcut
    onResize(next);
  };

  return (
    <div
      className={`pw-splitter pw-splitter-${orientation}`}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-controls={controls}
      // The separator's orientation is the bar's own: a vertical bar resizes widths.
      aria-orientation={orientation}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={`${size} pixels`}
      title={`${label}: drag, or arrow keys; Enter hides the panel`}
      data-testid={`splitter-${controls}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
