import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ZoomTransform } from 'd3-zoom';
import { latestOf, tieKey } from '../../core/graph';
import type { DossierEvent } from '../../data/schema';
import { nearestInDirection, type Direction, type NavPoint } from '../../core/spatial-nav';
import { useDossierStore } from '../../store/store';
import { useDossierData } from '../../ui/dossier-context';
import { useAfterPaint } from '../../ui/use-after-paint';
import { fill, loc, useLang } from '../../ui/i18n';
import { EdgeLayer, type EdgeDatum } from './EdgeLayer';
import { LabelLayer } from './LabelLayer';
import { useFontsReady } from './label-measure';
import { Legend } from './Legend';
import { NodeTooltip, TieTooltip, type Box } from './NetworkTooltip';
import { LEGEND_HEIGHT } from './network-scales';
import { NodeLayer, type NodeDatum, type NodeHandlers } from './NodeLayer';
import type { NetworkStrings } from './strings';
import type { TiePanelState } from './tie-panel-state';
import { useGraphLabels } from './use-graph-labels';
import type { NetworkLayout } from './use-network-layout';
import type { FilteredNetwork } from './use-network-model';
import type { NodePositions } from './use-node-positions';
import { useNodeDrag } from './use-node-drag';

/** More drawn actors than this, and the names are placed in a deferred render (see below). */
const DEFER_LABELS_ABOVE = 150;

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * The network drawn: ties under nodes under names, the zoom applied to ties and nodes, names kept at screen
 * size, the legend in the strip below. Owns the pointer and keyboard state (hover, focus, roving tabindex).
 */
