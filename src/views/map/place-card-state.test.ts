import { describe, expect, it } from 'vitest';
import { cardAfterClick, cardFrame, cardSpot, dockSide, revealShift } from './place-card-state';

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

describe('cardSpot', () => {
  const map = { width: 460, height: 530 };
  const controls = { left: 300, top: 8, right: 452, bottom: 40 };
  const legend = { left: 8, top: 460, right: 230, bottom: 522 };

  it('takes the biggest strip clear of every place and of the furniture', () => {
    // Places in a band across the middle of the map: the strip above them is the biggest.
    const places = [
      { left: 20, top: 270, right: 120, bottom: 300 },
      { left: 180, top: 280, right: 440, bottom: 370 },
    ];
    const spot = cardSpot(map, places, [controls, legend])!;
    expect(spot).toEqual({ left: 8, top: 48, width: 300, height: 270 - 8 - 48 });
    for (const p of places) expect(spot.top + spot.height <= p.top || spot.left + spot.width <= p.left).toBe(true);
  });

  it('uses a side strip when the places keep to one side', () => {
    const spot = cardSpot(map, [{ left: 10, top: 60, right: 150, bottom: 500 }], [controls, legend])!;
    expect(spot).toEqual({ left: 158, top: 48, width: 294, height: 452 - 48 });
  });

  it('covers the legend rather than a place on a small map', () => {
    const small = { width: 320, height: 340 };
    const spot = cardSpot(small, [{ left: 10, top: 100, right: 300, bottom: 200 }], [{ left: 170, top: 8, right: 312, bottom: 40 }, { left: 8, top: 280, right: 220, bottom: 332 }])!;
    expect(spot).toEqual({ left: 8, top: 208, width: 300, height: 340 - 8 - 208 });
  });

  it('gives up when no strip is big enough', () => {
    expect(cardSpot(map, [{ left: 30, top: 60, right: 430, bottom: 480 }], [controls, legend])).toBeNull();
    expect(cardSpot(map, [], [])).toBeNull();
  });
});
