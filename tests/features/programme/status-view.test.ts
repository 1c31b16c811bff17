// Statuses as the pages show them (src/features/programme/status-view.ts): label, symbol,
// the reason an unknown status cannot be assessed, and the rule stated with the
// thresholds the computation uses.
import { describe, expect, it } from 'vitest';
import { AT_RISK_MIN_SHARE, ON_TRACK_MIN_SHARE, PROJECTION_POINTS, STATUSES, type UnknownReason } from '#features/programme/progress.ts';
import { progressRuleText, STATUS_SYMBOL, statusLabel, statusView, unknownReasonLabel } from '#features/programme/status-view.ts';

describe('status', () => {
  it('is text with a symbol, and says why it cannot be assessed', () => {
    const s = statusView({ status: 'unknown', reason: 'data-in-preparation', demo: true }, 'pl');
    expect(s).toMatchObject({ label: 'Nie da się ocenić', symbol: '?', reason: 'dane w opracowaniu', demo: true });
    expect(statusView({ status: 'on-track', demo: false }, 'en')).toMatchObject({ label: 'On track', symbol: '↗' });
  });

  it('labels every status and every reason, each differently, in both languages', () => {
    const reasons: UnknownReason[] = ['no-baseline', 'no-data', 'suppressed', 'data-in-preparation'];
    for (const lang of ['pl', 'en'] as const) {
      expect(new Set(STATUSES.map((s) => statusLabel(s, lang))).size).toBe(STATUSES.length);
      expect(new Set(reasons.map((r) => unknownReasonLabel(r, lang))).size).toBe(reasons.length);
    }
    expect(new Set(Object.values(STATUS_SYMBOL)).size).toBe(STATUSES.length);
  });

  it('states the rule with the thresholds the code uses, in both languages', () => {
    for (const lang of ['pl', 'en'] as const) {
      const text = progressRuleText(lang);
      expect(text).toContain(`${AT_RISK_MIN_SHARE * 100}%`);
      expect(text).toContain(`${Math.round((ON_TRACK_MIN_SHARE - AT_RISK_MIN_SHARE) * 100)}%`);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(progressRuleText('en')).toContain(`last ${PROJECTION_POINTS} known values`);
    expect(progressRuleText('pl')).toContain(`do ${PROJECTION_POINTS} ostatnich znanych wartości`);
  });
});
