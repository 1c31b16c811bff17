// Measures the shared CSV reader (src/core/csv.ts, parseCsv) against the entity lists'
// reader built on the csv-parse package (readCsvRecords in scripts/pipeline/entities/read-csv.ts,
// the same records and start lines) on the example entity CSV, the largest CSVs the
// pipeline reads, and a generated entity CSV (500,000 rows unless told). Each parser and
// file runs in its own process, so the peak memory of one does not hide the other's.
// Figures only, nothing asserted:
//   node --experimental-strip-types --no-warnings scripts/checks/csv-bench.ts [rows]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseCsv, type CsvRecord } from '#core/csv.ts';
import { readCsvRecords } from '#scripts/pipeline/entities/read-csv.ts';

const PARSERS = { ours: parseCsv, 'csv-parse': readCsvRecords } as const;
type ParserName = keyof typeof PARSERS;

function runOne(parser: ParserName, file: string, separator: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const times: number[] = [];
  // The result is held here between runs, so the memory it keeps can be measured.
  const held: { records: CsvRecord[] } = { records: [] };
  const runs = text.length > 50_000_000 ? 3 : text.length > 1_000_000 ? 5 : 30;
  for (let i = 0; i < runs; i++) {
    held.records = [];
    globalThis.gc?.();
    const t0 = performance.now();
    held.records = PARSERS[parser](text, separator);
    times.push(performance.now() - t0);
  }
  const count = held.records.length;
  globalThis.gc?.();
  const base = process.memoryUsage();
  held.records = [];
  globalThis.gc?.();
  const empty = process.memoryUsage();
  times.sort((a, b) => a - b);
  process.stdout.write(
    JSON.stringify({
      records: count,
      medianMs: times[Math.floor(times.length / 2)],
      minMs: times[0],
      retainedMB: (base.heapUsed + base.arrayBuffers - empty.heapUsed - empty.arrayBuffers) / 1048576,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

/** An entity CSV of n rows: the example file's records repeated with new ids. */
function generate(n: number): string {
  const [header, ...rows] = fs.readFileSync('data/entities/example/entities.example.csv', 'utf8').trimEnd().split('\n');
  const out = [header];
  for (let i = 0; i < n; i++) {
    const r = rows[i % rows.length];
    out.push(r.replace(/^[^,]+/, (id) => `${id}-${i}`));
  }
  return out.join('\r\n') + '\r\n';
}

if (!import.meta.main) {
  // imported: nothing to run
} else if (process.argv[2] === '--one') {
  runOne(process.argv[3] as ParserName, process.argv[4], process.argv[5] ?? ',');
} else {
  const n = Number(process.argv[2] ?? 500_000);
  const big = path.join(os.tmpdir(), `mes-entities-${n}.csv`);
  fs.writeFileSync(big, generate(n));
  const files: [string, string][] = [
    ['data/entities/example/entities.example.csv', ','],
    ['data/sources/teryt/TERC_Urzedowy_2026-01-01.csv', ';'],
    ['data/releases/2023/population-bdl.csv', ','],
    [big, ','],
  ];
  // Same records from both, including the start line of each.
  for (const [file, sep] of files) {
    const text = fs.readFileSync(file, 'utf8');
    const same = JSON.stringify(parseCsv(text, sep)) === JSON.stringify(readCsvRecords(text, sep));
    console.log(`${path.basename(file)} (${(text.length / 1048576).toFixed(2)} MB): same records and lines: ${same}`);
    for (const p of Object.keys(PARSERS) as ParserName[]) {
      const out = execFileSync(
        process.execPath,
        ['--experimental-strip-types', '--no-warnings', '--expose-gc', import.meta.filename, '--one', p, file, sep],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        },
      );
      const r = JSON.parse(out) as { records: number; medianMs: number; minMs: number; retainedMB: number; peakRssMB: number };
      console.log(
        `  ${p.padEnd(10)} ${String(r.records).padStart(7)} records  median ${r.medianMs.toFixed(1).padStart(8)} ms  min ${r.minMs.toFixed(1).padStart(8)} ms  result ${r.retainedMB.toFixed(1).padStart(6)} MB  peak RSS ${r.peakRssMB.toFixed(0).padStart(5)} MB`,
      );
    }
  }
  fs.rmSync(big);
}
