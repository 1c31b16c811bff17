// eslint.config.js: the rule against spreading arrays into variadic built-ins.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const SPREAD = /overflows the stack/;

async function spreadErrors(code: string, filePath: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => SPREAD.test(m.message)).map((m) => m.line);
}

const CODE = `const a: number[] = [];
const b = [1, 2];
a.push(...b);
a.unshift(...b);
a.splice(0, 0, ...b);
Math.max(...b);
Math.min(1, ...b);
String.fromCharCode(...b);
const forward = (...key: number[]) => key.length;
forward(...b);
pushAllOf([...b, ...a]);
function pushAllOf(x: number[]) { return x; }
export {};
`;

describe('no spread of an array into push, unshift, splice, Math.max/min, String.fromCharCode', () => {
  it('is reported in scripts/ and src/, features included, and only there', async () => {
    const expected = [3, 4, 5, 6, 7, 8];
    expect(await spreadErrors(CODE, 'scripts/pipeline/spread-probe.ts')).toEqual(expected);
    expect(await spreadErrors(CODE, 'src/core/spread-probe.ts')).toEqual(expected);
    expect(await spreadErrors(CODE, 'src/features/builder/spread-probe.ts')).toEqual(expected);
    expect(await spreadErrors(CODE, 'tests/spread-probe.ts')).toEqual([]);
  }, 60_000);

  it('keeps the language-branch rule of feature code beside it', async () => {
    const [result] = await eslint.lintText('export const f = (lang: string, a: number[]) => (lang === "pl" ? Math.max(...a) : 0);\n', {
      filePath: 'src/features/territory/spread-probe.ts',
    });
    expect(result.messages.map((m) => m.message)).toEqual([expect.stringMatching(/dictionaries/), expect.stringMatching(SPREAD)]);
  }, 60_000);
});
