import type { KeyboardEvent, ReactNode } from 'react';

/*
 * A side panel of the workspace (palette, inspector): a bar with its title and a hide button
 * above its content, or, collapsed, a narrow rail whose button shows it again.
 */

export interface SidePanelProps {
  id: string;
  side: 'left' | 'right';
  /** Visible title ("Palette"). */
  title: string;
  /** The landmark's name, when it needs one. */
  label?: string;
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
  onKeyDown?(event: KeyboardEvent<HTMLElement>): void;
  /** The splitter on the panel's canvas side (inside the landmark, so no content is outside one). */
  splitter: ReactNode;
  children: ReactNode;
}

export function SidePanel({
  id,
  side,
  title,
  label,
  collapsed,
  onCollapsedChange,
  onKeyDown,
  splitter,
  children,
}: SidePanelProps) {
  const hideGlyph = side === 'left' ? '‹' : '›';
  const showGlyph = side === 'left' ? '›' : '‹';
  const className = `pw-side pw-side-${side}${collapsed ? ' is-collapsed' : ''}`;
  if (collapsed) {
    return (
      <aside id={id} className={className} aria-label={label}>
        <button
          type="button"
          className="pw-panel-rail"
          title={`Show the ${title.toLowerCase()}`}
          onClick={() => onCollapsedChange(false)}
        >
          <span aria-hidden="true">{showGlyph}</span>
          <span className="pw-panel-rail-text">
            <span className="pw-visually-hidden">Show </span>
            {title}
          </span>
        </button>
      </aside>
    );
  }
  return (
    <aside id={id} className={className} aria-label={label} onKeyDown={onKeyDown}>
      {side === 'right' && splitter}
      <div className="pw-side-content">
        <div className="pw-panel-bar">
          <h2 className="pw-panel-title">{title}</h2>
          <button
            type="button"
            className="pw-panel-hide"
            aria-label={`Hide ${title.toLowerCase()}`}
            aria-controls={`${id}-body`}
            title={`Hide the ${title.toLowerCase()}`}
            onClick={() => onCollapsedChange(true)}
          >
            {hideGlyph}
          </button>
        </div>
        <div className="pw-panel-body" id={`${id}-body`}>
          {children}
        </div>
      </div>
      {side === 'left' && splitter}
    </aside>
  );
}
