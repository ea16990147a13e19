import { expect, test } from '../fixtures/dossier';

/**
 * Names at the default view of the bundled dataset, at 1280×800 and in a 960×540 embed, in English and French:
 * every node and every place named (shortened with "…" if they must be, the whole name on hover and focus),
 * none over another or over its own mark, each nearer its own mark than any other; "Russia" across none of
 * its own ties.
 */

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box, tolerance = 0.5) =>
  a.x + tolerance < b.x + b.width && b.x + tolerance < a.x + a.width && a.y + tolerance < b.y + b.height && b.y + tolerance < a.y + a.height;

function overlappingPairs(boxes: (Box & { id: string })[]): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlap(a, b) && out.push(`${a.id} × ${b.id}`)));
  return out;
}

/** From a box to a mark: a square's own edge, else the rim of the circle its box encloses (a circle's rim, a diamond's tips). */
const gapToMark = (l: Box, m: Box & { shape?: string }) => {
  if (m.shape === 'rect') return Math.hypot(Math.max(m.x - (l.x + l.width), 0, l.x - (m.x + m.width)), Math.max(m.y - (l.y + l.height), 0, l.y - (m.y + m.height)));
  const c = { x: m.x + m.width / 2, y: m.y + m.height / 2 };
  const d = Math.hypot(Math.max(l.x - c.x, 0, c.x - (l.x + l.width)), Math.max(l.y - c.y, 0, c.y - (l.y + l.height)));
  return Math.max(0, d - Math.min(m.width, m.height) / 2);
};

type Segment = { x1: number; y1: number; x2: number; y2: number };
const toSegment = (px: number, py: number, s: Segment) => {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const t = Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (s.x1 + t * dx), py - (s.y1 + t * dy));
};

/**
 * Names that are nearer another mark than their own. A name with a leader line (a place's name standing off
 * in free room) is read along its line instead: the line must start on its own circle's rim, pass no other
 * circle, end on the name's box, and the name must be nearer that end than any other mark.
 */
function strayNames(labels: (Box & { id: string; leader?: Segment | null })[], marks: (Box & { id: string; shape?: string })[]): string[] {
  return labels.filter((l) => {
    const own = marks.find((m) => m.id === l.id);
    if (!own) return true;
    const others = marks.filter((m) => m.id !== l.id);
    if (l.leader) {
      const { x1, y1, x2, y2 } = l.leader;
      const startsOnOwnRim = Math.abs(Math.hypot(x1 - (own.x + own.width / 2), y1 - (own.y + own.height / 2)) - own.width / 2) <= 1.5;
      const passesNoOther = others.every((m) => toSegment(m.x + m.width / 2, m.y + m.height / 2, l.leader!) > m.width / 2);
      const end = { x: x2, y: y2, width: 0, height: 0, shape: 'rect' };
      const endsOnName = gapToMark(l, end) <= 1;
      return !(startsOnOwnRim && passesNoOther && endsOnName && others.every((m) => gapToMark(l, m) > gapToMark(l, end)));
    }
    const d = gapToMark(l, own);
    return others.some((m) => gapToMark(l, m) < d);
  }).map((l) => l.id);
}

/** Whether a segment crosses a box (Liang–Barsky clipping). */
function crosses(s: { x1: number; y1: number; x2: number; y2: number }, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  for (const [p, q] of [[-dx, s.x1 - b.x], [dx, b.x + b.width - s.x1], [-dy, s.y1 - b.y], [dy, b.y + b.height - s.y1]] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
    if (t0 > t1) return false;
  }
  return true;
}

for (const lang of ['en', 'fr'] as const) {
  for (const embed of [false, true]) {
    const size = embed ? { width: 960, height: 540 } : { width: 1280, height: 800 };
    test.describe(`labels at ${size.width}×${size.height}${embed ? ' (embed)' : ''}, ${lang}`, () => {
      test.use({ viewport: size });

      test('every actor is named, no name over another, over its own node, or nearer another node', async ({ dossier }) => {
        await dossier.open({ lang, embed });
        const { labels, marks } = await dossier.network.labelsAndMarks();
        expect(marks).toHaveLength(41);
        const unnamed = marks.filter((m) => !labels.some((l) => l.id === m.id)).map((m) => m.id);
        expect(unnamed).toEqual([]);
        expect(overlappingPairs(labels)).toEqual([]);
        const overOwn = labels.filter((l) => overlap(l, marks.find((m) => m.id === l.id)!)).map((l) => l.id);
        expect(overOwn).toEqual([]);
        expect(strayNames(labels, marks)).toEqual([]);
        // A shortened name ends with "…", starts the whole name, and the node still carries the whole name.
        for (const l of labels) {
          const mark = marks.find((m) => m.id === l.id)!;
          expect(l.full, l.id).toBe(mark.text);
          if (l.text !== l.full) {
            expect(l.text.endsWith('…'), l.id).toBe(true);
            expect(l.full.startsWith(l.text.slice(0, -1).trimEnd()), l.id).toBe(true);
          }
        }
        // "Russia" is written across none of its own ties at the default view (in the small embed, the nearness
        // rule above is what holds).
        if (embed) return;
        const russia = labels.find((l) => l.id === 'russia')!;
        const ties = (await dossier.network.tieSegments()).filter((t) => t.a === 'russia' || t.b === 'russia');
        expect(ties.length).toBeGreaterThan(5);
        expect(ties.filter((t) => crosses(t, russia)).map((t) => `${t.a}–${t.b}`)).toEqual([]);
      });

      test('no two place names overlap, each nearer its own circle than any other', async ({ dossier }) => {
        await dossier.open({ lang, embed });
        const places = await dossier.map.labelsAndMarks();
        expect(places.length).toBeGreaterThanOrEqual(13);
        const placeLabels = places.filter((p) => p.label).map((p) => ({ id: p.id, leader: p.leader, ...p.label! }));
        expect(overlappingPairs(placeLabels)).toEqual([]);
        expect(strayNames(placeLabels, places.map((p) => ({ id: p.id, ...p.mark })))).toEqual([]);
      });
    });
  }
}

// At 1280×800 the European cluster leaves Uzhhorod and the Ukraine country point no spot beside their circles
// nearer them than any other: their names stand off in free room on a leader line (checked above by strayNames).
for (const lang of ['en', 'fr'] as const) {
  test(`every place is named at the default 1280×800 view, ${lang}`, async ({ dossier }) => {
    await dossier.open({ lang });
    const places = await dossier.map.labelsAndMarks();
    expect(places.filter((p) => !p.label).map((p) => p.id)).toEqual([]);
  });
}
