// The one zip writer and reader of the project: XLSX workbooks (builder island and
// pipeline), per-indicator download ZIPs and the offline archive all go through here.
//
// Timestamps are fixed (the release's date) and the order of entries is the caller's, so
// output is byte-deterministic. Compression is injected: the browser stores (no
// `deflate`), Node passes zlib.deflateRawSync. An entry is stored whenever deflating
// would not make it smaller. Zip64 end records are written when there are more than
// 65,535 entries or the central directory starts beyond 4 GiB (the offline archive of a
// release has ~40,000 files). `add` streams each entry to a sink, so memory stays at one
// file however large the archive.
//
// Why our own and not fflate 0.8.3 (measured on release 2024, Node 22, shared 2-core machine):
// - zip64: fflate writes none. With 70,000 entries its end record says 4,464 (70,000 mod
//   65,536); fflate's own reader and ours then see 4,464 files (Python copes only because
//   it walks the central directory by size). Ours: 70,000, read back by Python and us.
// - Pipeline files: ours with zlib (level 6) rebuilds the shipped files byte for byte and
//   is smaller and faster than fflate's deflate at the same level: the 37 indicator ZIPs
//   3,297,198 B in 1.2 s against 3,878,794 B (+18%) in 3.3 s; gmina.xlsx 4,648,845 B in
//   1.1 s against 5,105,673 B (+10%) in 2.4 s. Switching would change every shipped
//   workbook and ZIP.
// - Builder XLSX in the browser (27,269 rows, 10.6 MB of XML, stored): the same
//   10,594,756 B from both, in the same time (~240 ms each, back to back); fflate's
//   zipSync adds 4.4 kB gzipped to the island (it pulls in its deflate even at level 0),
//   ours 1.2 kB.
// Both are deterministic with a fixed date, and Python's zipfile reads every output of both.

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE), continued from `crc` when bytes arrive in parts. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** Raw DEFLATE (RFC 1951), e.g. `(d) => zlib.deflateRawSync(d, { level: 9 })`. */
export type Deflate = (data: Uint8Array) => Uint8Array;
/** Raw INFLATE, e.g. `zlib.inflateRawSync`. */
export type Inflate = (data: Uint8Array) => Uint8Array;

export interface ZipOptions {
  /** Without it every entry is stored. */
  deflate?: Deflate;
  /** The modification time written for every entry (local time fields); default 1980-01-01 00:00. */
  date?: { year: number; month: number; day: number };
}

