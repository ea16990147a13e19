import type { Locator, Page } from '@playwright/test';

/** Node positions as the view exposes them: data-x / data-y, layout px rounded to 0.1. */
export type NodePositions = Record<string, { x: number; y: number }>;

/** A drawn name or mark: its id, text and box in page pixels. */
export interface LabelBox {
  id: string;
  text: string;
  full: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A mark's drawn shape: `rect` (a country's square), `path` (a diamond) or `circle`. */
  shape?: string;
}

/**
 * Page object for the network view (CONTRACT §4 `[data-actor-id]`): selectors here, actions and readers
 * only, no assertions.
 */
export class NetworkView {
  readonly root: Locator;
  /** Every actor node (graph) or actor button (table). */
  readonly actors: Locator;
  readonly svg: Locator;
  readonly tiePanel: Locator;
  /** The events listed in the tie panel, one per `li`. */
  readonly tieEvents: Locator;
  readonly tiePanelClose: Locator;
  readonly tableToggle: Locator;
  readonly table: Locator;
  readonly zoomIn: Locator;
  readonly zoomOut: Locator;
  readonly resetView: Locator;
  readonly note: Locator;
  /** The hint above the graph (how to filter, or the keys). */
  readonly hint: Locator;
  readonly tooltip: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('network-view');
    this.actors = this.root.locator('[data-actor-id]');
    this.svg = this.root.locator('svg.net-svg');
    this.tiePanel = this.root.getByTestId('tie-panel');
    this.tieEvents = this.tiePanel.locator('[data-tie-event]');
    this.tiePanelClose = this.tiePanel.getByTestId('card-close');
    this.tableToggle = this.root.getByTestId('network-table-toggle');
    this.table = this.root.getByRole('table');
    this.zoomIn = this.root.locator('.net-tools button').nth(1);
    this.zoomOut = this.root.locator('.net-tools button').nth(0);
    this.resetView = this.root.locator('.net-tools button').nth(2);
    this.note = this.root.locator('.net-note');
    this.hint = this.note;
    this.tooltip = this.root.getByRole('tooltip');
    this.emptyState = this.root.locator('.net-empty');
  }

  actor(id: string): Locator {
    return this.root.locator(`[data-actor-id="${id}"]`);
  }

  async clickActor(id: string, options: { shift?: boolean } = {}): Promise<void> {
    await this.actor(id).click({ modifiers: options.shift ? ['Shift'] : [] });
  }

  /** The invisible, wide line that catches clicks on the tie between two actors (either order). */
  tie(a: string, b: string): Locator {
    const [s, t] = a < b ? [a, b] : [b, a];
    return this.root.locator(`[data-tie="${s}|${t}"]`);
  }

  /**
   * Clicks a tie where the pointer really lands on it: the first point along the line (from its middle
   * outwards) that no node, label or panel covers. A user would do the same.
   */
  async clickTie(a: string, b: string): Promise<void> {
    const point = await this.tiePoint(a, b);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Taps a tie, as a finger would, at the same uncovered point (needs a context with `hasTouch`). */
  async tapTie(a: string, b: string): Promise<void> {
    const point = await this.tiePoint(a, b);
    await this.page.touchscreen.tap(point.x, point.y);
  }

  /** Taps a node at its centre (needs a context with `hasTouch`). */
  async tapActor(id: string): Promise<void> {
    await this.actor(id).tap();
  }

  private async tiePoint(a: string, b: string): Promise<{ x: number; y: number }> {
    const point = await this.tie(a, b).evaluate((line: SVGLineElement) => {
      const m = line.getScreenCTM();
      if (!m) return null;
      const at = (f: number) => {
        const p = new DOMPoint(line.x1.baseVal.value + (line.x2.baseVal.value - line.x1.baseVal.value) * f, line.y1.baseVal.value + (line.y2.baseVal.value - line.y1.baseVal.value) * f).matrixTransform(m);
        return { x: p.x, y: p.y };
      };
      for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65, 0.25, 0.75, 0.2, 0.8]) {
        const p = at(f);
        if (document.elementFromPoint(p.x, p.y) === line) return p;
      }
      return null;
    });
    if (!point) throw new Error(`The tie ${a}–${b} is covered everywhere along its length`);
    return point;
  }

  /** Whether the hint's shown text is cut off (wider or taller than its box, or visibly ellipsed). */
  async hintClipped(): Promise<boolean> {
    return this.hint.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
  }

  /**
   * The names drawn beside the nodes, and each node's box, in page pixels: what a reader sees. `text` is
   * what is written (maybe shortened with "…"), `full` the whole name.
   */
  async labelsAndMarks(): Promise<{ labels: LabelBox[]; marks: LabelBox[] }> {
    return this.svg.evaluate((svg) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const labels = [...svg.querySelectorAll('[data-label-for]')].map((el) => ({ id: el.getAttribute('data-label-for') ?? '', text: el.textContent ?? '', full: el.getAttribute('data-full-name') ?? '', ...box(el) }));
      const marks = [...svg.querySelectorAll('[data-actor-id]')].map((el) => ({ id: el.getAttribute('data-actor-id') ?? '', text: el.getAttribute('aria-label') ?? '', full: '', shape: el.querySelector('.net-node__shape')?.tagName, ...box(el.querySelector('.net-node__shape') ?? el) }));
      return { labels, marks };
    });
  }

  /** The tie lines in page pixels, by their two ends. */
  async tieSegments(): Promise<{ a: string; b: string; x1: number; y1: number; x2: number; y2: number }[]> {
    return this.root.locator('[data-tie]').evaluateAll((lines) =>
      (lines as SVGLineElement[]).map((line) => {
        const m = line.getScreenCTM()!;
        const p1 = new DOMPoint(line.x1.baseVal.value, line.y1.baseVal.value).matrixTransform(m);
        const p2 = new DOMPoint(line.x2.baseVal.value, line.y2.baseVal.value).matrixTransform(m);
        const [a, b] = (line.getAttribute('data-tie') ?? '|').split('|');
        return { a: a!, b: b!, x1: p1.x, y1: p1.y, x2: p2.x, y2: p2.y };
      }),
    );
  }

  async hoverActor(id: string): Promise<void> {
    await this.actor(id).hover();
  }

  /** Every node's exposed position, by actor id (graph mode). */
  async positions(): Promise<NodePositions> {
    const entries = await this.svg.locator('[data-actor-id]').evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-actor-id') ?? '', { x: Number(el.getAttribute('data-x')), y: Number(el.getAttribute('data-y')) }] as const),
    );
    return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** Ids of the nodes whose data-active is "true" / "false". */
  async actorIds(active?: boolean): Promise<string[]> {
    const sel = active === undefined ? '[data-actor-id]' : `[data-actor-id][data-active="${active}"]`;
    return this.root.locator(sel).evaluateAll((els) => els.map((el) => el.getAttribute('data-actor-id') ?? ''));
  }

  /** The actor id of the node that has keyboard focus, or null. */
  async focusedActor(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-actor-id') ?? null);
  }
}
