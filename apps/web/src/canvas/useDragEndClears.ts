import { useEffect } from 'react';

/**
 * Calls `clear` when any drag on the page ends (dropped anywhere or cancelled): a palette drag
 * that leaves the canvas and ends outside it must not leave its "New step" hint behind.
 */
export function useDragEndClears(clear: () => void): void {
  useEffect(() => {
    window.addEventListener('dragend', clear);
    return () => window.removeEventListener('dragend', clear);
  }, [clear]);
}
