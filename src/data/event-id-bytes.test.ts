import { describe, expect, it } from 'vitest';
import { idFromJson } from './event-id-bytes';

const decoder = new TextDecoder();
const read = (json: string) => {
  const b = new TextEncoder().encode(`xx${json}yy`);
  return idFromJson(b, 2, b.length - 2, decoder);
};

describe('idFromJson', () => {
  it('reads the top-level id wherever it is, skipping nested values', () => {
    expect(read('{"id":"e1","title":"a"}')).toBe('e1');
    expect(read(' { "title" : "say \\"id\\":\\"no\\"", "evidence": [{"id": "nested", "n": [1, {"id": "x"}]}], "n": -1.5e3, "ok": true, "z": null , "id" : "e-2" } ')).toBe('e-2');
    expect(read('{"place":{"id":"p"},"id":"é ✓"}')).toBe('é ✓');
  });

  it('decodes escapes and keeps the last id, as JSON.parse does', () => {
    const json = '{"id":"first","x":1,"id":"a\\"b\\u00e9\\\\"}';
    expect(read(json)).toBe((JSON.parse(json) as { id: string }).id);
  });

  it('gives null when it cannot tell, so the caller parses the event', () => {
    expect(read('{"title":"no id"}')).toBeNull();
    expect(read('{"id":12}')).toBeNull();
    expect(read('{}')).toBeNull();
    expect(read('[1]')).toBeNull();
    expect(read('{"id":"unterminated')).toBeNull();
    expect(read('{"\\u0069d":"escaped key"}')).toBeNull();
  });
});
