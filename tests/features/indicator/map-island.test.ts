// The parts of the map island that run without Svelte (src/features/indicator/map/map-*.ts):
// keyboard path, zoom box, names and links, ranking rows and legend counts, the tooltip,
// the fills, and the bench counters.
import { afterEach, describe, expect, it } from 'vitest';
import type { LevelFile } from '#core/data-types.ts';
import type { LevelGeometry } from '#core/map-view.ts';
import { MAP_VIEW } from '#core/map-view.ts';
import { translator } from '#i18n/index.ts';
import { yearView, type NameItem } from '#features/indicator/map/map-data.ts';
import { zoomViewBox } from '#features/indicator/map/map-geometry.ts';
import { keyAction, nextArea, startArea } from '#features/indicator/map/map-keyboard.ts';
import { hrefOfCode, itemName, levelLabels, nameOfCode } from '#features/indicator/map/map-labels.ts';
import { MapPainter } from '#features/indicator/map/map-paint.ts';
import { classCounts, keptIndices, rankRows } from '#features/indicator/map/map-ranking.ts';
import { sequentialScale } from '#features/indicator/map/map-scale.ts';
import { mapStats, record } from '#features/indicator/map/map-stats.ts';
import { mapTip } from '#features/indicator/map/map-tooltip.ts';

// Three areas in a row (west to east) and one below the middle one.
const geo = {
  codes: ['0201', '0202', '0203', '0401'],
  paths: ['', '', '', ''],
  centroids: [
    [100, 100],
    [200, 100],
    [300, 100],
    [200, 300],
  ],
  boxes: [
    [
      [50, 50],
      [150, 150],
    ],
    [
      [150, 50],
      [250, 150],
    ],
    [
      [250, 50],
      [350, 150],
    ],
    [
      [150, 250],
      [250, 350],
    ],
  ],
  voivodeshipBorders: '',
  outline: '',
  index: new Map([
    ['0201', 0],
    ['0202', 1],
    ['0203', 2],
    ['0401', 3],
  ]),
  ms: 0,
} as LevelGeometry;

describe('keyboard', () => {
  it('maps keys to moves, opening and closing, and leaves other keys alone', () => {
    expect(keyAction('ArrowLeft')).toEqual({ kind: 'move', dir: 'left' });
    expect(keyAction('ArrowDown')).toEqual({ kind: 'move', dir: 'down' });
    expect(keyAction('Enter')).toEqual({ kind: 'open' });
    expect(keyAction(' ')).toEqual({ kind: 'open' });
    expect(keyAction('Escape')).toEqual({ kind: 'close' });
    expect(keyAction('Tab')).toBeUndefined();
    expect(keyAction('a')).toBeUndefined();
  });

  it('starts at the highlighted area if shown, else nearest the centre of the view', () => {
    const all = () => true;
    expect(startArea(geo, 2, [0, 0, 400, 400], all)).toBe(2);
    expect(startArea(geo, -1, [0, 0, 400, 200], all)).toBe(1);
    // The highlighted area is outside the zoomed voivodeship: start inside it.
    expect(startArea(geo, 3, [0, 0, 400, 200], (gi) => geo.codes[gi].startsWith('02'))).toBe(1);
  });

  it('moves to the neighbour in the arrow’s direction among the areas shown', () => {
    const all = () => true;
    expect(nextArea(geo, 1, 'left', all)).toBe(0);
    expect(nextArea(geo, 1, 'right', all)).toBe(2);
    expect(nextArea(geo, 1, 'down', all)).toBe(3);
    expect(nextArea(geo, 1, 'down', (gi) => gi !== 3)).toBe(-1);
    expect(nextArea(geo, 0, 'left', all)).toBe(-1);
  });
});

