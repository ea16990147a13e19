import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * `value`, a step behind: the latest value is taken in a transition (interruptible, superseded by a newer one)
 * that starts once the browser has painted the frame it was committed in (a frame callback, then a task).
 * React's useDeferredValue starts that render at once, before the paint: its first slices, some of them one
 * view's whole render, then hold the click's frame back. One frame and task are scheduled at a time and read
 * the latest value when they run, so a value that changes every frame (a drag) is still shown every other
 * frame. Disabled, it is `value` itself (and keeps in step, so turning it on shows no old value).
 */
export function useAfterPaint<T>(value: T, enabled: boolean): T {
  const [shown, setShown] = useState(value);
  if (!enabled && shown !== value) setShown(value);
  const latest = useRef(value);
  const scheduled = useRef<{ frame: number; timer?: ReturnType<typeof setTimeout> } | null>(null);

  useEffect(() => {
    latest.current = value;
    if (!enabled || scheduled.current) return;
    const pending: { frame: number; timer?: ReturnType<typeof setTimeout> } = {
      frame: requestAnimationFrame(() => {
        pending.timer = setTimeout(() => {
          scheduled.current = null;
          startTransition(() => setShown(latest.current));
        }, 0);
      }),
    };
    scheduled.current = pending;
  }, [value, enabled]);

  useEffect(
    () => () => {
      if (scheduled.current) {
        cancelAnimationFrame(scheduled.current.frame);
        clearTimeout(scheduled.current.timer);
        scheduled.current = null;
      }
    },
    [],
  );
  return enabled ? shown : value;
}
