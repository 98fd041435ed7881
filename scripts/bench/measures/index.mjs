// The measures, in the order they run and print. Each is { name, title(ctx), browser?, run(ctx) }:
// `title` is its section heading; `browser: false` runs it before the browser starts (from the built
// files alone). A measure's floors are measured inside its own run(), interleaved with its figure
// or from the same trace, so each figure is read beside a floor of the same moment.
// Order matters twice: the import parse loads the domain bundle into the extension page the render
// then reuses (loadRealm does it once per page), and insert uses the web page before the content
// script measure navigates it to the page of iframes.
import contentScript from './content-script.mjs';
import importParse from './import-parse.mjs';
import insert from './insert.mjs';
import panelOpen from './panel-open.mjs';
import proofread from './proofread.mjs';
import report from './report.mjs';
import render from './render.mjs';
import search from './search.mjs';
import sizes from './sizes.mjs';

export const measures = [sizes, panelOpen, search, insert, importParse, render, report, proofread, contentScript];
