// What a page-world route receives — everything in it is visible to a hostile page that patches
// its own APIs — is only the text being inserted, in its three forms, and the route's name: no
// token, no title, no other snippet, no figure that is not in the text.
import { describe, expect, it } from 'vitest';
import { PAGE_ROUTE_NAMES } from '../../../lib/insertion/adapter.ts';
import { pageRoute } from '../../../lib/insertion/pageRoutes.ts';
import { buildPayload } from '../../../lib/insertion/payload.ts';

const paragraphs = ['全年召开专题会议12次。', '发展党员5名。'];

/** Every string reachable in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

describe('the page-world payload', () => {
  it.each(['rich', 'plain'] as const)('holds only the paragraphs as text, escaped HTML and format (%s)', (format) => {
    const payload = buildPayload(paragraphs, format);
    expect(Object.keys(payload).sort()).toEqual(['format', 'html', 'paragraphs', 'text']);
    const allowed = new Set(['paragraphs', 'text', 'html', 'format', 'rich', 'plain', ...paragraphs, paragraphs.join('\n')]);
    for (const s of strings(payload)) {
      if (allowed.has(s)) continue;
      // The HTML form: the same text, escaped, inside <p> or joined by <br>.
      expect(s.replace(/<\/?p>|<br>/g, '')).toBe(paragraphs.join(''));
    }
  });

  it.each(PAGE_ROUTE_NAMES)('route %s is called with the payload (and its own name) only', (name) => {
    const payload = buildPayload(paragraphs, 'rich');
    const args = pageRoute(name).args(payload);
    expect(args[0]).toBe(payload);
    expect(args.slice(1).every((a) => a === name)).toBe(true);
  });
});
