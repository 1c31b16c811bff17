// Replaces a whole output folder at once. Everything is written into a temporary sibling
// (same filesystem, so the final step is a rename) and swapped in only when the writer has
// finished; a failed, killed or interrupted run leaves the previous folder as it was and,
// at worst, a stale temporary sibling that the next run removes.
import fs from 'node:fs';
import path from 'node:path';

/** `.<name>.partial-<pid>-<n>` while being written, `.<name>.old-<pid>-<n>` while being replaced. */
const TEMP = /^\.(.+)\.(partial|old)-(\d+)-\d+$/;

/** The temporary siblings of `target` (absolute paths) and the process that made each. */
export function tempSiblings(target: string): { path: string; pid: number }[] {
  const parent = path.dirname(path.resolve(target));
  const name = path.basename(path.resolve(target));
  if (!fs.existsSync(parent)) return [];
  return fs
    .readdirSync(parent)
    .map((entry) => ({ entry, m: TEMP.exec(entry) }))
    .filter(({ m }) => m !== null && m[1] === name)
    .map(({ entry, m }) => ({ path: path.join(parent, entry), pid: Number(m![3]) }));
}

export function isTempSibling(entry: string): boolean {
  return TEMP.test(entry);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary siblings left by runs that no longer exist; a run still going keeps its own. */
export function removeStaleTemps(target: string): string[] {
  const removed: string[] = [];
  for (const t of tempSiblings(target))
    if (!alive(t.pid)) {
      fs.rmSync(t.path, { recursive: true, force: true });
      removed.push(t.path);
    }
  return removed;
}

let counter = 0;

/**
 * Runs `write(dir)` on an empty temporary sibling of `target`, then puts that folder in
 * place of `target`: the old folder is renamed aside, the new one renamed in, and only then
 * is the old one deleted (if the second rename fails, the old one is put back). Whatever
 * `write` throws propagates after its half-written folder is removed.
 */
export function replaceDirAtomically<T>(target: string, write: (dir: string) => T): T {
  const abs = path.resolve(target);
  const parent = path.dirname(abs);
  const name = path.basename(abs);
  fs.mkdirSync(parent, { recursive: true });
  removeStaleTemps(abs);
  const tag = `${process.pid}-${counter++}`;
  const partial = path.join(parent, `.${name}.partial-${tag}`);
  const old = path.join(parent, `.${name}.old-${tag}`);
  fs.mkdirSync(partial);
  let result: T;
  try {
    result = write(partial);
  } catch (e) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw e;
  }
  const hadTarget = fs.existsSync(abs);
  if (hadTarget) fs.renameSync(abs, old);
  try {
    fs.renameSync(partial, abs);
  } catch (e) {
    if (hadTarget) fs.renameSync(old, abs);
    fs.rmSync(partial, { recursive: true, force: true });
    throw e;
  }
  if (hadTarget) fs.rmSync(old, { recursive: true, force: true });
  return result;
}

/**
 * Writes one file through a temporary sibling and a rename, so a reader (or a run killed
 * mid-write) sees the old bytes or the new ones, never a truncated file.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  const abs = path.resolve(file);
  const partial = path.join(path.dirname(abs), `.${path.basename(abs)}.partial-${process.pid}-${counter++}`);
  try {
    fs.writeFileSync(partial, data);
    fs.renameSync(partial, abs);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}
