import { Suspense, lazy, type ComponentType } from 'react';
import type { DialogProps } from './dialog-props.js';

/*
 * A dialog whose code (and the exporters or importers it pulls in) is fetched
 * the first time it opens, keeping the initial bundle small.
 */
export function lazyDialog(load: () => Promise<ComponentType<DialogProps>>): ComponentType<DialogProps> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyDialog(props: DialogProps) {
    return (
      <Suspense
        fallback={
          <div className="pw-dialog-backdrop">
            <p className="pw-dialog" role="status" style={{ padding: 16 }}>
              Loading…
            </p>
          </div>
        }
      >
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyDialog;
}