describe('zoom', () => {
  it('shows the whole country without a prefix, and the box of the matching areas with one', () => {
    expect(zoomViewBox(geo, '')).toEqual([0, 0, MAP_VIEW.width, MAP_VIEW.height]);
    expect(zoomViewBox(undefined, '02')).toEqual([0, 0, MAP_VIEW.width, MAP_VIEW.height]);
    // The three areas of 02 span 50..350 × 50..150: a box around them, centred on them.
    const [x, y, w, h] = zoomViewBox(geo, '02');
    expect(x).toBeLessThan(50);
    expect(x + w).toBeGreaterThan(350);
    expect(Math.abs(x + w / 2 - 200)).toBeLessThanOrEqual(1);
    expect(Math.abs(y + h / 2 - 100)).toBeLessThanOrEqual(1);
    // The one area of 04 gets a box around its own centre.
    const [x4, y4, w4, h4] = zoomViewBox(geo, '04');
    expect(Math.abs(x4 + w4 / 2 - 200)).toBeLessThanOrEqual(1);
    expect(Math.abs(y4 + h4 / 2 - 300)).toBeLessThanOrEqual(1);
  });
});

describe('names and links', () => {
  const items: NameItem[] = [
    ['0201', 'Bolesławiec', 0, 'boleslawiec'],
    ['0202', 'Ząbkowice', 0, 'zabkowice'],
    ['0203', 'Wałbrzych', 'Walbrzych City', 'walbrzych'],
  ];
  const names = new Map(items.map((it) => [it[0], it]));

  it('takes the English name only when the names file has one', () => {
    expect(itemName(items[2], 'en')).toBe('Walbrzych City');
    expect(itemName(items[2], 'pl')).toBe('Wałbrzych');
    expect(itemName(items[0], 'en')).toBe('Bolesławiec');
    expect(nameOfCode(names, '9999', 'pl')).toBe('9999');
  });

  it('links each area and orders the names alphabetically in the page language', () => {
    expect(hrefOfCode(names, 'powiat', '0201', 'en')).toBe('/en/powiat/0201-boleslawiec/');
    const l = levelLabels('powiat', ['0202', '0203', '0201'], names, 'pl', new Intl.Collator('pl'));
    expect(l.name).toEqual(['Ząbkowice', 'Wałbrzych', 'Bolesławiec']);
    expect(l.href[0]).toBe('/powiat/0202-zabkowice/');
    // Polish order: Bolesławiec, Wałbrzych, Ząbkowice.
    expect(Array.from(l.order)).toEqual([2, 1, 0]);
  });
});

const file: LevelFile = {
  release: '2024',
  level: 'powiat',
  years: [2023, 2024],
  codes: ['0201', '0202', '0203', '0401'],
  values: {
    X: [
      [1, 2, null, 10],
      [4, 2.5, null, 1],
    ],
  },
  flags: {
    X: [
      [0, 0, 2, 0],
      [0, 0, 2, 0],
    ],
  },
};

describe('ranking rows and legend counts', () => {
  const view = yearView(file, 'X', 1);
  const labels = { name: ['A', 'B', 'C', 'D'], href: ['/a/', '/b/', '/c/', '/d/'], order: Int32Array.from([0, 1, 2, 3]) };

  it('keeps every area without a zoom, and the marked ones with it', () => {
    expect(keptIndices(4, undefined)).toEqual([0, 1, 2, 3]);
    expect(keptIndices(4, [true, false, true, false])).toEqual([0, 2]);
  });

  it('ranks nationally without a zoom and within the zoomed area with one', () => {
    const national = rankRows(file.codes, view, [0, 1, 2, 3], false, labels);
    expect(national.map((r) => r.rank)).toEqual([1, 2, null, 3]);
    expect(national[2]).toMatchObject({ code: '0203', name: 'C', href: '/c/', value: null, flags: 2 });
    expect(national[0].previous).toEqual({ year: 2023, value: 1 });
    const zoomed = rankRows(file.codes, view, [1, 3], true, labels);
    expect(zoomed.map((r) => [r.code, r.rank])).toEqual([
      ['0202', 1],
      ['0401', 2],
    ]);
  });

  it('counts the areas shown in each class', () => {
    const scale = sequentialScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'quantile');
    const all = classCounts(view, scale, [0, 1, 2, 3]);
    expect(all.reduce((a, b) => a + b, 0)).toBe(3);
    expect(classCounts(view, scale, [2]).every((c) => c === 0)).toBe(true);
  });
});

