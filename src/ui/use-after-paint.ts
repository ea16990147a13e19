import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, a step behind: each new value is taken in a transition (interruptible, dropped for a newer one) that
 * starts once the browser has painted the frame the value was first committed in (a frame callback, then a
 * task). React's useDeferredValue starts that render at once, before the paint: its first slices, some of them
 * one view's whole render, then hold the click's frame back. Disabled, it is `value` itself.
 */
export function useAfterPaint<T>(value: T, enabled: boolean): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, enabled]);
  return enabled ? shown : value;
}
