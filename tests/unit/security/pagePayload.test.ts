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
  const layouts = (['rich', 'plain'] as const).flatMap((format) => [true, false].map((indent) => ({ format, indent })));
  it.each(layouts)('holds only the paragraphs as text, escaped HTML and format ($format, indent $indent)', (layout) => {
    const payload = buildPayload(paragraphs, layout);
    expect(Object.keys(payload).sort()).toEqual(['format', 'html', 'paragraphs', 'text']);
    const indented = paragraphs.map((p) => `\u3000\u3000${p}`);
    const allowed = new Set(['paragraphs', 'text', 'html', 'format', 'rich', 'plain', ...paragraphs, paragraphs.join('\n'), indented.join('\n')]);
    for (const s of strings(payload)) {
      if (allowed.has(s)) continue;
      // The HTML form: the same text, escaped, inside <p> (perhaps indented) or joined by <br>.
      expect(s.replace(/<p( style="text-indent:2em")?>|<\/p>|<br>/g, '').replaceAll('\u3000', '')).toBe(paragraphs.join(''));
    }
  });

  it.each(PAGE_ROUTE_NAMES)('route %s is called with the payload (and its own name) only', (name) => {
    const payload = buildPayload(paragraphs, { format: 'rich', indent: true });
    const args = pageRoute(name).args(payload);
    expect(args[0]).toBe(payload);
    expect(args.slice(1).every((a) => a === name)).toBe(true);
  });
});
