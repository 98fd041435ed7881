// Click 插入 in the real panel → the text present in the web page's contenteditable, beside the bare
// editing calls the page itself could make; the first insert of a panel is counted apart.
/* global window -- only inside functions that page.evaluate runs in the browser */
import { INSERT_MARKER, INSERT_TITLE, insertBody } from '../data.mjs';
import * as inpage from '../inpage.mjs';
import { ms } from '../stats.mjs';

const paragraphs = insertBody().split('\n');

export default {
  name: 'insert',
  title: ({ fmt }) => `click 插入 → text in a contenteditable (${fmt(paragraphs.join('').length)} characters, ${paragraphs.length} paragraphs)`,
  async run({ session, runs, add, log }) {
    // The web page is still insert.html: this runs before the content-script measure navigates it.
    const { page, cdp, openPanel, closePanel, inPanel } = session;
    await page.evaluate((marker) => window.__bench.arm(marker), INSERT_MARKER);
    const insertPanel = await openPanel();
    await inPanel(insertPanel, inpage.typeQueries, [INSERT_TITLE]); // the list is virtualised: filter to it
    if (!(await inPanel(insertPanel, inpage.selectSnippet, INSERT_TITLE))) throw new Error(`snippet ${INSERT_TITLE} not found in the panel`);
    const inserts = [];
    const done = [];
    let route = '';
    let firstInsert = NaN;
    for (let run = 0; run < runs + 1; run++) {
      await page.evaluate((marker) => window.__bench.arm(marker), INSERT_MARKER);
      const clicked = await inPanel(insertPanel, inpage.clickInsert);
      await page.waitForFunction(() => window.__landed !== null, null, { timeout: 15_000 });
      const landed = await page.evaluate(() => window.__landed);
      const finished = await cdp.evaluate(insertPanel.sessionId, 'window.__benchInserted');
      route = finished.status;
      if (run === 0) {
        firstInsert = landed - clicked; // the first insert injects the insertion script: counted apart
        continue;
      }
      inserts.push(landed - clicked);
      done.push(finished.at - clicked);
    }
    const html = paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
    const setRange = [];
    const insertHtml = [];
    for (let run = 0; run < runs; run++) {
      setRange.push(await page.evaluate((text) => window.__bench.setRangeTextFloor(text), paragraphs.join('\n')));
      insertHtml.push(await page.evaluate((h) => window.__bench.insertHtmlFloor(h), html));
    }
    add({ name: 'floor: bare setRangeText into a textarea', values: setRange });
    add({ name: 'floor: bare execCommand(insertHTML) into contenteditable', values: insertHtml });
    add({ name: 'click 插入 → text present in the contenteditable', values: inserts, limit: 50, budget: '≤ 50 ms', note: `panel says: ${route || '?'}` });
    add({ name: '  click 插入 → panel done (button enabled again)', values: done });
    // What one insert is made of: the extension API round trips the panel makes, each timed alone.
    const hops = await inPanel(insertPanel, inpage.timeHops, page.url());
    log(`extension API round trips from the panel (median of 5): ${Object.entries(hops).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
    add({ name: '  first 插入 of a panel (injects the insertion script)', value: firstInsert, note: 'not in the figure above' });
    await closePanel(insertPanel);
  },
};
