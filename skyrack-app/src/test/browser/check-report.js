#!/usr/bin/env node
// Opens a skyrack report.html in Debian's chromium (headless, fresh profile) as a person would and
// fails (exit 1) on any console error, uncaught page error, request other than the file itself, or
// chart container that ECharts did not fill (no series with data, or a canvas with no drawn pixels).
// Saves a screenshot of the top of the page.
//
//   node check-report.js REPORT_HTML [SCREENSHOT_PNG]
//
// CHROMIUM overrides the browser (default /usr/bin/chromium); SCREENSHOT_TOP_PX and
// SCREENSHOT_HEIGHT_PX the part of the page shot.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Pixels that must differ from a chart's background for it to count as drawn. */
const MIN_DRAWN_PIXELS = 500;
/** Viewport, CSS px; the screenshot is its top SCREENSHOT_HEIGHT_PX. */
const VIEWPORT = { width: 1280, height: 1000 };
const SCREENSHOT_HEIGHT_PX = Number(process.env.SCREENSHOT_HEIGHT_PX || 1500);
const LOAD_TIMEOUT_MS = 60000;

async function main() {
  const [report, screenshot] = process.argv.slice(2);
  if (!report || !fs.existsSync(report)) {
    console.error(`check-report: ${report || '(none)'}: no such file (expected a report.html)`);
    process.exit(2);
  }
  const url = pathToFileURL(path.resolve(report)).href;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'skyrack-chromium-'));
  const problems = [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: VIEWPORT,
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') { problems.push(`console error: ${m.text()}`); } });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    context.on('request', (r) => {
      if (r.url() !== url) { problems.push(`network request: ${r.method()} ${r.url()}`); }
    });
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.waitForFunction(() => document.body.hasAttribute('data-charts-drawn'), null,
      { timeout: LOAD_TIMEOUT_MS });
    const charts = await page.evaluate((minPixels) => {
      return Array.from(document.querySelectorAll('div.chart')).map((el) => {
        const id = el.id;
        const chart = (window.skyrackCharts || {})[el.getAttribute('data-chart')];
        if (!chart) { return { id, problem: 'no ECharts instance' }; }
        const series = chart.getOption().series || [];
        const points = series.reduce((n, s) => n + ((s.data || []).length + (s.links || []).length), 0);
        const canvas = el.querySelector('canvas');
        if (!canvas) { return { id, problem: 'no canvas' }; }
        const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let drawn = 0;
        for (let i = 0; i < px.length; i += 4) {
          // ECharts leaves the background transparent: count pixels it painted.
          if (px[i + 3] > 0) { drawn++; }
        }
        if (points === 0) { return { id, problem: 'no data in any series', drawn }; }
        if (drawn < minPixels) { return { id, problem: `only ${drawn} pixels drawn`, points }; }
        return { id, points, drawn };
      });
    }, MIN_DRAWN_PIXELS);
    if (charts.length === 0) { problems.push('no chart containers on the page'); }
    for (const c of charts) {
      if (c.problem) {
        problems.push(`${c.id}: ${c.problem}`);
      } else {
        console.log(`  ${c.id}: ${c.points} data items, ${c.drawn} pixels drawn`);
      }
    }
    if (screenshot) {
      fs.mkdirSync(path.dirname(path.resolve(screenshot)), { recursive: true });
      await page.screenshot({ path: screenshot, fullPage: true,
        clip: { x: 0, y: Number(process.env.SCREENSHOT_TOP_PX || 0), width: VIEWPORT.width, height: SCREENSHOT_HEIGHT_PX } });
      console.log(`  screenshot ${screenshot}`);
    }
    const failed = charts.filter((c) => c.problem).length;
    for (const p of problems) { console.error(`check-report: ${report}: ${p}`); }
    console.log(`browser: ${charts.length - failed} passed, ${problems.length ? Math.max(failed, 1) : 0} failed`);
    process.exitCode = problems.length ? 1 : 0;
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`check-report: ${e.message}`);
  process.exit(1);
});
