import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { formatEventDate, formatNumber } from '../../core/format';
import type { Actor, DossierEvent } from '../../data/schema';
import { fill, loc, useLang } from '../../ui/i18n';
import type { NetworkStrings } from './strings';

export const TOOLTIP_ID = 'net-tooltip';
const WIDTH = 250;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Stage = { width: number; height: number };

/**
 * Where a card of this size goes: beside the box it must not hide (the node and its neighbours), on the
 * first side with room — right, left, below, above; failing that, the stage corner farthest from the node.
 */
export function placeCard(avoid: Box, anchor: { x: number; y: number }, card: { width: number; height: number }, stage: Stage): { left: number; top: number } {
  const gap = 10;
  const clampX = (x: number) => Math.max(4, Math.min(stage.width - card.width - 4, x));
  const clampY = (y: number) => Math.max(4, Math.min(stage.height - card.height - 4, y));
  const options = [
    { left: avoid.x1 + gap, top: clampY(anchor.y - card.height / 2) },
    { left: avoid.x0 - gap - card.width, top: clampY(anchor.y - card.height / 2) },
    { left: clampX(anchor.x - card.width / 2), top: avoid.y1 + gap },
    { left: clampX(anchor.x - card.width / 2), top: avoid.y0 - gap - card.height },
  ];
  const fits = (o: { left: number; top: number }) =>
    o.left >= 4 && o.top >= 4 && o.left + card.width <= stage.width - 4 && o.top + card.height <= stage.height - 4;
  const found = options.find(fits);
  if (found) return found;
  return {
    left: anchor.x < stage.width / 2 ? Math.max(4, stage.width - card.width - 4) : 4,
    top: anchor.y < stage.height / 2 ? Math.max(4, stage.height - card.height - 4) : 4,
  };
}

/** A card measured after its first render, then placed with `placeCard`; invisible until placed. */
function Card({ avoid, anchor, stage, className, id, contentKey, children }: {
  avoid: Box;
  anchor: { x: number; y: number };
  stage: Stage;
  className: string;
  id?: string;
  /** Changes when the content does, so the card is measured again. */
  contentKey: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const width = Math.min(WIDTH, stage.width - 8);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const next = { width: el.offsetWidth, height: el.offsetHeight };
    setSize((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
  }, [contentKey, width]);
  const style: CSSProperties = size ? { width, ...placeCard(avoid, anchor, size, stage) } : { width, left: 0, top: 0, visibility: 'hidden' };
  return (
    <div ref={ref} className={className} id={id} role="tooltip" style={style}>
      {children}
    </div>
  );
}

/**
 * The node's card on hover or keyboard focus: who (name, type, role), how much (events in the selection)
 * and the latest of those events. The focused node points at it with aria-describedby.
 */
export function NodeTooltip({ actor, count, latest, x, y, avoid, stage, keyboard, t }: {
  actor: Actor;
  count: number;
  /** Its latest events, newest first, and how many it has in the selection. */
  latest: { items: readonly DossierEvent[]; total: number };
  x: number;
  y: number;
  avoid: Box;
  stage: Stage;
  keyboard: boolean;
  t: NetworkStrings;
}) {
  const lang = useLang();
  const role = loc(actor.role, lang);
  const countText = count === 0 ? t.noEvents : count === 1 ? t.oneEvent : fill(t.nEvents, { n: formatNumber(count, lang) });
  return (
    <Card className="net-tooltip" id={TOOLTIP_ID} avoid={avoid} anchor={{ x, y }} stage={stage} contentKey={`${actor.id}|${count}|${keyboard}|${lang}|${latest.total}`}>
      <p className="net-tooltip__name">{loc(actor.name, lang)}</p>
      <p className="net-tooltip__role">
        <span className={`net-tooltip__type net-type--${actor.type}`}>{t[actor.type]}</span>{role && ` · ${role}`}
      </p>
      <p className="net-tooltip__count">{countText}</p>
      {latest.items.length > 0 && (
        <ul className="net-tooltip__events" aria-label={t.latest}>
          {latest.items.map((e) => (
            <li key={e.id}>
              <span className="net-tooltip__date">{formatEventDate(e, lang)}</span> {loc(e.title, lang)}
            </li>
          ))}
          {latest.total > latest.items.length && <li className="net-tooltip__more">{fill(t.more, { n: latest.total - latest.items.length })}</li>}
        </ul>
      )}
      {keyboard && <p className="net-tooltip__hint">{t.pressT}</p>}
    </Card>
  );
}

/** The tie's card on hover: who, how many shared events, and that a click lists them. */
export function TieTooltip({ a, b, weight, x, y, ends, stage, t }: {
  a: string;
  b: string;
  weight: number;
  x: number;
  y: number;
  /** The tie's two ends on screen: the card keeps clear of the whole line. */
  ends: [{ x: number; y: number }, { x: number; y: number }];
  stage: Stage;
  t: NetworkStrings;
}) {
  return (
    <Card className="net-tooltip net-tooltip--tie" avoid={{ x0: Math.min(ends[0].x, ends[1].x) - 12, y0: Math.min(ends[0].y, ends[1].y) - 12, x1: Math.max(ends[0].x, ends[1].x) + 12, y1: Math.max(ends[0].y, ends[1].y) + 24 }} anchor={{ x, y }} stage={stage} contentKey={`${a}|${b}|${weight}`}>
      <p className="net-tooltip__name">{fill(t.tieTitle, { a, b })}</p>
      <p className="net-tooltip__count">{fill(weight === 1 ? t.oneShared : t.nShared, { n: weight })}</p>
      <p className="net-tooltip__hint">{t.clickTie}</p>
    </Card>
  );
}
