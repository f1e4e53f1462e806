// Scripts that run inside the page. They are plain JavaScript strings on purpose: functions would be
// serialised after tsx's transform, which can reference helpers that do not exist in the page.
// Timestamps use the page's clock (performance.now(), zero at navigation start). First draw is taken
// in the second requestAnimationFrame after the change (the first one runs before that frame paints);
// a keystroke's latency comes from its Event Timing entry in a trace (key-trace.ts).

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
 * Expression: arms window.__pwKeyProbe, a promise of { keyAt, shownAt, frameAt } (page clock, ms):
 * the timeStamp of the next keydown of `key` (what its Event Timing entry is found by), when an
 * element matching `selector` appeared (checked on every DOM change), and when the first animation
 * frame after the keydown started. shownAt <= frameAt means the change is in that frame, the one
 * whose presentation ends the key's Event Timing duration (key-trace.ts).
 * Evaluate it (and wait) before pressing the key: input events can overtake a pending evaluation.
 */
export const armKeyProbe = (key: string, selector: string) => `(() => {
  const key = ${JSON.stringify(key)};
  const selector = ${JSON.stringify(selector)};
  window.__pwKeyProbe = new Promise((resolve, reject) => {
    const probe = {};
    const settle = () => {
      if (probe.shownAt === undefined || probe.frameAt === undefined) return;
      observer.disconnect();
      resolve(probe);
    };
    const onKey = (event) => {
      if (probe.keyAt !== undefined || event.key !== key) return;
      window.removeEventListener('keydown', onKey, { capture: true });
      probe.keyAt = event.timeStamp;
      requestAnimationFrame(() => { probe.frameAt = performance.now(); settle(); });
    };
    window.addEventListener('keydown', onKey, { capture: true });
    const observer = new MutationObserver(() => {
      if (probe.keyAt === undefined || probe.shownAt !== undefined || !document.querySelector(selector)) return;
      probe.shownAt = performance.now();
      settle();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => reject(new Error('nothing matched ' + selector + ' within 10 s of the keystroke')), 10000);
  });
})()`;

/** Expression: the armed key probe (a promise of { keyAt, shownAt, frameAt } in page milliseconds). */
export const KEY_PROBE = 'window.__pwKeyProbe';

/**
 * Expression: drags the canvas from (x, y) along a circle for `ms`, one mouse move per animation
 * frame (so the pan never pauses waiting for the test driver), and counts the frames. Evaluates to
 * { frames, ms, moved } where moved says whether the viewport's transform changed.
 */
export const panInPage = (x: number, y: number, ms: number) => `new Promise((resolve) => {
  const viewport = document.querySelector('.react-flow__viewport');
  const before = viewport ? getComputedStyle(viewport).transform : '';
  const target = document.elementFromPoint(${x}, ${y});
  const mouse = (type, element, cx, cy) => element.dispatchEvent(new MouseEvent(type, {
    bubbles: true, cancelable: true, view: window, button: 0, buttons: type === 'mouseup' ? 0 : 1, clientX: cx, clientY: cy,
  }));
  mouse('mousedown', target, ${x}, ${y});
  let frames = 0;
  let moved = false;
  const startedAt = performance.now();
  const tick = (now) => {
    const elapsed = now - startedAt;
    if (elapsed >= ${ms}) {
      mouse('mouseup', window, ${x}, ${y});
      resolve({ frames, ms: performance.now() - startedAt, moved });
      return;
    }
    frames++;
    const angle = (2 * Math.PI * elapsed) / 1000;
    mouse('mousemove', window, ${x} + 120 * Math.sin(angle), ${y} + 60 * (1 - Math.cos(angle)));
    if (!moved && viewport && getComputedStyle(viewport).transform !== before) moved = true;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;
