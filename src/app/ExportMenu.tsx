import { useEffect, useId, useRef, useState } from 'react';
import { formatDate } from '../core/format';
import type { ViewName } from '../core/url-state';
import { useDossierStore } from '../store/store';
import { useDossierData, useFilterResult } from '../ui/dossier-context';
import { defineStrings, loc, useLang, useStrings } from '../ui/i18n';
import { exportCsv, exportJson, exportPng, exportSvg, SVG_VIEWS, type ExportInput } from './exports';
import { summaryText } from './LiveSummary';
import { StoryList } from './story/StoryList';
import { useStories } from './story/use-stories';

const STRINGS = defineStrings({
  en: {
    png: 'PNG', pngName: 'Export PNG', svgName: 'Export SVG', csvName: 'Export CSV', jsonName: 'Export JSON', pngHint: 'Download the views as a PNG image (2×), with the title, dates and legends',
    svg: 'SVG', svgHint: 'Download the network and timeline as a vector SVG',
    csv: 'CSV', csvHint: 'Download the events passing the filters as CSV',
    json: 'JSON', jsonHint: 'Download the events passing the filters as a dataset that opens in Dossier',
    menu: 'Export', menuHint: 'Export what is shown', menuStories: 'Export and stories', menuStoriesHint: 'Export what is shown, or play a story', allDates: 'All dates', group: 'Export',
  },
  fr: {
    png: 'PNG', pngName: 'Exporter en PNG', svgName: 'Exporter en SVG', csvName: 'Exporter en CSV', jsonName: 'Exporter en JSON', pngHint: 'Télécharger les vues en image PNG (2×), avec le titre, les dates et les légendes',
    svg: 'SVG', svgHint: 'Télécharger le réseau et la chronologie en SVG vectoriel',
    csv: 'CSV', csvHint: 'Télécharger en CSV les événements qui passent les filtres',
    json: 'JSON', jsonHint: 'Télécharger les événements filtrés comme un jeu de données qui s’ouvre dans Dossier',
    menu: 'Exporter', menuHint: 'Exporter ce qui est affiché', menuStories: 'Exporter et récits', menuStoriesHint: 'Exporter ce qui est affiché, ou lancer un récit', allDates: 'Toutes les dates', group: 'Exporter',
  },
});

/** Gathers what an export needs at the moment of the click (the store's current selection, not a render's). */
function useExportInput(views: readonly ViewName[]): () => ExportInput {
  const data = useDossierData();
  // Read at the click, not at render: the engine builds the list of passing events only when asked.
  const result = useFilterResult();
  const lang = useLang();
  const t = useStrings(STRINGS);
  return () => {
    const events = result.events;
    const s = useDossierStore.getState();
    const [from, to] = [formatDate(s.from ?? data.extent.from, lang), formatDate(s.to ?? data.extent.to, lang)];
    const dates = s.from === null && s.to === null ? t.allDates : from === to ? from : `${from} – ${to}`;
    const names = [
      ...s.places.map((id) => data.placesById.get(id)).flatMap((p) => (p ? [loc(p.name, lang)] : [])),
      ...s.actors.map((id) => data.actorsById.get(id)).flatMap((a) => (a ? [loc(a.name, lang)] : [])),
    ];
    const subtitle = [dates, summaryText(result.summary, lang), ...(names.length ? [names.join(', ')] : [])].join(' · ');
    return { data, events, window: { from: s.from, to: s.to }, views, lang, caption: { title: loc(data.dataset.title, lang), subtitle } };
  };
}

/** The export buttons (CONTRACT hooks export-png, export-svg, export-csv, export-json); SVG only when a vector view is shown. */
export function ExportButtons({ views, onDone }: { views: readonly ViewName[]; onDone?: () => void }) {
  const t = useStrings(STRINGS);
  const input = useExportInput(views);
  const run = (fn: (i: ExportInput) => unknown) => () => {
    void Promise.resolve(fn(input())).finally(() => onDone?.());
  };
  const hasSvg = views.some((v) => SVG_VIEWS.includes(v));
  const item = (kind: string, label: string, name: string, hint: string, fn: (i: ExportInput) => unknown) => (
    <button type="button" className="button export-group__button" data-testid={`export-${kind}`} onClick={run(fn)} title={hint} aria-label={name}>{label}</button>
  );
  return (
    <div className="export-group" role="group" aria-label={t.group}>
      <span className="export-group__icon" aria-hidden="true">⤓</span>
      {item('png', t.png, t.pngName, t.pngHint, exportPng)}
      {hasSvg && item('svg', t.svg, t.svgName, t.svgHint, exportSvg)}
      {item('csv', t.csv, t.csvName, t.csvHint, exportCsv)}
      {item('json', t.json, t.jsonName, t.jsonHint, exportJson)}
    </div>
  );
}

/**
 * In an embed: a small button in the top-right corner, level with the panels' titles (so it covers no view),
 * that opens the export buttons. Escape or a click outside closes it and focus returns to the button.
 */
export function EmbedExportMenu({ views }: { views: readonly ViewName[] }) {
  const t = useStrings(STRINGS);
  const [open, setOpen] = useState(false);
  const hasStories = useStories().stories.length > 0;
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <div className="embed-export" ref={rootRef} onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.stopPropagation(); close(); } }}>
      <button
        ref={buttonRef}
        type="button"
        className="button embed-export__toggle"
        data-testid="export-menu"
        aria-expanded={open}
        aria-controls={id}
        title={hasStories ? t.menuStoriesHint : t.menuHint}
        onClick={() => setOpen((v) => !v)}
      >
        <span aria-hidden="true">⤓</span>
        <span className="visually-hidden">{hasStories ? t.menuStories : t.menu}</span>
      </button>
      <div className="embed-export__menu" id={id} hidden={!open}>
        <ExportButtons views={views} onDone={close} />
        {hasStories && (
          <StoryList
            onPick={() => {
              setOpen(false);
              // The bar appears with the story: give it focus so ← → step at once, as the header's menu does.
              requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="story"]')?.focus());
            }}
          />
        )}
      </div>
    </div>
  );
}
