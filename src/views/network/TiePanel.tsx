import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { tiesOf } from '../../core/graph';
import type { Tie } from '../../core/filter-engine';
import { useDossierData } from '../../ui/dossier-context';
import { fill, loc, useLang } from '../../ui/i18n';
import type { NetworkStrings } from './strings';
import type { TiePanelState } from './tie-panel-state';
import { EventQuoteList } from '../../ui/EventQuoteList';
import { CloseButton } from '../../ui/CloseButton';

/**
 * Ties explain themselves: the events two actors share (in the current date and place window), each with its
 * date, title and first piece of evidence quoted from the source; choosing an event opens its details.
 * A non-modal panel inside the view: focus moves into it, Escape closes it (and only it) and gives focus back.
 */
export function TiePanel({ state, side, ties, onChange, onClose, t }: {
  state: TiePanelState;
  side: 'left' | 'right';
  ties: readonly Tie[];
  onChange(next: TiePanelState): void;
  onClose(): void;
  t: NetworkStrings;
}) {
  const { actorsById, engine } = useDossierData();
  const lang = useLang();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const name = (id: string) => {
    const actor = actorsById.get(id);
    return actor ? loc(actor.name, lang) : id;
  };
  const key = state.kind === 'tie' ? `${state.a}|${state.b}` : state.actor;

  useEffect(() => {
    headingRef.current?.focus();
  }, [key]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // Ours, not the app's: the global Escape would clear every filter.
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };
  const shared = (n: number) => fill(n === 1 ? t.oneShared : t.nShared, { n });

  let title: string;
  let body: ReactNode;
  if (state.kind === 'list') {
    const list = tiesOf(state.actor, ties);
    title = fill(t.tiesOf, { name: name(state.actor) });
    body = list.length === 0 ? <p className="net-panel__empty">{t.noTies}</p> : (
      <ul className="net-panel__list">
        {list.map((tie) => (
          <li key={tie.other}>
            <button type="button" className="event-quote__item" onClick={() => onChange({ kind: 'tie', a: state.actor, b: tie.other, from: state.actor })}>
              <span className="net-panel__name">{name(tie.other)}</span>
              <span className="net-panel__meta">{shared(tie.weight)}</span>
            </button>
          </li>
        ))}
      </ul>
    );
  } else {
    const events = engine.tieEventIndexes(state.a, state.b);
    title = fill(t.tieTitle, { a: name(state.a), b: name(state.b) });
    body = (
      <>
        <p className="net-panel__meta">{events.length ? shared(events.length) : t.noTieEvents}</p>
        <EventQuoteList
          key={key}
          className="net-panel__list net-panel__events"
          items={events}
          hook="data-tie-event"
          scrollRef={panelRef}
        />
      </>
    );
  }

  return (
    <section ref={panelRef} className={`net-panel net-panel--${side}`} role="dialog" aria-modal="false" aria-labelledby="net-panel-title" data-testid="tie-panel" onKeyDown={onKeyDown}>
      <header className="net-panel__head">
        {state.kind === 'tie' && state.from && (
          <button type="button" className="button button--quiet net-panel__back" onClick={() => onChange({ kind: 'list', actor: state.from! })} aria-label={fill(t.back, { name: name(state.from) })} title={fill(t.back, { name: name(state.from) })}>
            ←
          </button>
        )}
        <h3 id="net-panel-title" ref={headingRef} tabIndex={-1}>{title}</h3>
        <CloseButton className="net-panel__close" label={t.close} onClose={onClose} />
      </header>
      {body}
    </section>
  );
}
