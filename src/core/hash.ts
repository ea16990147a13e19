/**
 * FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit number: the same on every thread and run.
 * `h` continues from an earlier result, to hash several strings as one.
 */
export function fnv1a(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
