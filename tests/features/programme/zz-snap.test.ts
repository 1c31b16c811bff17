import fs from 'node:fs';
import { it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { FLAG } from '#core/cells.ts';
import { allIndicators, type ProgrammeFile, type ProgrammeIndex } from '#features/programme/programme.ts';
import * as V from '#features/programme/programme-view.ts';
import * as P from '#features/programme/progress.ts';
import { progressChartInput, renderProgressChartSvg } from '#features/programme/programme-chart.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
const VV: any = V; const PP: any = P;
it('snap', () => {
  const out: any = {};
  const catalogue = loadCatalogue();
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  for (const rel of ['2023', '2024']) {
    const dir = `public/data/${rel}/programmes`;
    const index: ProgrammeIndex = JSON.parse(fs.readFileSync(`${dir}/index.json`, 'utf8'));
    for (const lang of ['pl', 'en'] as const) {
      out[`${rel}/overview/${lang}`] = VV.overviewView(index, catalogue, lang, (t: any) => t.name + '|' + lang);
      for (const e of index.programmes) {
        const p: ProgrammeFile = JSON.parse(fs.readFileSync(`${dir}/${e.id}.json`, 'utf8'));
        out[`${rel}/${e.id}/${lang}`] = VV.programmeView(p, lang);
        out[`${rel}/${e.id}/${lang}/box`] = VV.territoryProgrammeView(p, lang);
        for (const level of ['powiat', 'gmina'] as const)
          out[`${rel}/${e.id}/${lang}/box-${level}`] = VV.territoryProgrammeView(p, lang, { level, catalogue: byId, obs: (id: string) => (id.length % 3 === 0 ? undefined : { year: 2022, value: id.length % 3 === 1 ? null : 7.25, flags: id.length % 2 ? FLAG.demo : FLAG.suppressed }) });
        if (lang === 'pl' && rel === '2024') for (const i of allIndicators(p)) out[`svg/${e.id}/${i.id}`] = renderProgressChartSvg(Plot, progressChartInput(i, 'pl', 'x'), document as unknown as Document);
      }
      out[`rule/${lang}`] = PP.PROGRESS_RULE_TEXT?.[lang];
      out[`labels/${lang}`] = P.STATUSES.map((s) => PP.STATUS_LABEL?.[s][lang]);
    }
  }
  fs.writeFileSync(process.env.SNAP!, JSON.stringify(out, null, 1));
});