/** A "YYYY-MM-DD" day (a release's publication date) as the date stamped on every entry. */
export function zipDate(day: string): NonNullable<ZipOptions['date']> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`zip: a date must be YYYY-MM-DD, got ${JSON.stringify(day)}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const U16 = 0xffff;
const U32 = 0xffffffff;

function dosDate(d: ZipOptions['date']): number {
  if (!d) return (0 << 9) | (1 << 5) | 1;
  return ((d.year - 1980) << 9) | (d.month << 5) | d.day;
}

interface CentralRecord {
  name: Uint8Array;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/**
 * Streams a zip: `add` writes each entry's local header and data to `sink` at once, so an
 * archive of gigabytes needs memory for one file at a time; `finish` writes the central
 * directory. The sink receives chunks in order (e.g. fs.writeSync to an open file).
 */
export class ZipWriter {
  private readonly records: CentralRecord[] = [];
  private readonly names = new Set<string>();
  private offset = 0;
  private finished = false;
  private readonly date: number;
  private readonly enc = new TextEncoder();
  // Plain fields, not constructor parameter properties: Node's strip-types mode (used by
  // the pipeline and archive scripts) refuses TypeScript that needs transforming.
  private readonly sink: (chunk: Uint8Array) => void;
  private readonly options: ZipOptions;

  constructor(sink: (chunk: Uint8Array) => void, options: ZipOptions = {}) {
    this.sink = sink;
    this.options = options;
    this.date = dosDate(options.date);
  }

  /** Bytes written so far. */
  get size(): number {
    return this.offset;
  }

  get count(): number {
    return this.records.length;
  }

  add(name: string, data: Uint8Array): void {
    if (this.finished) throw new Error('zip: add() after finish()');
    if (this.names.has(name)) throw new Error(`zip: duplicate entry ${name}`);
    if (!name || name.startsWith('/') || name.split('/').includes('..')) throw new Error(`zip: unsafe entry name ${JSON.stringify(name)}`);
    if (data.length >= U32) throw new Error(`zip: entry ${name} is 4 GiB or more`);
    if (this.offset >= U32) throw new Error('zip: archive passed 4 GiB before its last entry');
    this.names.add(name);
    const nameBytes = this.enc.encode(name);
    const crc = crc32(data);
    let body = data;
    let method = 0;
    if (this.options.deflate && data.length > 0) {
      const packed = this.options.deflate(data);
      if (packed.length < data.length) {
        body = packed;
        method = 8;
      }
    }
    const local = new Uint8Array(30 + nameBytes.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    v.setUint16(6, 0x0800, true); // names are UTF-8
    v.setUint16(8, method, true);
    v.setUint16(10, 0, true); // time 00:00
    v.setUint16(12, this.date, true);
    v.setUint32(14, crc, true);
    v.setUint32(18, body.length, true);
    v.setUint32(22, data.length, true);
    v.setUint16(26, nameBytes.length, true);
    v.setUint16(28, 0, true);
    local.set(nameBytes, 30);
    this.records.push({ name: nameBytes, method, crc, compressed: body.length, size: data.length, offset: this.offset });
    this.sink(local);
    this.sink(body);
    this.offset += local.length + body.length;
  }

  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const cdStart = this.offset;
    let cdSize = 0;
    for (const r of this.records) {
      const c = new Uint8Array(46 + r.name.length);
      const v = new DataView(c.buffer);
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, (3 << 8) | 20, true); // made by: Unix, 2.0 (so the mode below is read)
      v.setUint16(6, 20, true);
      v.setUint16(8, 0x0800, true);
      v.setUint16(10, r.method, true);
      v.setUint16(12, 0, true);
      v.setUint16(14, this.date, true);
      v.setUint32(16, r.crc, true);
      v.setUint32(20, r.compressed, true);
      v.setUint32(24, r.size, true);
      v.setUint16(28, r.name.length, true);
      // extra length, comment length, disk number, internal attributes: 0
      v.setUint32(38, (0o100644 << 16) >>> 0, true); // external: regular file, rw-r--r--
      v.setUint32(42, r.offset, true);
      c.set(r.name, 46);
      this.sink(c);
      cdSize += c.length;
    }
    const count = this.records.length;
    const needs64 = count > U16 - 1 || cdStart >= U32 || cdSize >= U32;
    if (needs64) {
      const z = new Uint8Array(56 + 20);
      const v = new DataView(z.buffer);
      v.setUint32(0, 0x06064b50, true); // zip64 end of central directory record
      v.setBigUint64(4, 44n, true);
      v.setUint16(12, 45, true);
      v.setUint16(14, 45, true);
      v.setBigUint64(24, BigInt(count), true);
      v.setBigUint64(32, BigInt(count), true);
      v.setBigUint64(40, BigInt(cdSize), true);
      v.setBigUint64(48, BigInt(cdStart), true);
      v.setUint32(56, 0x07064b50, true); // zip64 end of central directory locator
      v.setBigUint64(56 + 8, BigInt(cdStart + cdSize), true);
      v.setUint32(56 + 16, 1, true);
      this.sink(z);
    }
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, needs64 ? U16 : count, true);
    v.setUint16(10, needs64 ? U16 : count, true);
    v.setUint32(12, needs64 ? U32 : cdSize, true);
    v.setUint32(16, needs64 ? U32 : cdStart, true);
    this.sink(end);
  }
}

/** A whole zip in memory (small archives: workbooks, per-indicator downloads). */
export function zip(entries: ZipEntry[], options: ZipOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const w = new ZipWriter((c) => parts.push(c), options);
  for (const e of entries) w.add(e.name, e.data);
  w.finish();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

/**
 * Reads a zip written by any tool (central directory, zip64 included), checking every
 * entry's CRC. `inflate` is needed only for deflated entries.
 */
export function unzip(bytes: Uint8Array, inflate?: Inflate): ZipEntry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('unzip: no end of central directory record');
  let count = v.getUint16(eocd + 10, true);
  let cd = v.getUint32(eocd + 16, true);
  if (count === U16 || cd === U32) {
    const loc = eocd - 20;
    if (loc < 0 || v.getUint32(loc, true) !== 0x07064b50) throw new Error('unzip: zip64 locator missing');
    const rec = Number(v.getBigUint64(loc + 8, true));
    if (v.getUint32(rec, true) !== 0x06064b50) throw new Error('unzip: zip64 record missing');
    count = Number(v.getBigUint64(rec + 32, true));
    cd = Number(v.getBigUint64(rec + 48, true));
  }
  const dec = new TextDecoder();
  const out: ZipEntry[] = [];
  let p = cd;
  for (let k = 0; k < count; k++) {
    if (v.getUint32(p, true) !== 0x02014b50) throw new Error(`unzip: bad central header ${k}`);
    const method = v.getUint16(p + 10, true);
    const crc = v.getUint32(p + 16, true);
    const compressed = v.getUint32(p + 20, true);
    const size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const offset = v.getUint32(p + 42, true);
    const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (v.getUint32(offset, true) !== 0x04034b50) throw new Error(`unzip: bad local header for ${name}`);
    const start = offset + 30 + v.getUint16(offset + 26, true) + v.getUint16(offset + 28, true);
    const body = bytes.subarray(start, start + compressed);
    let data: Uint8Array;
    if (method === 0) data = body.slice();
    else if (method === 8) {
      if (!inflate) throw new Error(`unzip: ${name} is deflated and no inflate was given`);
      data = inflate(body);
    } else throw new Error(`unzip: ${name} uses method ${method}`);
    if (data.length !== size) throw new Error(`unzip: ${name} is ${data.length} bytes, header says ${size}`);
    if (crc32(data) !== crc) throw new Error(`unzip: CRC mismatch in ${name}`);
    out.push({ name, data });
  }
  return out;
}
