// The real programme files in data/programmes/ built against a synthetic release, for the
// tests of the programme pages' view modules — no pipeline run and no public/data needed.
import fs from 'node:fs';
import { FLAG } from '#core/cells.ts';
import type { Territory } from '#core/territory.ts';
import { allIndicators, type ProgrammeFile } from '#features/programme/programme.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import { readYaml, sourcesSchema } from '#scripts/pipeline/read-release.ts';
import { buildProgrammes, type SeriesLookup } from '#scripts/pipeline/programmes/index.ts';

export const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
export const catalogue = loadCatalogue();
export const catalogueById = new Map(catalogue.map((c) => [c.id, c]));
const sources = new Set(Object.keys(readYaml('data/sources.yaml', sourcesSchema)));
export const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

/**
 * Every indicator rises by a few a year from a level set by the territory code, all demo;
 * Śląskie's REINT is confidential (suppressed) in 2020, its target year.
 */
const series: SeriesLookup = (indicator, code) => {
  const base = code === 'PL' ? 1000 : Number(code) * 3 + indicator.length;
  const v: (number | null)[] = YEARS.map((_, i) => base + 3 * i);
  const f: number[] = YEARS.map(() => FLAG.demo);
  if (code === '24' && indicator === 'REINT') {
    v[YEARS.indexOf(2020)] = null;
    f[YEARS.indexOf(2020)] = FLAG.demo | FLAG.suppressed;
  }
  return { years: YEARS, v, f, s: 'demo' };
};
export const { programmes, problems } = buildProgrammes({ dir: 'data/programmes', register, catalogue, series, sources, release: '2024' });
const byId = new Map(programmes.map((p) => [p.id, p]));
export const kpres = byId.get('kpres')!;
export const slaskie = byId.get('slaskie-2016-2020')!;
export const kp = byId.get('kujawsko-pomorskie-2013-2020')!;
export const lubelskie = byId.get('lubelskie-demo')!;
export const ind = (p: ProgrammeFile, id: string) => allIndicators(p).find((i) => i.id === id)!;
