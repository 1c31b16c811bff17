// One programme's page (src/features/programme/programme-page-view.ts): statuses and
// their counts, the goal tree, demo tags, adoption and amendments.
import { describe, expect, it } from 'vitest';
import { NBSP } from '#core/format.ts';
import { programmePath, programmesPath } from '#core/urls.ts';
import { allIndicators } from '#features/programme/programme.ts';
import { programmeFigures, programmeView } from '#features/programme/programme-page-view.ts';
import { statusLabel } from '#features/programme/status-view.ts';
import { ind, kp, kpres, lubelskie, problems, programmes, slaskie } from './programme-fixture.ts';

describe('programme page view', () => {
  it('builds without problems', () => expect(problems).toEqual([]));

  it('every indicator shows the status the pipeline computed, counted as in statusCounts', () => {
    for (const p of programmes) {
      for (const lang of ['pl', 'en'] as const) {
        const v = programmeView(p, lang);
        expect(v.indicators.map((i) => i.status.status)).toEqual(allIndicators(p).map((i) => i.progress.status));
        expect(v.indicators.map((i) => i.status.label)).toEqual(allIndicators(p).map((i) => statusLabel(i.progress.status, lang)));
        const counted = Object.fromEntries(v.statusCounts.map((c) => [c.status, c.count]));
        for (const [s, n] of Object.entries(p.statusCounts)) expect(counted[s] ?? 0).toBe(n);
        // Every indicator sits in exactly one group.
        expect(v.groups.flatMap((g) => g.indicators.map((i) => i.id)).sort()).toEqual(v.indicators.map((i) => i.id).sort());
      }
    }
  });

  it('the goal tree keeps the programme structure (Kujawsko-Pomorskie: 1 goal, 4 priorities, 11 specific goals, 33 directions)', () => {
    const v = programmeView(kp, 'pl');
    expect(v.tree).toHaveLength(1);
    expect(v.tree[0].label).toBe('Cel główny');
    expect(v.tree[0].children.map((c) => c.label)).toEqual(['Priorytet 1', 'Priorytet 2', 'Priorytet 3', 'Priorytet 4']);
    const specific = v.tree[0].children.flatMap((c) => c.children);
    expect(specific).toHaveLength(11);
    expect(specific.flatMap((c) => c.children).filter((d) => d.type === 'direction')).toHaveLength(33);
    expect(v.tree[0].indicators.map((i) => i.status.status)).toEqual(['unknown']);
    expect(programmeView(slaskie, 'pl').tree[0].children.map((c) => c.label)).toEqual([
      'Priorytet I',
      'Priorytet II',
      'Priorytet III',
      'Priorytet IV',
      'Priorytet V',
    ]);
  });

  it('demo programmes say so once: no status demo tags inside them, but values keep theirs', () => {
    const v = programmeView(lubelskie, 'pl');
    expect(v.demo).toBe(true);
    expect(v.indicators.every((i) => !i.statusDemoTag)).toBe(true);
    expect(v.indicators.some((i) => i.latest?.demo)).toBe(true);
    // Śląskie is real but its targets are demo: the status carries the tag.
    expect(programmeView(slaskie, 'pl').indicators.some((i) => i.statusDemoTag)).toBe(true);
  });

  it('adoption and amendments read as in the source', () => {
    const v = programmeView(kpres, 'pl');
    expect(v.adopted).toBe('Rada Ministrów, 12.08.2014, uchwała nr 164 (M.P. 2014 poz. 811)');
    expect(programmeView(slaskie, 'en').adopted).toBe('Board of Śląskie Voivodeship, 22 December 2015, resolution 2428/82/V/2015');
    expect(v.amendments).toHaveLength(2);
    expect(v.indicatorCount).toBe(`11${NBSP}wskaźników`);
  });

  it('URLs: /programy/<id>/ with /en/ in front for English', () => {
    expect(programmesPath('pl')).toBe('/programy/');
    expect(programmePath('kpres', 'en')).toBe('/en/programy/kpres/');
  });
});

describe('the figures a programme page shows, for its demo banner', () => {
  it('lists baseline, target, observations and the series, each with its own demo mark', () => {
    const figures = programmeFigures(kpres, 'pl');
    const psAct = figures.filter((f) => f.label === 'Aktywne przedsiębiorstwa społeczne');
    // KPRES's own figures are real; this portal's series beside them mixes real and demo.
    expect(psAct.find((f) => f.year === 2023 && !f.demo)).toBeTruthy();
    expect(psAct.some((f) => f.demo)).toBe(true);
    const ps = ind(kpres, 'ps-act');
    const seriesCount = ps.series!.v.filter((v) => v !== null).length;
    expect(psAct.length).toBe(1 + 1 + ps.milestones.length + ps.observations.length + seriesCount);
  });
});
