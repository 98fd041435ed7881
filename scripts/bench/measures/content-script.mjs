// The content script's start in each frame of a page with 20 iframes (trace EvaluateScript), beside
// the fixture extension's empty content script and one that only touches chrome.runtime, same frames.
import { sleep } from '../session.mjs';

export default {
  name: 'content-script',
  title: () => 'content script start per frame (page with 20 iframes)',
  async run({ session, extension, runs, add }) {
    const { context, page, server } = session;
    const perFrame = [];
    const perFrameCpu = [];
    const floorFrame = [];
    const floorRuntime = [];
    let frames = 0;
    for (let run = 0; run < Math.min(runs, 3); run++) {
      await context.browser().startTracing(page, { categories: ['devtools.timeline', 'v8'] });
      await page.goto(`${server.url}/frames.html?run=${run}`);
      await page.waitForLoadState('load');
      await sleep(200);
      const trace = JSON.parse((await context.browser().stopTracing()).toString('utf8'));
      const evaluations = (trace.traceEvents ?? trace).filter((e) => e.name === 'EvaluateScript' && e.ph === 'X');
      const ours = evaluations.filter((e) => e.args?.data?.url?.endsWith(extension.contentScript.files[0]));
      const empty = evaluations.filter((e) => e.args?.data?.url?.endsWith('/floor.js'));
      const runtime = evaluations.filter((e) => e.args?.data?.url?.endsWith('/floor-runtime.js'));
      floorRuntime.push(...runtime.map((e) => e.dur / 1000));
      frames = ours.length;
      perFrame.push(...ours.map((e) => e.dur / 1000));
      perFrameCpu.push(...ours.map((e) => (e.tdur ?? e.dur) / 1000));
      floorFrame.push(...empty.map((e) => e.dur / 1000));
    }
    if (floorFrame.length) add({ name: 'floor: an empty content script, per frame', values: floorFrame, note: 'fixture extension scripts/bench/floor-extension, same frames' });
    if (floorRuntime.length) add({ name: 'floor: a content script reading chrome.runtime.id', values: floorRuntime, note: 'the extension API bindings set up in the frame' });
    add({ name: `content script evaluation per frame (${frames} frames)`, values: perFrame, limit: 1, budget: '≤ 1 ms', note: 'trace EvaluateScript wall time (compile + run), per frame' });
    add({ name: '  same, thread CPU time', values: perFrameCpu });
  },
};
