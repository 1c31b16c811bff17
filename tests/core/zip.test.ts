// The shared zip writer/reader (src/core/zip.ts), checked against Node's zlib and, where
// the machine has it, Python's zipfile module — an implementation we did not write.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, unzip, zip, ZipWriter } from '#core/zip.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();
const deflate = (d: Uint8Array) => zlib.deflateRawSync(d, { level: 9 });

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/** Python's own reader: names and a CRC test of every entry (testzip). */
function pythonRead(bytes: Uint8Array): { names: string[]; bad: string | null } {
  const file = path.join(os.tmpdir(), `zip-test-${process.pid}-${Math.random().toString(36).slice(2)}.zip`);
  fs.writeFileSync(file, bytes);
  try {
    const out = execFileSync(
      'python3',
      ['-c', 'import sys,json,zipfile;z=zipfile.ZipFile(sys.argv[1]);print(json.dumps({"names":z.namelist(),"bad":z.testzip()}))', file],
      {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      },
    );
    return JSON.parse(out);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe('zip', () => {
  it('continues a CRC over parts like zlib over the whole', () => {
    const a = enc.encode('Zażółć gęślą ');
    const b = enc.encode('jaźń');
    expect(crc32(b, crc32(a))).toBe(zlib.crc32(enc.encode('Zażółć gęślą jaźń')));
  });

  it('deflates what shrinks, stores what does not, and reads both back', () => {
    const text = enc.encode('teryt;rok;wartość\n'.repeat(500));
    const noise = new Uint8Array(256).map((_, i) => (i * 2654435761) >>> 24);
    const bytes = zip(
      [
        { name: 'dane/tabela.csv', data: text },
        { name: 'szum.bin', data: noise },
        { name: 'pusty.txt', data: new Uint8Array(0) },
      ],
      { deflate },
    );
    expect(bytes.length).toBeLessThan(text.length / 5);
    const back = unzip(bytes, zlib.inflateRawSync);
    expect(back.map((e) => e.name)).toEqual(['dane/tabela.csv', 'szum.bin', 'pusty.txt']);
    expect(dec.decode(back[0].data)).toBe(dec.decode(text));
    expect([...back[1].data]).toEqual([...noise]);
    expect(() => unzip(bytes)).toThrow(/deflated and no inflate/);
    if (hasPython()) expect(pythonRead(bytes)).toEqual({ names: ['dane/tabela.csv', 'szum.bin', 'pusty.txt'], bad: null });
  });

  it('is byte-deterministic and stamps the given date', () => {
    const entries = [{ name: 'a.txt', data: enc.encode('a') }];
    expect(zip(entries, { deflate })).toEqual(zip(entries, { deflate }));
    const dated = zip(entries, { date: { year: 2024, month: 12, day: 31 } });
    const v = new DataView(dated.buffer);
    expect(v.getUint16(12, true)).toBe(((2024 - 1980) << 9) | (12 << 5) | 31);
  });

  it('refuses duplicate and unsafe names', () => {
    const w = new ZipWriter(() => {});
    w.add('a.txt', enc.encode('1'));
    expect(() => w.add('a.txt', enc.encode('2'))).toThrow(/duplicate/);
    expect(() => w.add('../etc/passwd', enc.encode('x'))).toThrow(/unsafe/);
    expect(() => w.add('/abs', enc.encode('x'))).toThrow(/unsafe/);
  });

  it('writes zip64 end records past 65,535 entries, readable by us and by Python', () => {
    const n = 70_000;
    const entries = Array.from({ length: n }, (_, i) => ({ name: `f/${i}.txt`, data: enc.encode(String(i)) }));
    const bytes = zip(entries);
    const back = unzip(bytes);
    expect(back.length).toBe(n);
    expect(dec.decode(back[n - 1].data)).toBe(String(n - 1));
    if (hasPython()) {
      const py = pythonRead(bytes);
      expect(py.names.length).toBe(n);
      expect(py.bad).toBeNull();
    }
    // 70,000 entries written, read twice and CRC-checked by Python: seconds on a busy machine.
  }, 60_000);

  it('reports a corrupted entry', () => {
    const bytes = zip([{ name: 'a.txt', data: enc.encode('hello') }]);
    bytes[30 + 5] ^= 1; // first data byte
    expect(() => unzip(bytes)).toThrow(/CRC mismatch in a.txt/);
  });
});
