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
 * Expression: arms window.__pwKeyTiming, a promise of { rendered, nextFrame }: the milliseconds from
 * the next keydown of `key` to the end of the rendered frame that shows an element matching
 * `selector` (checked on every DOM change), and to the start of the frame after that one.
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
      // rendered: after the frame that shows the change has been rendered (a message posted from
      // its requestAnimationFrame runs once that frame's style, layout and paint are done, as the
      // afterFrame technique does); nextFrame: the start of the frame after it, which adds up to
      // one whole frame interval (a keystroke with no work at all reads 17-33 ms there).
      const timing = {};
      // The next frame cannot start before this one is rendered, so a message that the scheduler
      // runs later (under load) still bounds it by the next frame's start.
      const settle = () => {
        if (timing.rendered === undefined || timing.nextFrame === undefined) return;
        resolve({ rendered: Math.min(timing.rendered, timing.nextFrame), nextFrame: timing.nextFrame });
      };
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { timing.rendered = performance.now() - keyAt; settle(); };
        channel.port2.postMessage(0);
        requestAnimationFrame(() => { timing.nextFrame = performance.now() - keyAt; settle(); });
      });
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => reject(new Error('nothing matched ' + selector + ' within 10 s of the keystroke')), 10000);
  });
})()`;

/** Expression: the armed key timing (a promise of { rendered, nextFrame } in milliseconds). */
export const KEY_TIMING = 'window.__pwKeyTiming';

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
