// Helpers for the map tests: read the pipeline's level JSON and the TopoJSON directly,
// so the browser tests compare the map with the data, not with the map's own code.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { LevelFile } from '#core/data-types.ts';

const DATA = path.join(process.cwd(), 'public', 'data');

export function latestRelease(): string {
  return JSON.parse(fs.readFileSync(path.join(DATA, 'releases.json'), 'utf8')).latest;
}

export function levelData(level: string, indicator: string): LevelFile {
  return JSON.parse(fs.readFileSync(path.join(DATA, latestRelease(), 'level', level, `${indicator}.json`), 'utf8'));
}

/** The value and flags of one territory in one year, from the level JSON. */
export function cell(level: string, indicator: string, code: string, year: number): { value: number | null; flags: number } {
  const f = levelData(level, indicator);
  const ti = f.codes.indexOf(code);
  const yi = f.years.indexOf(year);
  if (ti < 0 || yi < 0) throw new Error(`${code} ${year} not in ${level}/${indicator}`);
  return { value: f.values[indicator][yi][ti], flags: f.flags[indicator]?.[yi]?.[ti] ?? 0 };
}

const geometries = (level: string): { id: string }[] =>
  JSON.parse(fs.readFileSync(path.join(DATA, 'geo', `${level}.topo.json`), 'utf8')).objects[level].geometries;

/** How many areas the level's TopoJSON holds (the map draws one path each). */
export const geometryCount = (level: string): number => geometries(level).length;

/** Index of a territory in the level's TopoJSON (the map's path data-i). */
export function geometryIndex(level: string, code: string): number {
  const i = geometries(level).findIndex((g) => g.id === code);
  if (i < 0) throw new Error(`${code} not in ${level}.topo.json`);
  return i;
}

/** Opens an indicator page and waits until its map has drawn (the svg carries data-year). */
export async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('section.map-section').scrollIntoViewIfNeeded();
  await page.locator('[data-testid="map-svg"][data-year]').waitFor({ timeout: 20_000 });
}

/** Moves the year slider to a year and waits for the map to show it. */
export async function setYear(page: Page, years: number[], year: number): Promise<void> {
  await page.getByTestId('map-year').fill(String(years.indexOf(year)));
  await page.locator(`[data-testid="map-svg"][data-year="${year}"]`).waitFor();
}
