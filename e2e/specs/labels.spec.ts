import { expect, test } from '../fixtures/dossier';

/**
 * Names at the default view of the bundled dataset: nodes named (shortened with "…" if they must be, the
 * whole name on hover and focus), none over another or over its own mark; on the map Mykolaiv and Seoul
 * are named; in a 960×540 embed every name sits nearer its own mark than any other.
 */

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box, tolerance = 0.5) =>
  a.x + tolerance < b.x + b.width && b.x + tolerance < a.x + a.width && a.y + tolerance < b.y + b.height && b.y + tolerance < a.y + a.height;

function overlappingPairs(boxes: (Box & { id: string })[]): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlap(a, b) && out.push(`${a.id} × ${b.id}`)));
  return out;
}

/** From a box to the rim of the circle a mark's box encloses (a circle's own rim, a diamond's tips). */
const gapToMark = (l: Box, m: Box) => {
  const c = { x: m.x + m.width / 2, y: m.y + m.height / 2 };
  const d = Math.hypot(Math.max(l.x - c.x, 0, c.x - (l.x + l.width)), Math.max(l.y - c.y, 0, c.y - (l.y + l.height)));
  return Math.max(0, d - Math.min(m.width, m.height) / 2);
};

/** Names that are nearer another mark than their own. */
function strayNames(labels: (Box & { id: string })[], marks: (Box & { id: string })[]): string[] {
  return labels.filter((l) => {
    const own = marks.find((m) => m.id === l.id);
    if (!own) return true;
    const d = gapToMark(l, own);
    return marks.some((m) => m.id !== l.id && gapToMark(l, m) < d);
  }).map((l) => l.id);
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`labels at 1280×800, ${lang}`, () => {
    test('every actor is named, no name over another or over its own node', async ({ dossier }) => {
      await dossier.open({ lang });
      const { labels, marks } = await dossier.network.labelsAndMarks();
      expect(marks).toHaveLength(41);
      // The five the first users missed are named, and all but at most one of the 41 (Charles Q. Brown, in
      // the crowded centre, is the one still left to his tooltip).
      const named = labels.map((l) => l.id);
      expect(named).toEqual(expect.arrayContaining(['united-states', 'maria-zakharova', 'mike-waltz', 'no-kwang-chol', 'rustem-umerov', 'russia']));
      expect(named.length).toBeGreaterThanOrEqual(40);
      expect(overlappingPairs(labels)).toEqual([]);
      const overOwn = labels.filter((l) => overlap(l, marks.find((m) => m.id === l.id)!)).map((l) => l.id);
      expect(overOwn).toEqual([]);
      // A shortened name ends with "…", starts the whole name, and the node still carries the whole name.
      for (const l of labels) {
        const mark = marks.find((m) => m.id === l.id)!;
        expect(l.full, l.id).toBe(mark.text);
        if (l.text !== l.full) {
          expect(l.text.endsWith('…'), l.id).toBe(true);
          expect(l.full.startsWith(l.text.slice(0, -1).trimEnd()), l.id).toBe(true);
        }
      }
    });

    test('the map names Mykolaiv and Seoul, and no two place names overlap', async ({ dossier }) => {
      await dossier.open({ lang });
      const places = await dossier.map.labelsAndMarks();
      const named = places.filter((p) => p.label).map((p) => p.id);
      expect(named).toEqual(expect.arrayContaining(['mykolaiv', 'seoul', 'pyongyang', 'beijing', 'moscow', 'kursk', 'valletta', 'zhuhai', 'washington']));
      expect(overlappingPairs(places.filter((p) => p.label).map((p) => ({ id: p.id, ...p.label! })))).toEqual([]);
    });
  });

  test.describe(`labels in a 960×540 embed, ${lang}`, () => {
    test.use({ viewport: { width: 960, height: 540 } });

    test('every shown name sits nearer its own mark than any other, in the network and on the map', async ({ dossier }) => {
      await dossier.open({ lang, embed: true });
      const { labels, marks } = await dossier.network.labelsAndMarks();
      expect(labels.length).toBeGreaterThan(15);
      expect(strayNames(labels, marks)).toEqual([]);
      expect(overlappingPairs(labels)).toEqual([]);
      const places = await dossier.map.labelsAndMarks();
      const placeLabels = places.filter((p) => p.label).map((p) => ({ id: p.id, ...p.label! }));
      expect(placeLabels.length).toBeGreaterThan(6);
      expect(strayNames(placeLabels, places.map((p) => ({ id: p.id, ...p.mark })))).toEqual([]);
    });
  });
}
