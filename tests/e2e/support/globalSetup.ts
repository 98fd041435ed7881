// Serves the demo and test pages on 127.0.0.1 for the whole e2e run. Editors that ship as plain
// scripts with asset folders are served straight from node_modules at /vendor/<name>/.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/lib/serve.mjs';
import { EXTENSION_DIR } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pagesUrl: string;
    /** The same pages on a second port: another origin, for a cross-origin editor frame. */
    otherOriginUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) throw new Error('The extension is not built: run `npm run test:e2e` (it builds first).');
  if (!existsSync('tests/e2e/pages/dist/quill.js')) throw new Error('The harness pages are not built: run `npm run test:e2e` (it builds them), or `node scripts/build-pages.mjs`.');
  const mounts = {
    '/demo/': 'demo',
    '/pages/': 'tests/e2e/pages',
    '/vendor/tinymce/': 'node_modules/tinymce',
    '/vendor/ckeditor4/': 'node_modules/ckeditor4',
    '/vendor/kindeditor/': 'node_modules/kindeditor',
    // Summernote's lite build and the jQuery it runs on, as jQuery-era admin pages load them.
    '/vendor/summernote/': 'node_modules/summernote/dist',
    '/vendor/jquery/': 'node_modules/jquery/dist',
    '/vendor/codemirror/': 'node_modules/codemirror/lib',
    // The real UEditor 1.4.3 front end, as the npm package `ueditor` carries it beside its Node backend.
    '/vendor/ueditor/': 'node_modules/ueditor/example/public/ueditor',
    // The third round's editors (thirdRound.e2e.test.ts), as their own script builds load them.
    '/vendor/tinymce6/': 'node_modules/tinymce6',
    '/vendor/tinymce5/': 'node_modules/tinymce5',
    '/vendor/tinymce4/': 'node_modules/tinymce4',
    '/vendor/trix/': 'node_modules/trix/dist',
    '/vendor/squire/': 'node_modules/squire-rte/dist',
    '/vendor/dompurify/': 'node_modules/dompurify/dist',
    '/vendor/toastui/': 'node_modules/@toast-ui/editor/dist', // its stylesheet; the editor is bundled
    '/vendor/medium-editor/': 'node_modules/medium-editor/dist',
    '/vendor/pell/': 'node_modules/pell/dist',
    '/vendor/vue/': 'node_modules/vue/dist',
    // The fourth round's editors (fourthRound.e2e.test.ts), as OA forms load their script builds.
    '/vendor/wangeditor4/': 'node_modules/wangeditor/dist',
    '/vendor/trumbowyg/': 'node_modules/trumbowyg/dist',
    '/vendor/froala/': 'node_modules/froala-editor',
    '/vendor/layui/': 'node_modules/layui/dist',
    '/vendor/quill1/': 'node_modules/quill1/dist',
    '/vendor/vditor/': 'node_modules/vditor',
  };
  const server = await serveStatic(mounts);
  const other = await serveStatic(mounts);
  project.provide('pagesUrl', server.url);
  project.provide('otherOriginUrl', other.url);
  return async () => {
    await server.close();
    await other.close();
  };
}
