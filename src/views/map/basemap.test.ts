import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { basemapFromTopology } from './basemap';

const require = createRequire(import.meta.url);
const topology = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Parameters<typeof basemapFromTopology>[0];

/**
 * The widest step in longitude between consecutive points: a streak across the map if over 180°. Steps along
 * a pole (where Antarctica's ring is closed) lie on the map's edge and are not streaks.
 */
function widestStep(lines: number[][][]): number {
  let widest = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      if (Math.abs(a[1]!) === 90 && Math.abs(b[1]!) === 90) continue;
      widest = Math.max(widest, Math.abs(b[0]! - a[0]!));
    }
  }
  return widest;
}

describe.each(['countries-110m.json', 'countries-50m.json'])('basemap from world-atlas %s', (file) => {
  const { land, borders } = basemapFromTopology(topology(file));
  const rings = land.features.flatMap((f) => f.geometry.coordinates.flat());
  const lines = borders.features.flatMap((f) => f.geometry.coordinates);

  it('has no ring or border stepping across the antimeridian', () => {
    // world-atlas itself has such steps (Russia, Fiji, Antarctica): 359.99° wide.
    expect(widestStep(rings)).toBeLessThan(180);
    expect(widestStep(lines)).toBeLessThan(180);
  });

  it('keeps every longitude inside one world and closes Antarctica at the pole', () => {
    const lons = rings.flat().map((p) => p[0]!);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(-180);
    expect(Math.max(...lons)).toBeLessThanOrEqual(180);
    expect(Math.min(...rings.flat().map((p) => p[1]!))).toBe(-90);
  });
});