export function NetworkGraph({ filtered, totals, layout, positions, transform, svgRef, panel, onOpenTie, onListTies, onKeyboardUse, t }: {
  filtered: FilteredNetwork;
  /** Events per actor over the whole dataset: the paint order (busiest below), stable while filtering. */
  totals: ReadonlyMap<string, number>;
  layout: NetworkLayout;
  positions: NodePositions;
  transform: ZoomTransform;
  svgRef: (el: SVGSVGElement | null) => void;
  panel: TiePanelState | null;
  onOpenTie(a: string, b: string): void;
  onListTies(actor: string): void;
  onKeyboardUse(active: boolean): void;
  t: NetworkStrings;
}) {
  const { actorsById, eventsById, engine, dataset } = useDossierData();
  const lang = useLang();
  const selected = useDossierStore((s) => s.actors);
  const eventId = useDossierStore((s) => s.eventId);
  const selectActor = useDossierStore((s) => s.selectActor);
  const fontsReady = useFontsReady();
  const { width, height } = layout.size;
  const { scales } = layout;

  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [hoveredTie, setHoveredTie] = useState<string | null>(null);
  const [tabId, setTabId] = useState<string | null>(null);
  const [layer, setLayer] = useState<SVGGElement | null>(null);

  const { drawn, drawnSet, neighbours, counts } = filtered;
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const eventActors = useMemo(() => new Set(eventId ? (eventsById.get(eventId)?.actorIds ?? []) : []), [eventId, eventsById]);
  const tabbable = tabId !== null && drawnSet.has(tabId) ? tabId : (selected.find((id) => drawnSet.has(id)) ?? drawn.ids[0] ?? null);

  // What to bring forward: the hovered (or keyboard-focused) node and its neighbours, else the open or hovered tie.
  const hot = [hovered, focused].find((id) => id !== null && drawnSet.has(id)) ?? null;
  const tieEnds = useMemo(() => (panel?.kind === 'tie' ? [panel.a, panel.b] : hoveredTie ? hoveredTie.split('\u0000') : null), [panel, hoveredTie]);
  const openTie = panel?.kind === 'tie' ? tieKey(panel.a, panel.b) : null;
  const focusSet = useMemo<ReadonlySet<string> | null>(() => {
    if (hot) return new Set([hot, ...(neighbours.get(hot) ?? [])]);
    if (tieEnds) return new Set(tieEnds);
    return null;
  }, [hot, neighbours, tieEnds]);

  const nodes = useMemo<NodeDatum[]>(() => {
    const out: NodeDatum[] = [];
    for (const id of drawn.ids) {
      const actor = actorsById.get(id);
      const p = positions.shown.get(id);
      const f = positions.final.get(id);
      if (!actor || !p || !f) continue;
      const count = counts.get(id) ?? 0;
      out.push({
        id, name: loc(actor.name, lang), type: actor.type, r: scales.radius(count), x: p.x, y: p.y, fx: f.x, fy: f.y,
        active: count > 0, selected: selectedSet.has(id), inEvent: eventActors.has(id),
        faded: focusSet !== null && !focusSet.has(id), tabbable: id === tabbable,
      });
    }
    // A stable DOM order: re-sorting by the filtered size would make React move the nodes, and a moved
    // node loses keyboard focus.
    return out.sort((a, b) => (totals.get(b.id) ?? 0) - (totals.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  }, [drawn, actorsById, positions, counts, lang, scales, selectedSet, eventActors, focusSet, tabbable, totals]);

  // The legend keys the types drawn: a dataset without types (a CSV) shows "unknown" for its grey nodes.
  const nodeTypes = useMemo(() => new Set(drawn.ids.map((id) => actorsById.get(id)?.type ?? 'unknown')), [drawn, actorsById]);

  const edges = useMemo<EdgeDatum[]>(() => {
    const out: EdgeDatum[] = [];
    for (const tie of filtered.ties) {
      const a = positions.shown.get(tie.source);
      const b = positions.shown.get(tie.target);
      if (!a || !b) continue;
      const key = tieKey(tie.source, tie.target);
      const touchesHot = hot !== null && (tie.source === hot || tie.target === hot);
      const emphasised = touchesHot || key === openTie || (!hot && key === hoveredTie);
      out.push({
        key, source: tie.source, target: tie.target, x1: a.x, y1: a.y, x2: b.x, y2: b.y, weight: tie.weight,
        width: scales.strokeWidth(tie.weight), faded: focusSet !== null && !emphasised, emphasised,
      });
    }
    // Emphasised ties last, so they are painted over the others.
    return out.sort((x, y) => Number(x.emphasised) - Number(y.emphasised));
  }, [filtered.ties, positions, scales, hot, openTie, hoveredTie, focusSet]);

  const forced = useMemo(() => {
    const set = new Set<string>([...selected, ...eventActors]);
    if (hot) set.add(hot);
    if (tieEnds) for (const id of tieEnds) set.add(id);
    return set;
  }, [selected, eventActors, hot, tieEnds]);
  const frame = useMemo(() => ({ width, height: height - LEGEND_HEIGHT + 6 }), [width, height]);
  // In a big graph, placing the names is most of what a change costs the network: there they follow the nodes
  // a frame later (a deferred render, once the click's frame is painted). Small graphs name at once.
  const labelInput = useMemo(() => ({ nodes, ties: filtered.ties, forced, focusSet }), [nodes, filtered.ties, forced, focusSet]);
  const shownLabelInput = useAfterPaint(labelInput, nodes.length > DEFER_LABELS_ABOVE);
  const labels = useGraphLabels({ ...shownLabelInput, transform, frame, fontsReady });

  const focusNode = useCallback((id: string | null) => {
    if (!id || !layer) return;
    setTabId(id);
    layer.querySelector<SVGGElement>(`[data-actor-id="${CSS.escape(id)}"]`)?.focus();
  }, [layer]);

  // What the arrow keys need, read when a key is pressed: the handlers stay the same object while filtering,
  // so the nodes whose look did not change are not re-rendered (NodeLayer's Node is memoised on them).
  const navRef = useRef({ drawn, positions, focusNode });
  useLayoutEffect(() => {
    navRef.current = { drawn, positions, focusNode };
  });
  const handlers = useMemo<NodeHandlers>(() => ({
    onSelect: (id, additive) => selectActor(id, additive),
    onHover: setHovered,
    onFocusNode: (id, visible) => {
      setTabId(id);
      setFocused(visible ? id : null);
      onKeyboardUse(visible);
    },
    onBlurNode: (id) => {
      setFocused((f) => (f === id ? null : f));
      onKeyboardUse(false);
    },
    onKey: (e: KeyboardEvent<SVGGElement>, id: string) => {
      const dir = ARROWS[e.key];
      const { drawn, positions, focusNode } = navRef.current;
      if (dir) {
        e.preventDefault();
        const points: NavPoint[] = [];
        for (const n of drawn.ids) {
          const p = positions.final.get(n);
          if (p) points.push({ id: n, x: p.x, y: p.y });
        }
        focusNode(nearestInDirection(points, id, dir));
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        focusNode((e.key === 'Home' ? drawn.ids[0] : drawn.ids[drawn.ids.length - 1]) ?? null);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        selectActor(id, e.shiftKey);
      } else if ((e.key === 't' || e.key === 'T') && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        onListTies(id);
      }
    },
  }), [selectActor, onKeyboardUse, onListTies]);

  const nodesKey = useMemo(() => drawn.ids.join(','), [drawn]);
  useNodeDrag(layer, nodesKey, (id) => positions.final.get(id), positions.moveNode);

  const tip = hot ? nodes.find((n) => n.id === hot) : undefined;
  const tipActor = tip ? actorsById.get(tip.id) : undefined;
  const hoverTie = !hot && hoveredTie && !panel ? edges.find((e) => e.key === hoveredTie) : undefined;
  const k = transform.k;
  const toScreen = (x: number, y: number) => ({ x: transform.x + x * k, y: transform.y + y * k });
  const avoid = useMemo<Box | null>(() => {
    if (!tip) return null;
    const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    for (const n of nodes) {
      if (n.id !== tip.id && !neighbours.get(tip.id)?.has(n.id)) continue;
      const sx = transform.x + n.x * transform.k;
      const sy = transform.y + n.y * transform.k;
      const r = n.r * transform.k + 4;
      box.x0 = Math.min(box.x0, sx - r);
      box.y0 = Math.min(box.y0, sy - r);
      box.x1 = Math.max(box.x1, sx + r);
      box.y1 = Math.max(box.y1, sy + r + 14); // room for a name below
    }
    return box;
  }, [tip, nodes, neighbours, transform]);

  return (
    <>
      <svg
        ref={svgRef}
        className="net-svg"
        // Names a frame behind the nodes: an export waits for them (src/app/exports.ts).
        data-labels-pending={shownLabelInput !== labelInput ? 'true' : undefined}
        width={width}
        height={height}
        role="group"
        aria-label={fill(t.graphLabel, { actors: nodes.length, ties: edges.length })}
      >
        <g transform={transform.toString()}>
          <EdgeLayer edges={edges} width={width} height={height - LEGEND_HEIGHT} onOpen={onOpenTie} onHover={setHoveredTie} />
          <NodeLayer nodes={nodes} handlers={handlers} layerRef={setLayer} describedNode={tip && focused === tip.id ? tip.id : null} />
        </g>
        <LabelLayer labels={labels} />
        <Legend width={width} height={height} scales={scales} types={nodeTypes} t={t} />
      </svg>
      {tip && tipActor && avoid && (
        <NodeTooltip
          actor={tipActor}
          count={counts.get(tip.id) ?? 0}
          // What the node's count stands for (its events in the date and place window): read for this node only.
          latest={latestEvents(engine.actorEventIndexes(tip.id), dataset.events)}
          {...toScreen(tip.x, tip.y)}
          avoid={avoid}
          stage={layout.size}
          keyboard={focused === tip.id}
          t={t}
        />
      )}
      {hoverTie && (
        <TieTooltip
          a={loc(actorsById.get(hoverTie.source)!.name, lang)}
          b={loc(actorsById.get(hoverTie.target)!.name, lang)}
          weight={hoverTie.weight}
          {...toScreen((hoverTie.x1 + hoverTie.x2) / 2, (hoverTie.y1 + hoverTie.y2) / 2)}
          ends={[toScreen(hoverTie.x1, hoverTie.y1), toScreen(hoverTie.x2, hoverTie.y2)]}
          stage={layout.size}
          t={t}
        />
      )}
    </>
  );
}

/** The tooltip's latest three of an actor's events (indexes in date order), newest first. */
function latestEvents(indexes: Int32Array, events: readonly DossierEvent[]) {
  const { items, total } = latestOf(indexes, 3);
  return { items: items.map((i) => events[i]!), total };
}
