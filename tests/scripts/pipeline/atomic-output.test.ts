// The pipeline's output is replaced all at once: a failed or killed run leaves the previous
// output byte for byte. The pipeline runs as a child process in a temporary working folder
// whose data/ links to the repository's shared inputs (scripts/pipeline/shared-inputs.ts), with two
// one-year releases (all demo) so a run takes seconds.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleTemps, replaceDirAtomically, tempSiblings, writeFileAtomically } from '#scripts/pipeline/atomic-dir.ts';
import { linkSharedInputs } from '#scripts/pipeline/shared-inputs.ts';

const REPO = process.cwd();
const NODE = fs.existsSync(path.join(REPO, 'node_modules/.bin/node')) ? path.join(REPO, 'node_modules/.bin/node') : process.execPath;
const temp: string[] = [];
afterAll(() => temp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tempDir = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temp.push(d);
  return d;
};

/** Every file and folder under `dir` with the SHA-256 of each file. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (abs: string, rel: string) => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        out[`${r}/`] = 'dir';
        walk(path.join(abs, e.name), r);
      } else
        out[r] = crypto
          .createHash('sha256')
          .update(fs.readFileSync(path.join(abs, e.name)))
          .digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** An output folder as a previous run left it (its content does not matter, only that it survives). */
function previousOutput(root: string): string {
  const out = path.join(root, 'out');
  fs.mkdirSync(path.join(out, '2023', 'territory'), { recursive: true });
  fs.writeFileSync(path.join(out, '2023', 'territory', 'PL.json'), '{"previous":2023}');
  fs.mkdirSync(path.join(out, '2024'));
  fs.writeFileSync(path.join(out, '2024', 'manifest.json'), '{"previous":2024}');
  fs.writeFileSync(path.join(out, 'releases.json'), '{"latest":"2024","releases":["2024","2023"]}');
  return out;
}

/** A working folder with releases 2023 and 2024 (one year each); `extra` adds source tables to 2024. */
function workingFolder(extra: Record<string, string> = {}): string {
  const root = tempDir('mes-atomic-');
  fs.mkdirSync(path.join(root, 'data'));
  linkSharedInputs(REPO, root);
  for (const y of ['2023', '2024']) {
    const dir = path.join(root, 'data', 'releases', y);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'release.yaml'),
      `id: '${y}'\nyears: { from: ${y}, to: ${y} }\npublished: '2025-11-30'\ndemoSeed: 'test'\nnotes: { pl: x, en: x }\n`,
    );
  }
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(root, 'data', 'releases', '2024', name), text);
  return root;
}

const PIPELINE = `import(${JSON.stringify(path.join(REPO, 'scripts/pipeline/run.ts'))}).then((m) => m.runPipeline('out', { onRelease: (s) => console.log('written ' + s.release) }))`;

/** Runs the pipeline in `cwd`; with `killAfter`, kills it (SIGKILL) once that release is written. */
function runChild(
  cwd: string,
  killAfter?: string,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, ['--experimental-strip-types', '--no-warnings', '-e', PIPELINE], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (killAfter && stdout.includes(`written ${killAfter}\n`)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('replaceDirAtomically', () => {
  it('leaves the old folder whole when the writer throws, and removes its half-written one', () => {
    const root = tempDir('mes-atomic-unit-');
    const out = previousOutput(root);
    const before = snapshot(out);
    expect(() =>
      replaceDirAtomically(out, (dir) => {
        fs.writeFileSync(path.join(dir, 'releases.json'), 'new');
        throw new Error('bad release');
      }),
    ).toThrow('bad release');
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(root)).toEqual(['out']);
  });

  it('replaces the folder with exactly what the writer wrote', () => {
    const root = tempDir('mes-atomic-unit-');
    const out = previousOutput(root);
    expect(replaceDirAtomically(out, (dir) => (fs.writeFileSync(path.join(dir, 'a.json'), '1'), 'done'))).toBe('done');
    expect(snapshot(out)).toEqual({ 'a.json': crypto.createHash('sha256').update('1').digest('hex') });
    expect(fs.readdirSync(root)).toEqual(['out']);
    replaceDirAtomically(path.join(root, 'fresh'), (dir) => fs.writeFileSync(path.join(dir, 'b'), ''));
    expect(fs.readdirSync(path.join(root, 'fresh'))).toEqual(['b']);
  });

  it('removes temporary folders of runs that are gone and keeps those of a live run', () => {
    const root = tempDir('mes-atomic-unit-');
    const out = path.join(root, 'out');
    const gone = path.join(root, '.out.partial-999999999-0');
    const live = path.join(root, `.out.old-${process.ppid}-3`);
    const other = path.join(root, '.other.partial-999999999-0');
    for (const d of [out, gone, live, other]) fs.mkdirSync(d);
    expect(
      tempSiblings(out)
        .map((t) => path.basename(t.path))
        .sort(),
    ).toEqual([path.basename(live), path.basename(gone)].sort());
    expect(removeStaleTemps(out)).toEqual([gone]);
    expect(fs.readdirSync(root).sort()).toEqual([path.basename(live), '.other.partial-999999999-0', 'out'].sort());
  });
});

describe('the pipeline', () => {
  it('leaves the previous output byte-identical when its second release is bad', async () => {
    const cwd = workingFolder({ 'probe.csv': 'teryt,year,indicator,value,unit,flag,source\n1261011,2024,CIS,-3,units,,gus-reint-2021\n' });
    const out = previousOutput(cwd);
    const before = snapshot(out);
    const run = await runChild(cwd);
    expect(run.stdout).toContain('written 2023');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/probe\.csv:2: CIS is a count/);
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(cwd).sort()).toEqual(['data', 'indicators', 'out']);
  }, 180_000);

  it('leaves the previous output whole when killed part-way, and the next run clears what the killed one left', async () => {
    const cwd = workingFolder();
    const out = previousOutput(cwd);
    const before = snapshot(out);
    const killed = await runChild(cwd, '2023');
    expect(killed.signal).toBe('SIGKILL');
    expect(snapshot(out)).toEqual(before);
    expect(tempSiblings(out)).toHaveLength(1);

    const next = await runChild(cwd);
    expect(next.code).toBe(0);
    expect(tempSiblings(out)).toEqual([]);
    const releases = JSON.parse(fs.readFileSync(path.join(out, 'releases.json'), 'utf8'));
    expect(releases).toEqual({ latest: '2024', releases: ['2024', '2023'] });
    expect(fs.existsSync(path.join(out, '2024', 'manifest.json'))).toBe(true);
  }, 240_000);
});

describe('writeFileAtomically', () => {
  it('replaces a file in one step and leaves no temporary file', () => {
    const root = tempDir('mes-atomic-file-');
    const file = path.join(root, 'archives.json');
    fs.writeFileSync(file, 'old');
    writeFileAtomically(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.readdirSync(root)).toEqual(['archives.json']);
  });

  it('keeps the old content and cleans up when the rename fails', () => {
    const root = tempDir('mes-atomic-file-');
    const target = path.join(root, 'page');
    fs.mkdirSync(path.join(target, 'inside'), { recursive: true });
    expect(() => writeFileAtomically(target, 'new')).toThrow();
    expect(fs.readdirSync(root)).toEqual(['page']);
    expect(fs.readdirSync(target)).toEqual(['inside']);
  });
});
