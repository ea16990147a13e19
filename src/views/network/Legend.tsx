import type { ActorType } from '../../data/schema';
import { fill } from '../../ui/i18n';
import { measureLabel } from './label-measure';
import { LEGEND_HEIGHT, type NetworkScales } from './network-scales';
import { NodeShape } from './NodeShape';
import type { NetworkStrings } from './strings';

const TYPES: readonly ActorType[] = ['person', 'organization', 'country', 'unknown'];
const GAP = 14;
const SWATCH = 7;

/**
 * The key, in the strip the layout keeps free under the graph (so it never covers a node) and inside the SVG
 * (so the PNG export carries it): node types by colour and shape (the types drawn, so that a dataset without
 * types, such as a CSV, explains its grey "unknown" nodes); tie widths from 1 to the heaviest tie. In a narrow
 * panel "Size = events" goes first, then the whole key shrinks to the panel's width (never cut).
 */
export function Legend({ width, height, scales, types: drawn, t }: { width: number; height: number; scales: NetworkScales; types: ReadonlySet<ActorType>; t: NetworkStrings }) {
  const y0 = height - LEGEND_HEIGHT + 8;
  let x = 12;
  const types = TYPES.filter((type) => drawn.has(type)).map((type) => {
    const item = { type, x, label: t[type] };
    x += SWATCH * 2 + 5 + measureLabel(item.label) + GAP;
    return item;
  });
  const max = scales.maxWeight;
  const heavy = fill(max === 1 ? t.oneShared : t.nShared, { n: max });
  const tiesX = 12 + measureLabel(t.ties) + 8;
  const oneX = tiesX + 22;
  const heavyLineX = oneX + measureLabel('1') + 10;
  const heavyTextX = heavyLineX + 26;
  const sizeX = heavyTextX + measureLabel(heavy) + GAP + 4;
  const showSize = sizeX + measureLabel(t.size) < width - 8;
  // The widest row (text is drawn a little smaller than it is measured, so this errs on the safe side).
  const widest = Math.max(x - GAP, (max > 1 ? heavyTextX + measureLabel(heavy) : oneX + measureLabel(heavy)) + 2);
  const shrink = Math.min(1, (width - 12) / widest);
  return (
    <g className="net-legend" transform={`translate(0,${y0}) scale(${shrink.toFixed(3)})`} aria-hidden="true">
      <g transform="translate(0,8)">
        {types.map((i) => (
          <g key={i.type} transform={`translate(${i.x},0)`}>
            <g transform={`translate(${SWATCH},0)`} className={`net-node--${i.type}`}>
              <NodeShape type={i.type} r={SWATCH * 0.8} className="net-node__shape" />
            </g>
            <text x={SWATCH * 2 + 5} className="net-legend__text">{i.label}</text>
          </g>
        ))}
      </g>
      <g transform="translate(0,28)">
        <text x={12} className="net-legend__text">{t.ties}</text>
        <line className="net-edge" x1={tiesX} x2={tiesX + 16} y1={0} y2={0} strokeWidth={scales.strokeWidth(1)} />
        <text x={oneX} className="net-legend__text">{max > 1 ? '1' : heavy}</text>
        {max > 1 && (
          <>
            <line className="net-edge" x1={heavyLineX} x2={heavyLineX + 20} y1={0} y2={0} strokeWidth={scales.strokeWidth(max)} />
            <text x={heavyTextX} className="net-legend__text">{heavy}</text>
          </>
        )}
        {showSize && <text x={sizeX} className="net-legend__text net-legend__size">{t.size}</text>}
      </g>
    </g>
  );
}
