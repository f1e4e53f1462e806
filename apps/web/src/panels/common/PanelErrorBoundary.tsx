import { Component, useState, type ErrorInfo, type ReactNode } from 'react';

/*
 * Catches an error thrown while rendering one panel and shows it in that panel
 * only. The document lives in the store, outside the panel, so it stays intact
 * and undoable; "Try again" re-mounts the panel.
 */

interface Props {
  /** The panel's name, used in the message ("The inspector failed"). */
  name: string;
  /** Short id for `?crash=<id>`, which makes this panel throw on purpose (journeys test the boundary with it). */
  id?: string;
  children: ReactNode;
}

/** Throws while rendering when the page was opened with `?crash=<id>`: the test hook of the boundary. */
function CrashOnRequest({ id }: { id: string }) {
  // Read once per mount: the panels re-render on every keystroke, the address does not change.
  const [requested] = useState(() => new URLSearchParams(window.location.search).getAll('crash').includes(id));
  if (requested) {
    throw new Error(`deliberate crash of the ${id} panel (?crash=${id})`);
  }
  return null;
}

interface State {
  error: Error | null;
}

export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever debugs it; the user sees the message in the panel.
    console.warn(`[${this.props.name}]`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) {
      return (
        <>
          {this.props.id && <CrashOnRequest id={this.props.id} />}
          {this.props.children}
        </>
      );
    }
    return (
      <div role="alert" className="pw-panel-error">
        <p>
          <strong>The {this.props.name} failed:</strong> {error.message}
        </p>
        <p>Your pipeline is intact; the rest of the editor and undo still work.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try the {this.props.name} again
        </button>
      </div>
    );
  }
}
