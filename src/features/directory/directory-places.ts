// Territory names for the directory island: a compact list of every voivodeship, powiat
// and gmina (/data/<release>/names/places.json, written by the pipeline), and
// the labels the island shows in selects, result rows and the area view.
import type { Lang } from '#core/format.ts';
import { displayName, gminaKindLabel, shortName, voivodeshipEnglish, type NamedTerritory } from '#core/names.ts';
import type { GminaKind, Level } from '#core/territory.ts';

/**
 * [code, name, displayName ('' when it is the usual one: the name for a gmina, "powiat
 * <name>", "województwo <name>"), gmina kind ('u', 'r', 'ur'; '' for others), city with
 * powiat rights (1/0)]
 */
export type PlaceItem = [string, string, string, KindCode, 0 | 1];
type KindCode = '' | 'u' | 'r' | 'ur';
const KIND_CODE: Record<GminaKind, KindCode> = { urban: 'u', rural: 'r', 'urban-rural': 'ur' };
const KIND_OF_CODE: Record<string, GminaKind> = { u: 'urban', r: 'rural', ur: 'urban-rural' };

const usualDisplayName = (level: Level, name: string): string =>
  level === 'voivodeship' ? `województwo ${name}` : level === 'powiat' ? `powiat ${name}` : name;

export interface PlacesFile {
  version: 1;
  items: PlaceItem[];
}

export function buildPlaces(register: readonly (NamedTerritory & { cityWithPowiatRights?: boolean })[]): PlacesFile {
  return {
    version: 1,
    items: register
      .filter((e) => e.level !== 'country')
      .map((e) => [
        e.code,
        e.name,
        e.displayName === usualDisplayName(e.level, e.name) ? '' : e.displayName,
        e.kind ? KIND_CODE[e.kind] : '',
        e.cityWithPowiatRights ? 1 : 0,
      ]),
  };
}

const LEVEL_OF_LENGTH: Record<number, Level> = { 2: 'voivodeship', 4: 'powiat', 7: 'gmina' };

/** A voivodeship's name in a select: "małopolskie", "Małopolskie". */
const VOIVODESHIP_OPTION: Record<Lang, (name: string) => string> = { pl: (name) => name, en: voivodeshipEnglish };

const collator = new Intl.Collator('pl', { sensitivity: 'base' });

export class Places {
  private byCode = new Map<string, NamedTerritory>();
  private children = new Map<string, string[]>();

  constructor(file: PlacesFile) {
    for (const [code, name, dn, kind, city] of file.items) {
      const level = LEVEL_OF_LENGTH[code.length];
      if (!level) continue;
      this.byCode.set(code, {
        code,
        level,
        name,
        displayName: dn || usualDisplayName(level, name),
        kind: kind ? KIND_OF_CODE[kind] : undefined,
        cityWithPowiatRights: city === 1,
      });
      const parent = level === 'voivodeship' ? '' : code.slice(0, level === 'powiat' ? 2 : 4);
      const list = this.children.get(parent);
      if (list) list.push(code);
      else this.children.set(parent, [code]);
    }
    for (const list of this.children.values())
      list.sort((a, b) => collator.compare(this.byCode.get(a)!.name, this.byCode.get(b)!.name) || (a < b ? -1 : 1));
  }

  get(code: string): NamedTerritory | undefined {
    return this.byCode.get(code);
  }

  /** Voivodeships (parent ''), powiats of a voivodeship, gminas of a powiat, by name. */
  childrenOf(parent: string): string[] {
    return this.children.get(parent) ?? [];
  }

  /** The unique display name in the page language. */
  display(code: string, lang: Lang): string {
    const t = this.byCode.get(code);
    return t ? displayName(t, lang) : code;
  }

  /** Short name for headings: "powiat nowotarski", "Kraków", "województwo małopolskie". */
  short(code: string, lang: Lang): string {
    const t = this.byCode.get(code);
    return t ? shortName(t, lang) : code;
  }

  /** Label in a select: "małopolskie" / "Małopolskie"; "powiat nowotarski"; "Nowy Targ (gmina wiejska)". */
  option(code: string, lang: Lang): string {
    const t = this.byCode.get(code);
    if (!t) return code;
    if (t.level === 'voivodeship') return VOIVODESHIP_OPTION[lang](t.name);
    if (t.level === 'powiat') return t.cityWithPowiatRights ? displayName(t, lang) : shortName(t, lang);
    return t.kind ? `${t.name} (${gminaKindLabel(t.kind, lang)})` : t.name;
  }

  /** Where an entity is, in one short line: "Nowy Targ (gmina wiejska) · powiat nowotarski · małopolskie". */
  placeLine(gmina: string, lang: Lang): string {
    const powiat = this.byCode.get(gmina.slice(0, 4));
    // A city with powiat rights is its own powiat: naming it twice says nothing.
    const parts = [
      this.option(gmina, lang),
      powiat?.cityWithPowiatRights ? '' : this.option(gmina.slice(0, 4), lang),
      this.option(gmina.slice(0, 2), lang),
    ];
    return parts.filter(Boolean).join(' · ');
  }
}
