// Social economy programmes: the national programme (KPRES) and the regional ones
// (RPRES, one per voivodeship). One YAML file per programme lives in data/programmes/;
// this schema is the single definition of what such a file may say. The pipeline
// (scripts/pipeline/programmes/) validates the files, resolves catalogue indicators against the
// release, computes progress (src/features/programme/progress.ts) and writes the resolved shapes at the
// bottom of this file to public/data/<release>/programmes/.
import { z } from 'zod';
import type { Unit } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import { httpUrl } from '#core/safe-text-schema.ts';
import { STATUSES, TARGET_DIRECTIONS, type Progress, type ProgressPoint, type ProgressStatus } from './progress.ts';
import type { Level } from '#core/territory.ts';
import { pushAll } from '#core/arrays.ts';

const text = z.object({ pl: z.string().min(1), en: z.string().min(1) }).strict();
export type Text = z.infer<typeof text>;

const year = z.number().int().min(1990).max(2100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');
const catalogueId = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'catalogue indicator ids are UPPER_SNAKE_CASE');
const localId = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lower-case letters, digits, "-" and "."');

/** Levels of the goal tree, top to bottom; a child is always of a lower level than its parent. */
export const NODE_TYPES = ['main-goal', 'area', 'priority', 'specific-goal', 'direction'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** "published": a figure; "data-in-preparation" ("dane w opracowaniu") and "suppressed" carry no value. */
export const OBSERVATION_STATUSES = ['published', 'data-in-preparation', 'suppressed'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

export const baselineSchema = z
  .object({
    /** null when the source gives no baseline year. */
    year: year.nullable(),
    /** A number, null when unknown, or "series": read from the catalogue series at `year` in the release. */
    value: z.union([z.number(), z.null(), z.literal('series')]),
    /** The source does not state the year; the file assumes it (the page says so). */
    yearAssumed: z.boolean().default(false),
    demo: z.boolean().default(false),
    note: text.optional(),
  })
  .strict();

export const targetSchema = z
  .object({
    year,
    /** For "increase-by" the increase (> 0); for "reach" and "keep-below" the level. In the indicator's unit. */
    value: z.number(),
    direction: z.enum(TARGET_DIRECTIONS),
    yearAssumed: z.boolean().default(false),
    /** Invented for demonstration: the source gives no target. */
    demo: z.boolean().default(false),
    note: text.optional(),
  })
  .strict();

export const milestoneSchema = z.object({ year, value: z.number(), demo: z.boolean().default(false), note: text.optional() }).strict();

export const observationSchema = z
  .object({
    year,
    /** In the indicator's unit; null exactly when status is not "published". */
    value: z.number().nullable(),
    status: z.enum(OBSERVATION_STATUSES).default('published'),
    /** Source id from data/sources.yaml. */
    source: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    demo: z.boolean().default(false),
    note: text.optional(),
  })
  .strict();

export const programmeIndicatorSchema = z
  .object({
    /** Unique within the programme (nodes and indicators share one namespace). */
    id: localId,
    /** A catalogue indicator (indicators/<ID>.yaml): its series for the programme's territory comes from the release. */
    catalogue: catalogueId.optional(),
    /** Required without `catalogue`; with it, defaults to the catalogue name. */
    name: text.optional(),
    /** The unit the programme states its figures in. Required without `catalogue` or with a factor other than 1. */
    unit: text.optional(),
    /** Catalogue value = programme value × factor (e.g. 1000 when the programme counts thousand entities). Only with `catalogue`. */
    factor: z.number().positive().optional(),
    decimals: z.number().int().min(0).max(4).optional(),
    baseline: baselineSchema,
    target: targetSchema,
    milestones: z.array(milestoneSchema).optional(),
    /**
     * Values as the programme's monitoring published them (programme unit). When present they
     * decide the status; the catalogue series is shown beside them. Without them a catalogue
     * indicator is measured on its release series.
     */
    observations: z.array(observationSchema).optional(),
    /** The body responsible for the indicator, when the source names one. */
    responsible: text.optional(),
    /** Where the values come from. */
    dataSource: text,
    note: text.optional(),
  })
  .strict();
export type ProgrammeIndicator = z.infer<typeof programmeIndicatorSchema>;

export const nodeSchema = z.strictObject({
  id: localId,
  type: z.enum(NODE_TYPES),
  /** As numbered in the source: "I", "2", "1.3". */
  number: z.string().optional(),
  title: text,
  note: text.optional(),
  indicators: z.array(programmeIndicatorSchema).optional(),
  get children() {
    return z.array(nodeSchema).optional();
  },
});
export type ProgrammeNode = z.infer<typeof nodeSchema>;

export const programmeSchema = z
  .object({
    /** Lower-case, hyphenated; the file is data/programmes/<id>.yaml. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'programme ids are lower-case words joined by "-"'),
    /** "PL" for the national programme, else a 2-digit voivodeship TERYT code. */
    territory: z.string(),
    title: text,
    shortTitle: text.optional(),
    period: z.object({ from: year, to: year }).strict(),
    adopted: z
      .object({
        by: text,
        date: isoDate.optional(),
        /** Resolution number as printed, e.g. "164" or "2428/82/V/2015". */
        resolution: z.string().optional(),
        /** Official journal reference, e.g. "M.P. 2014 poz. 811". */
        gazette: z.string().optional(),
        note: text.optional(),
      })
      .strict()
      .optional(),
    amendments: z
      .array(
        z.object({ date: isoDate.optional(), resolution: z.string().optional(), gazette: z.string().optional(), change: text }).strict(),
      )
      .optional(),
    /** The body responsible for carrying out the programme. */
    responsible: text.optional(),
    /** The whole programme is a demonstration, not a real document. */
    demo: z.boolean().default(false),
    note: text.optional(),
    /** Background shown with the programme (e.g. the coordination project that carries it out). */
    context: text.optional(),
    sources: z.array(z.object({ title: text, url: httpUrl.optional(), note: text.optional() }).strict()).min(1, 'name at least one source'),
    /** Indicators of the programme as a whole. */
    indicators: z.array(programmeIndicatorSchema).optional(),
    tree: z.array(nodeSchema),
  })
  .strict();
export type ProgrammeDefinition = z.infer<typeof programmeSchema>;
/** What a YAML file may contain before defaults are applied. */
export type ProgrammeDefinitionInput = z.input<typeof programmeSchema>;

// ---------------------------------------------------------------------------
// Resolved shapes written to public/data/<release>/programmes/ (JSON).

export interface ResolvedIndicator {
  id: string;
  /** Id of the node it is attached to; null for the programme as a whole. */
  node: string | null;
  catalogue?: string;
  name: Text;
  /** The programme's unit; values, baseline, target, milestones and points are in it. */
  unit: Text;
  /** With `catalogue`: the catalogue's unit and the factor (catalogue value = programme value × factor). */
  catalogueUnit?: Unit;
  factor: number;
  decimals: number;
  baseline: { year: number | null; value: number | null; yearAssumed: boolean; demo: boolean; fromSeries: boolean; note?: Text };
  target: {
    year: number;
    value: number;
    direction: (typeof TARGET_DIRECTIONS)[number];
    goal: number | null;
    yearAssumed: boolean;
    demo: boolean;
    note?: Text;
  };
  milestones: { year: number; value: number; demo: boolean; note?: Text }[];
  /** As published by the programme's monitoring (programme unit). */
  observations: { year: number; value: number | null; status: ObservationStatus; source?: string; demo: boolean; note?: Text }[];
  /** The catalogue series for the territory in the release, in catalogue units (v: values, f: FLAG bitmasks, s: sources). */
  series?: { years: number[]; v: (number | null)[]; f: number[]; s?: string | (string | null)[] };
  /** Which values decide the status. */
  basis: 'observations' | 'series' | 'none';
  /** Those values in the programme's unit, the input of computeProgress. */
  points: ProgressPoint[];
  /** Baseline → milestones → goal, for the chart. */
  path: { year: number; value: number }[];
  progress: Progress;
  responsible?: Text;
  dataSource: Text;
  note?: Text;
}

export interface ResolvedNode {
  id: string;
  type: NodeType;
  number?: string;
  title: Text;
  note?: Text;
  indicators: ResolvedIndicator[];
  children: ResolvedNode[];
}

export type StatusCounts = Record<ProgressStatus, number>;

export interface ProgrammeTerritory {
  code: string;
  level: Level;
  name: string;
  displayName: string;
  slug: string;
}

/** public/data/<release>/programmes/<id>.json */
export interface ProgrammeFile {
  release?: string;
  id: string;
  territory: ProgrammeTerritory;
  title: Text;
  shortTitle?: Text;
  period: { from: number; to: number };
  adopted?: ProgrammeDefinition['adopted'];
  amendments?: ProgrammeDefinition['amendments'];
  responsible?: Text;
  /** The programme itself is a demonstration. */
  demo: boolean;
  /** Anything shown is demonstration data (programme, targets or values). */
  hasDemo: boolean;
  /** The YAML file it was read from, or null when generated by scripts/pipeline/programmes/demo.ts. */
  file: string | null;
  note?: Text;
  context?: Text;
  sources: ProgrammeDefinition['sources'];
  indicators: ResolvedIndicator[];
  tree: ResolvedNode[];
  statusCounts: StatusCounts;
}

/** One programme in public/data/<release>/programmes/index.json */
export interface ProgrammeIndexEntry {
  id: string;
  territory: ProgrammeTerritory;
  title: Text;
  shortTitle?: Text;
  period: { from: number; to: number };
  demo: boolean;
  hasDemo: boolean;
  indicatorCount: number;
  statusCounts: StatusCounts;
  /** Catalogue indicators of the programme (first occurrence), for comparing programmes. */
  shared: Record<
    string,
    { indicator: string; status: ProgressStatus; share: number | null; projectedShare: number | null; targetYear: number; demo: boolean }
  >;
}

/** public/data/<release>/programmes/index.json */
export interface ProgrammeIndex {
  release?: string;
  /** National first, then the voivodeships by TERYT code. */
  programmes: ProgrammeIndexEntry[];
}

export const emptyStatusCounts = (): StatusCounts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

/** Every indicator of a resolved programme, the programme-level ones first, then depth-first through the tree. */
export function allIndicators(p: { indicators: ResolvedIndicator[]; tree: ResolvedNode[] }): ResolvedIndicator[] {
  const out = [...p.indicators];
  const walk = (n: ResolvedNode) => {
    pushAll(out, n.indicators);
    n.children.forEach(walk);
  };
  p.tree.forEach(walk);
  return out;
}

/** Every node of a resolved programme's tree by id. */
export function nodesById(p: Pick<ProgrammeFile, 'tree'>): Map<string, ResolvedNode> {
  const m = new Map<string, ResolvedNode>();
  const walk = (n: ResolvedNode) => {
    m.set(n.id, n);
    n.children.forEach(walk);
  };
  p.tree.forEach(walk);
  return m;
}

/**
 * Whether anything the programme page shows of this indicator is demonstration data: its
 * baseline, target, milestones, status, values, and — where the programme publishes its
 * own figures — the catalogue series shown beside them. With basis "series" the shown
 * values of the series are the points; its other cells (missing years) are not shown, so
 * their flags do not count. The pipeline's `hasDemo` and the page's demo marks both use it.
 */
export function indicatorHasDemo(i: ResolvedIndicator): boolean {
  return (
    i.baseline.demo ||
    i.target.demo ||
    i.progress.demo ||
    i.milestones.some((m) => m.demo) ||
    i.observations.some((o) => o.demo) ||
    i.points.some((p) => p.demo) ||
    (i.basis === 'observations' && !!i.series?.f.some((f) => (f & FLAG.demo) !== 0))
  );
}