describe('tooltip', () => {
  const view = yearView(file, 'X', 1);
  const ind = { unit: 'osoby & <inni>', decimals: 1 };

  it('gives the value, year, rank and change, and the same as one sentence', () => {
    const tip = mapTip({ code: '0201', name: 'Bolesławiec <x>', d: 0 }, view, ind, 'pl', false, translator('pl'));
    expect(tip.code).toBe('0201');
    expect(tip.html).toContain('<strong class="tip-name">Bolesławiec &lt;x&gt;</strong>');
    expect(tip.html).toContain('<span class="unit">osoby &amp; &lt;inni&gt;</span>');
    expect(tip.html).toContain('<span class="sub">w kraju: 1. miejsce z 3</span>');
    expect(tip.html).toContain('<span class="sub">zmiana od 2023: +3,0</span>');
    expect(tip.html).toContain('<span class="tip-hint">Enter lub kliknięcie — strona jednostki</span>');
    expect(tip.text).toBe('Bolesławiec <x>: 4,0 (osoby & <inni>), 2024; w kraju: 1. miejsce z 3; zmiana od 2023: +3,0');
  });

  it('names both rankings when the map is zoomed: national and within the area the table ranks', () => {
    const tip = mapTip({ code: '0201', name: 'Bolesławiec', d: 0 }, view, ind, 'pl', false, translator('pl'), {
      name: 'dolnośląskie <b>',
      rank: 1,
      of: 2,
    });
    expect(tip.html).toContain('<span class="sub">w kraju: 1. miejsce z 3</span>');
    expect(tip.html).toContain('<span class="sub">dolnośląskie &lt;b&gt;: 1. miejsce z 2</span>');
    const en = mapTip({ code: '0201', name: 'Bolesławiec', d: 0 }, view, ind, 'en', false, translator('en'), {
      name: 'Lower Silesia',
      rank: 1,
      of: 2,
    });
    expect(en.text).toContain('in Poland: 1 of 3; in Lower Silesia: 1 of 2');
  });

  it('writes English ranks without the Polish ordinal dot, and the tap hint after a touch', () => {
    const tip = mapTip({ code: '0202', name: 'Ząbkowice', d: 1 }, view, ind, 'en', true, translator('en'));
    expect(tip.html).toContain('<span class="sub">in Poland: 2 of 3</span>');
    expect(tip.html).toContain('Tap again to open the page');
    expect(tip.text).toContain('change since 2023: +0.5');
  });

  it('has no rank, unit or change for an area without a value or missing from the file', () => {
    const tip = mapTip({ code: '0203', name: 'Wałbrzych', d: 2 }, view, ind, 'pl', false, translator('pl'));
    expect(tip.html).not.toContain('class="unit"');
    expect(tip.html).not.toContain('miejsce');
    expect(tip.text).toBe('Wałbrzych: dane niejawne, 2024');
    const none = mapTip({ code: '9999', name: '9999', d: -1 }, view, ind, 'en', false, translator('en'));
    expect(none.text).toBe('9999: no data, 2024');
  });
});

describe('fills', () => {
  it('colours values by class and hatches missing and confidential areas', () => {
    const painter = new MapPainter('mapa-pt');
    const scale = sequentialScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'quantile');
    const year = { year: 2024, values: [1, null, null], flags: [0, 2, 0] };
    expect(painter.fillOf(0, year, scale)).toBe(scale.classes[0].colour);
    expect(painter.fillOf(1, year, scale)).toBe('url(#mapa-pt-suppressed)');
    expect(painter.fillOf(2, year, scale)).toBe('url(#mapa-pt-missing)');
    expect(painter.fillOf(-1, year, scale)).toBe('url(#mapa-pt-missing)');
  });
});

describe('bench counters', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).__mesMap;
  });

  it('keeps one set of counters on the page and only the latest 200 timings', () => {
    const stats = mapStats();
    expect(mapStats()).toBe(stats);
    expect((globalThis as Record<string, unknown>).__mesMap).toBe(stats);
    for (let i = 0; i < 250; i++) record(stats.redraws, { level: 'gmina', year: 2024, ms: i });
    expect(stats.redraws).toHaveLength(200);
    expect(stats.redraws[0].ms).toBe(50);
  });
});
