// A progress status as the programme pages show it: its label, a symbol of its own (so a
// badge differs by shape and text, not colour alone) and, when it cannot be assessed,
// why; the status counts of a programme; and the rating rule as the page states it,
// filled from the constants the computation uses (./progress.ts).
import { countPhrase, formatNumber, type Lang } from '#core/format.ts';
import { INDICATOR_WORD } from '#core/nouns.ts';
import { translator } from '#i18n/index.ts';
import {
  AT_RISK_MIN_SHARE,
  ON_TRACK_MIN_SHARE,
  PROJECTION_POINTS,
  STATUSES,
  type Progress,
  type ProgressStatus,
  type UnknownReason,
} from './progress.ts';

/** A symbol per status, so the badge differs by shape and text, not colour alone. */
export const STATUS_SYMBOL: Record<ProgressStatus, string> = {
  achieved: '✓',
  'on-track': '↗',
  'at-risk': '!',
  'off-track': '✗',
  unknown: '?',
};

/** "Na dobrej drodze", "On track". */
export const statusLabel = (status: ProgressStatus, lang: Lang): string => translator(lang)(`programme.status-${status}`);

/** "dane w opracowaniu", "no baseline value". */
export const unknownReasonLabel = (reason: UnknownReason, lang: Lang): string => translator(lang)(`programme.reason-${reason}`);

export interface StatusView {
  status: ProgressStatus;
  label: string;
  symbol: string;
  /** Why it cannot be assessed ("dane w opracowaniu"), for "unknown". */
  reason?: string;
  /** Any value, baseline or target behind it is demonstration data. */
  demo: boolean;
}

export function statusView(p: Pick<Progress, 'status' | 'reason' | 'demo'>, lang: Lang): StatusView {
  return {
    status: p.status,
    label: statusLabel(p.status, lang),
    symbol: STATUS_SYMBOL[p.status],
    ...(p.status === 'unknown' && p.reason && { reason: unknownReasonLabel(p.reason, lang) }),
    demo: p.demo,
  };
}

/** One status of a programme with how many indicators have it: "11 wskaźników". */
export interface StatusCountView {
  status: ProgressStatus;
  count: number;
  label: string;
  symbol: string;
  phrase: string;
}

/** The statuses a programme has, in the order of STATUSES. */
export function statusCountsView(counts: Record<ProgressStatus, number>, lang: Lang): StatusCountView[] {
  return STATUSES.filter((s) => counts[s] > 0).map((s) => ({
    status: s,
    count: counts[s],
    label: statusLabel(s, lang),
    symbol: STATUS_SYMBOL[s],
    phrase: countPhrase(counts[s], lang, INDICATOR_WORD),
  }));
}

const wholePercent = (share: number, lang: Lang) => `${formatNumber(Math.round(share * 100), lang, 0)}%`;

/** The status rule as stated on the page, with the thresholds the computation uses. */
export function progressRuleText(lang: Lang): string {
  return translator(lang)('programme.ruleText', {
    points: PROJECTION_POINTS,
    atRisk: wholePercent(AT_RISK_MIN_SHARE, lang),
    margin: wholePercent(ON_TRACK_MIN_SHARE - AT_RISK_MIN_SHARE, lang),
  });
}
