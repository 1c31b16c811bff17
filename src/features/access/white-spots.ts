// White spots: gminas with no unit of a kind within a distance, judged on the distance
// to the nearest unit in the white-spots file (rounded up to 10 m, so "none within X km"
// is exactly distance > X). Pure: the island and its tests share these.
import { toCsv } from '#core/csv.ts';
import { ACCESS_KINDS, type AccessKind, type WhiteSpotsFile } from './access-kinds.ts';

export interface WhiteSpotsState {
  kind: AccessKind;
  km: number;
}

export const DEFAULT_STATE: WhiteSpotsState = { kind: 'cis', km: 25 };
export const PRESET_KM = [10, 25, 50] as const;
export const MAX_KM = 300;

/** Query keys: ?rodzaj=<kind>&km=<distance>; anything invalid falls back to the default. */
export function readState(search: string): WhiteSpotsState {
  const q = new URLSearchParams(search);
  const kind = q.get('rodzaj');
  const km = Number(q.get('km'));
  return {
    kind: (ACCESS_KINDS as readonly string[]).includes(kind ?? '') ? (kind as AccessKind) : DEFAULT_STATE.kind,
    km: Number.isFinite(km) && km >= 1 && km <= MAX_KM ? Math.round(km) : DEFAULT_STATE.km,
  };
}

export function stateQuery(s: WhiteSpotsState): string {
  return `?rodzaj=${encodeURIComponent(s.kind)}&km=${s.km}`;
}

/** No unit of the kind within km; a register without any unit of the kind leaves every gmina a white spot. */
export const isWhiteSpot = (distance: number | null, km: number): boolean => distance === null || distance > km;

export interface AreaRow {
  code: string;
  name: string;
  /** White-spot gminas now, and population living in them. */
  gminas: number;
  pop: number;
  /** The same in the previous release (its distances, today's population); null without a previous release. */
  prevGminas: number | null;
  prevPop: number | null;
  /** Any population figure in the row is demo. */
  popDemo: boolean;
}

export interface WhiteSpotsSummary {
  /** Per gmina: white spot now, and in the previous release (null without one). */
  white: boolean[];
  wasWhite: (boolean | null)[];
  total: AreaRow;
  voivodeships: AreaRow[];
  powiats: AreaRow[];
}

/**
 * Counts and population of the white spots per voivodeship and powiat (TERYT prefixes of
 * 2 and 4 digits), with the change since the previous release computed on the same
 * population, so the change is one of access, not of population.
 */
export function summarise(file: WhiteSpotsFile, state: WhiteSpotsState): WhiteSpotsSummary {
  const d = file.distance[state.kind];
  const prev = file.previous?.distance[state.kind];
  const white = d.map((x) => isWhiteSpot(x, state.km));
  const wasWhite = file.codes.map((_, i) => (prev ? isWhiteSpot(prev[i], state.km) : null));
  const rows = new Map<string, AreaRow>();
  const row = (code: string): AreaRow => {
    let r = rows.get(code);
    if (!r)
      rows.set(
        code,
        (r = {
          code,
          name: file.names[code] ?? code,
          gminas: 0,
          pop: 0,
          prevGminas: prev ? 0 : null,
          prevPop: prev ? 0 : null,
          popDemo: false,
        }),
      );
    return r;
  };
  file.codes.forEach((code, i) => {
    const pop = file.pop[i] ?? 0;
    for (const key of ['PL', code.slice(0, 2), code.slice(0, 4)]) {
      const r = row(key);
      if (white[i]) {
        r.gminas++;
        r.pop += pop;
        if (file.popDemo[i]) r.popDemo = true;
      }
      if (wasWhite[i]) {
        r.prevGminas!++;
        r.prevPop! += pop;
        if (file.popDemo[i]) r.popDemo = true;
      }
    }
  });
  const all = [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
  const shown = (r: AreaRow) => r.gminas > 0 || (r.prevGminas ?? 0) > 0;
  return {
    white,
    wasWhite,
    total: rows.get('PL') ?? row('PL'),
    voivodeships: all.filter((r) => /^\d{2}$/.test(r.code)),
    powiats: all.filter((r) => r.code.length === 4 && shown(r)),
  };
}

/** The white-spot gminas as CSV, each row with its status (demo while the kind's units or the population are demo). */
export function whiteSpotsCsv(file: WhiteSpotsFile, state: WhiteSpotsState, gminaName: (code: string) => string): string {
  const s = summarise(file, state);
  const header = [
    'teryt',
    'name',
    'powiat',
    'voivodeship',
    'kind',
    'km',
    'distance_km',
    `population_${file.popYear}`,
    'previous_release_white_spot',
    'status',
  ];
  const rows: (string | number | null)[][] = [];
  file.codes.forEach((code, i) => {
    if (!s.white[i]) return;
    const demo = file.mode === 'demo' || file.demoKinds.includes(state.kind) || file.popDemo[i] === 1;
    rows.push([
      code,
      gminaName(code),
      file.names[code.slice(0, 4)] ?? '',
      file.names[code.slice(0, 2)] ?? '',
      state.kind,
      state.km,
      file.distance[state.kind][i],
      file.pop[i],
      s.wasWhite[i] === null ? null : s.wasWhite[i] ? 'yes' : 'no',
      demo ? 'demo' : 'real',
    ]);
  });
  return toCsv(header, rows);
}
