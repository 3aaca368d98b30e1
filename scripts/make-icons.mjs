#!/usr/bin/env node
// Draws the PNG icons of the web app manifest from web/public/icons/icon.svg in Debian's
// Chromium (run by hand when the SVG changes; the PNGs are committed). The maskable icon
// has the drawing inside the safe zone (80 %) on the brand colour.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const dir = new URL('../web/public/icons/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', dir), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const draw = async (size, name, maskable) => {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? Math.round(size * 0.8) : size;
  await page.setContent(`<body style="margin:0;background:${maskable ? '#0a5fb4' : 'transparent'};display:grid;place-items:center;height:${size}px">`
    + `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`);
  await page.screenshot({ path: new URL(name, dir).pathname, omitBackground: !maskable });
};
await draw(192, 'icon-192.png', false);
await draw(512, 'icon-512.png', false);
await draw(512, 'icon-maskable-512.png', true);
await browser.close();
