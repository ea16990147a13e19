import { describe, expect, it } from 'vitest';
import { cardAfterClick, cardFrame, dockSide, revealShift } from './place-card-state';

describe('cardAfterClick', () => {
  it('pins the card to a place that a plain click selects, replacing another', () => {
    expect(cardAfterClick(null, 'moscow', false, ['moscow'])).toBe('moscow');
    expect(cardAfterClick('beijing', 'moscow', false, ['moscow'])).toBe('moscow');
  });

  it('closes the card of a place whose plain click cleared it', () => {
    expect(cardAfterClick('moscow', 'moscow', false, [])).toBeNull();
  });

  it('keeps a card opened on another place when a plain click clears this one', () => {
    expect(cardAfterClick('beijing', 'moscow', false, [])).toBe('beijing');
  });

  it('leaves the card alone on a Shift-click, adding or removing', () => {
    expect(cardAfterClick(null, 'moscow', true, ['beijing', 'moscow'])).toBeNull();
    expect(cardAfterClick('beijing', 'moscow', true, ['beijing', 'moscow'])).toBe('beijing');
    expect(cardAfterClick('moscow', 'moscow', true, ['beijing'])).toBe('moscow');
  });
});

describe('dockSide', () => {
  it('docks on the half away from the place', () => {
    expect(dockSide(400, 450)).toBe('left');
    expect(dockSide(40, 450)).toBe('right');
    expect(dockSide(225, 450)).toBe('right');
  });
});

describe('revealShift', () => {
  const leftCard = { left: 8, right: 216 };
  const rightCard = { left: 236, right: 444 };

  it('does not move a place that the card leaves clear', () => {
    expect(revealShift({ x: 400, r: 12 }, leftCard, 'left', 452)).toBe(0);
    expect(revealShift({ x: 40, r: 8 }, rightCard, 'right', 452)).toBe(0);
  });

  it('moves a covered place just past the card, with the margin', () => {
    // Left card ends at 216; a circle of radius 15 needs its centre at 216 + 15 + 8 = 239.
    expect(revealShift({ x: 230, r: 15 }, leftCard, 'left', 452)).toBe(9);
    // Right card starts at 236; the centre must be at most 236 - 10 - 8 = 218.
    expect(revealShift({ x: 226, r: 10 }, rightCard, 'right', 452)).toBe(-8);
  });

  it('centres the place in the room left when there is not enough for the margin', () => {
    // 320 px map, card to 208: the room is 208..320; a 60 px circle cannot clear it, so it goes to 264.
    expect(revealShift({ x: 160, r: 60 }, { left: 8, right: 208 }, 'left', 320)).toBe(104);
    expect(revealShift({ x: 160, r: 60 }, { left: 112, right: 312 }, 'right', 320)).toBe(-104);
  });
});

describe('cardFrame', () => {
  const map = { width: 452, height: 530 };
  const controls = { left: 300, top: 8, right: 444, bottom: 38 };
  const legend = { left: 8, top: 460, right: 200, bottom: 522 };

  it('takes half the map, between 200 and 300 px, and never more than the map', () => {
    expect(cardFrame('left', map, []).width).toBe(226);
    expect(cardFrame('left', { width: 320, height: 350 }, []).width).toBe(200);
    expect(cardFrame('left', { width: 900, height: 350 }, []).width).toBe(300);
    expect(cardFrame('left', { width: 180, height: 350 }, []).width).toBe(164);
  });

  it('keeps clear of the buttons and the legend in its column only', () => {
    // Left: the legend is below it, the buttons are in the other column.
    expect(cardFrame('left', map, [controls, legend])).toEqual({ width: 226, top: 8, bottom: 78 });
    // Right: the buttons are above it, the legend is in the other column.
    expect(cardFrame('right', map, [controls, legend])).toEqual({ width: 226, top: 46, bottom: 8 });
    // A narrow map puts the buttons over the left column too.
    const narrow = { width: 320, height: 350 };
    expect(cardFrame('left', narrow, [{ left: 172, top: 8, right: 312, bottom: 38 }]).top).toBe(46);
  });

  it('covers the legend rather than shrink to a slit', () => {
    expect(cardFrame('left', { width: 452, height: 200 }, [controls, { ...legend, top: 130, bottom: 192 }]).bottom).toBe(8);
  });
});
