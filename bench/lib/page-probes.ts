// Scripts that run inside the page. They are plain JavaScript strings on purpose: functions would be
// serialised after tsx's transform, which can reference helpers that do not exist in the page.
// Timestamps use the page's clock (performance.now(), zero at navigation start) and are taken when a
// frame has been presented: in the second requestAnimationFrame after the change (the first one runs
// before that frame paints).

/** Init script: window.__pwDrawnAt is set when the canvas first reports nodes on screen (body[data-drawn]). */
export const PROBE_FIRST_DRAW = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.body || !document.body.dataset.drawn) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__pwDrawnAt = performance.now(); }));
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn'] });
})();`;

/**
 * Expression: arms window.__pwKeyTiming, a promise of the milliseconds from the next keydown of `key`
 * to the presented frame that shows an element matching `selector` (checked on every DOM change).
 * Evaluate it (and wait) before pressing the key: input events can overtake a pending evaluation.
 */
export const armKeyToElement = (key: string, selector: string) => `(() => {
  const key = ${JSON.stringify(key)};
  const selector = ${JSON.stringify(selector)};
  window.__pwKeyTiming = new Promise((resolve, reject) => {
    let keyAt;
    const onKey = (event) => { if (keyAt === undefined && event.key === key) keyAt = event.timeStamp; };
    window.addEventListener('keydown', onKey, { capture: true });
    const observer = new MutationObserver(() => {
      if (keyAt === undefined || !document.querySelector(selector)) return;
      observer.disconnect();
      window.removeEventListener('keydown', onKey, { capture: true });
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - keyAt)));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => reject(new Error('nothing matched ' + selector + ' within 10 s of the keystroke')), 10000);
  });
})()`;

/** Expression: the armed key timing (a promise of milliseconds). */
export const KEY_TIMING = 'window.__pwKeyTiming';

/** Expression: starts counting animation frames in window.__pwFrames. */
export const START_FRAME_COUNTER = `(() => {
  const counter = { frames: 0, startedAt: performance.now(), running: true };
  const tick = () => { if (!counter.running) return; counter.frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  window.__pwFrames = counter;
})()`;

/** Expression: stops the counter; evaluates to { frames, ms }. */
export const STOP_FRAME_COUNTER = `(() => {
  const counter = window.__pwFrames;
  counter.running = false;
  return { frames: counter.frames, ms: performance.now() - counter.startedAt };
})()`;

/** Expression: the canvas viewport's CSS transform (to check that a pan really moved it). */
export const VIEWPORT_TRANSFORM = `(() => {
  const viewport = document.querySelector('.react-flow__viewport');
  return viewport ? getComputedStyle(viewport).transform : null;
})()`;
