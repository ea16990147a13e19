/**
 * An event's id read straight from its JSON bytes, without parsing the event: a bin of the timeline names its
 * events by id (`data-event-ids`), and making thousands of event objects to read one string each was most of
 * an actor click at 100,000 events. Only the object's own keys are looked at (nested values are skipped); as
 * JSON.parse does, the last `"id"` wins.
 */

/** JSON's structural bytes (UTF-8), also used by the slicing of the events in packed-events.ts. */
export const QUOTE = 34;
export const BACKSLASH = 92;
export const COMMA = 44;
const COLON = 58;
export const OPEN_OBJECT = 123;
export const CLOSE_OBJECT = 125;
export const OPEN_LIST = 91;
export const CLOSE_LIST = 93;
const LETTER_I = 105;
const LETTER_D = 100;

const isSpace = (c: number | undefined) => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(b: Uint8Array, i: number, end: number): number {
  while (i < end && isSpace(b[i])) i++;
  return i;
}

/** The index just past the string that opens at `i` (a quote), or -1. */
function stringEnd(b: Uint8Array, i: number, end: number): number {
  for (let j = i + 1; j < end; j++) {
    if (b[j] === BACKSLASH) j++;
    else if (b[j] === QUOTE) return j + 1;
  }
  return -1;
}

/** The index just past the value that starts at `i`, or -1. */
function valueEnd(b: Uint8Array, i: number, end: number): number {
  if (b[i] === QUOTE) return stringEnd(b, i, end);
  if (b[i] === OPEN_OBJECT || b[i] === OPEN_LIST) {
    let depth = 0;
    for (let j = i; j < end; j++) {
      const c = b[j];
      if (c === QUOTE) {
        j = stringEnd(b, j, end) - 1;
        if (j < 0) return -1;
      } else if (c === OPEN_OBJECT || c === OPEN_LIST) depth++;
      else if ((c === CLOSE_OBJECT || c === CLOSE_LIST) && --depth === 0) return j + 1;
    }
    return -1;
  }
  // A number, true, false or null.
  let j = i;
  while (j < end && b[j] !== COMMA && b[j] !== CLOSE_OBJECT && !isSpace(b[j])) j++;
  return j > i ? j : -1;
}

/**
 * The string value of the top-level `"id"` key of the JSON object in `b[start..end)`, or null when there is
 * none, it is not a string, or the bytes are not an object as expected (the caller then parses the event).
 */
export function idFromJson(b: Uint8Array, start: number, end: number, decoder: TextDecoder): string | null {
  let i = skipSpace(b, start, end);
  if (b[i] !== OPEN_OBJECT) return null;
  i = skipSpace(b, i + 1, end);
  if (b[i] === CLOSE_OBJECT) return null;
  let idFrom = -1;
  let idTo = -1;
  for (;;) {
    if (b[i] !== QUOTE) return null;
    const keyEnd = stringEnd(b, i, end);
    if (keyEnd < 0) return null;
    const isId = keyEnd - i === 4 && b[i + 1] === LETTER_I && b[i + 2] === LETTER_D;
    i = skipSpace(b, keyEnd, end);
    if (b[i] !== COLON) return null;
    i = skipSpace(b, i + 1, end);
    const to = valueEnd(b, i, end);
    if (to < 0) return null;
    if (isId) [idFrom, idTo] = b[i] === QUOTE ? [i, to] : [-1, -1];
    i = skipSpace(b, to, end);
    if (b[i] === CLOSE_OBJECT) break;
    if (b[i] !== COMMA) return null;
    i = skipSpace(b, i + 1, end);
  }
  if (idFrom < 0) return null;
  // Most ids are short and ASCII: made from the bytes, without a call to the decoder.
  let ascii = idTo - idFrom < 256;
  for (let k = idFrom + 1; k < idTo - 1 && ascii; k++) ascii = b[k]! < 128 && b[k] !== BACKSLASH;
  if (ascii) return String.fromCharCode(...b.subarray(idFrom + 1, idTo - 1));
  const raw = decoder.decode(b.subarray(idFrom, idTo));
  return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
}
