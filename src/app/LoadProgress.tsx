import { useEffect, useState } from 'react';
import { formatNumber } from '../core/format';
import type { Lang } from '../core/url-state';
import type { Progress } from '../data/load';
import { fill, useLang, useStrings } from '../ui/i18n';
import { DATA_STRINGS } from './data-strings';

/** Shown only for loads that take more than this: a quick load should not flash a bar. */
const SHOW_AFTER_MS = 500;

export function formatBytes(n: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${formatNumber(Math.round(v * 10) / 10, lang)} ${lang === 'fr' ? units[i]!.replace('B', 'o') : units[i]}`;
}

/** Bytes read, then events checked, with a Cancel button; appears after half a second. */
export function LoadProgress({ label, progress, onCancel }: { label: string; progress: Progress | null; onCancel(): void }) {
  const t = useStrings(DATA_STRINGS);
  const lang = useLang();
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!visible) return null;
  const p = progress ?? { phase: 'read', done: 0, total: null };
  const bytes = p.phase === 'read';
  const num = (n: number) => (bytes ? formatBytes(n, lang) : formatNumber(n, lang));
  const text = progress === null ? fill(t.waiting, { label })
    : p.phase === 'read'
    ? fill(p.total ? t.reading : t.readingUnknown, { label, done: num(p.done), total: num(p.total ?? 0) })
    : p.phase === 'validate' ? fill(t.validating, { label, done: num(p.done), total: num(p.total ?? 0) })
      : fill(p.phase === 'parse' ? t.parsing : t.indexing, { label });
  const fraction = p.total ? p.done / p.total : undefined;
  return (
    <div className="load-progress" data-testid="load-progress" data-phase={p.phase}>
      <p className="load-progress__text">{text}</p>
      <progress className="load-progress__bar" max={1} value={fraction} aria-label={text} />
      <button type="button" className="button" data-testid="load-cancel" onClick={onCancel}>{t.cancel}</button>
    </div>
  );
}
