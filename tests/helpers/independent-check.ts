// An independent recomputation of country and voivodeship values from the source
// rows, written without the pipeline's modules (no aggregate.ts, no build-release.ts),
// so that a bug there cannot hide itself. Used by tests/scripts/pipeline/pipeline.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export interface RawRow {
  code: string;
  year: number;
  indicator: string;
  value: number | null;
  suppressed: boolean;
}

interface Def {
  id: string;
  decimals: number;
  levels: string[];
  aggregation: { rule: string; numerator?: string; denominator?: string; multiplier?: number };
}

export function readRawRows(releaseDir: string): RawRow[] {
  const rows: RawRow[] = [];
  for (const f of fs.readdirSync(releaseDir).filter((f) => f.endsWith('.csv'))) {
    const lines = fs.readFileSync(path.join(releaseDir, f), 'utf8').trim().split('\n').slice(1);
    for (const line of lines) {
      // Our own tables never quote: a plain split is enough and keeps this path separate.
      const [code, year, indicator, value, , flag] = line.split(',');
      rows.push({
        code,
        year: Number(year),
        indicator,
        value: value === '' ? null : Number(value),
        suppressed: flag.includes('suppressed'),
      });
    }
  }
  return rows;
}

export function readDefinitions(dir = 'indicators'): Def[] {
  return fs.readdirSync(dir).map((f) => YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Def);
}

const round = (x: number, d: number) => {
  const r = Math.round((x + Number.EPSILON * Math.sign(x)) * 10 ** d) / 10 ** d;
  return Object.is(r, -0) ? 0 : r;
};

/** Expected published values {indicator → code → value|null} for the country and voivodeships in one year. */
export function recompute(rows: RawRow[], defs: Def[], year: number): Map<string, Map<string, number | null>> {
  const at = new Map<string, RawRow>();
  for (const r of rows) if (r.year === year) at.set(`${r.indicator}|${r.code}`, r);
  const gminas = new Set(rows.filter((r) => r.code.length === 7).map((r) => r.code));
  const voivodeships = [...new Set([...gminas].map((g) => g.slice(0, 2)))].sort();
  const defById = new Map(defs.map((d) => [d.id, d]));
  const memo = new Map<string, number | null | undefined>();

  // undefined = missing, null = suppressed
  const total = (id: string, code: string): number | null | undefined => {
    const key = `${id}|${code}`;
    if (memo.has(key)) return memo.get(key);
    const own = at.get(key);
    let result: number | null | undefined;
    if (own) result = own.suppressed ? null : own.value!;
    else {
      const def = defById.get(id)!;
      const children =
        code === 'PL'
          ? voivodeships
          : code.length === 2 && def.levels.includes('gmina')
            ? [...gminas].filter((g) => g.startsWith(code))
            : [];
      if (children.length === 0 || def.aggregation.rule !== 'sum') result = undefined;
      else {
        let sum = 0;
        let suppressed = false;
        let missing = false;
        for (const c of children) {
          const v =
            code === 'PL'
              ? total(id, c)
              : at.has(`${id}|${c}`)
                ? at.get(`${id}|${c}`)!.suppressed
                  ? null
                  : at.get(`${id}|${c}`)!.value
                : undefined;
          if (v === null) suppressed = true;
          else if (v === undefined) missing = true;
          else sum += v;
        }
        result = suppressed ? null : missing ? undefined : sum;
      }
    }
    memo.set(key, result);
    return result;
  };

  const out = new Map<string, Map<string, number | null>>();
  for (const def of defs) {
    const rule = def.aggregation.rule;
    if (rule !== 'sum' && rule !== 'ratio') continue;
    const values = new Map<string, number | null>();
    for (const code of ['PL', ...voivodeships]) {
      if (!def.levels.includes(code === 'PL' ? 'country' : 'voivodeship')) continue;
      let v: number | null | undefined;
      const own = at.get(`${def.id}|${code}`);
      if (own) v = own.suppressed ? null : own.value;
      else if (rule === 'sum') v = total(def.id, code);
      else {
        const n = total(def.aggregation.numerator!, code);
        const d = total(def.aggregation.denominator!, code);
        v =
          n === null || d === null
            ? null
            : n === undefined || d === undefined || d === 0
              ? undefined
              : (n / d) * def.aggregation.multiplier!;
      }
      values.set(code, v === undefined || v === null ? null : round(v, def.decimals));
    }
    out.set(def.id, values);
  }
  return out;
}

/**
 * Population by year for the country and each voivodeship, summed straight from the raw
 * BDL export (gmina totals only: kind digit 1, 2 or 3; a unit counts in a year when all
 * three economic age groups are given). year → 'PL' or voivodeship code → persons.
 */
export function bdlPopulationTotals(text: string): Map<number, Map<string, number>> {
  const [headerLine, ...lines] = text.trim().split('\n');
  const columns = [...headerLine.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  const groups = ['w wieku przedprodukcyjnym', 'w wieku produkcyjnym', 'w wieku poprodukcyjnym'];
  const out = new Map<number, Map<string, number>>();
  for (const line of lines) {
    const m = /^"?(\d{7})"?;"[^"]*";(.*)$/.exec(line.trim());
    if (!m || !'123'.includes(m[1][6])) continue;
    const cells = m[2].split(';').map((c) => c.replace(/"/g, ''));
    const byYear = new Map<number, number[]>();
    cells.forEach((cell, i) => {
      const [group, , year] = (columns[i + 2] ?? '').split(';');
      if (!groups.includes(group) || cell === '') return;
      byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), Number(cell)]);
    });
    for (const [year, parts] of byYear) {
      if (parts.length !== 3) continue;
      const total = parts[0] + parts[1] + parts[2];
      const y = out.get(year) ?? new Map<string, number>();
      for (const code of ['PL', m[1].slice(0, 2)]) y.set(code, (y.get(code) ?? 0) + total);
      out.set(year, y);
    }
  }
  return out;
}

/** The same from the GUS 2020 file (`teryt7,…,population`): 'PL' or voivodeship code → persons. */
export function population2020Totals(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.trim().split('\n').slice(1)) {
    const fields = line.split(',');
    const value = Number(fields.at(-1));
    for (const code of ['PL', fields[0].slice(0, 2)]) out.set(code, (out.get(code) ?? 0) + value);
  }
  return out;
}
