// Side panel open → interactive, each run beside the same run's floors: the raw IndexedDB read of
// the same rows, and a plain panel from the fixture extension (with and without files to fetch).
import { median, ms } from '../stats.mjs';
import * as inpage from '../inpage.mjs';
import { sleep } from '../session.mjs';
import { profileOpens } from './panel-open-profile.mjs';

const STORES = ['snippets', 'metrics', 'metricValues'];

export default {
  name: 'panel-open',
  title: ({ sizes, data, fmt }) => `side panel open → interactive (${fmt(sizes.snippets)} snippets, ${fmt(data.metricValues.length)} metric values)`,
  async run(ctx) {
    const { session, runs, add, log, fmt } = ctx;
    const { blank, openPanel, closePanel, wholeLibrary, setFloorPage, floorId } = session;
    const cold = await openPanel();
    await closePanel(cold);
    log(`first open after browser start (cold, not counted): ${ms(cold.fromClick)}`);
    if (ctx.profile) await profileOpens(ctx);
    const raw = [];
    const rawSnippets = [];
    const opens = [];
    const fromNav = [];
    const wholes = [];
    const floorOpens = [];
    const floorAssetOpens = [];
    for (let run = 0; run < runs; run++) {
      const floor = await blank.evaluate(inpage.rawRead, STORES);
      raw.push(floor.time);
      rawSnippets.push((await blank.evaluate(inpage.rawRead, ['snippets'])).time);
      const panel = await openPanel();
      opens.push(panel.fromClick);
      fromNav.push(panel.fromNavigation);
      wholes.push(await wholeLibrary(panel));
      await sleep(300);
      await closePanel(panel);
      const floorPanel = await openPanel(floorId);
      floorOpens.push(floorPanel.fromClick);
      await sleep(100);
      await closePanel(floorPanel, floorId);
      await setFloorPage('floor-assets.html');
      const assetsPanel = await openPanel(floorId);
      floorAssetOpens.push(assetsPanel.fromClick);
      await sleep(100);
      await closePanel(assetsPanel, floorId);
      await setFloorPage('floor-panel.html');
    }
    const rawMedian = median(raw);
    add({ name: 'floor: raw IndexedDB open + getAll (same rows)', values: raw, note: 'extension page, 3 stores in one transaction' });
    add({ name: 'floor: the same, snippets store only', values: rawSnippets, note: 'what the library view read at open before the first screen was read through an index' });
    add({ name: 'floor: a plain side panel (search box + 16 static rows, no script)', values: floorOpens, note: 'toolbar click → painted; scripts/bench/floor-extension' });
    add({ name: 'floor: the same panel with one stylesheet and one module script', values: floorAssetOpens, note: 'what fetching files from the extension adds; floor-assets.html' });
    add({
      name: 'panel open → interactive (toolbar click → list painted)',
      values: opens,
      limit: Math.min(150, 2 * rawMedian),
      budget: `≤ 150 ms and ≤ 2× raw = ${ms(2 * rawMedian)}`,
      note: `${(median(opens) / rawMedian).toFixed(1)}× raw; list rows in DOM: ${fmt(cold.open.items)}`,
    });
    add({ name: '  of which: panel navigation start → list painted', values: fromNav });
    add({ name: '  toolbar click → whole library in the list (searchable)', values: wholes, note: 'read in chunks after the first screen is painted' });
  },
};
