// The zod forms of ./safe-text.ts, for every schema that reads a data file: web addresses
// (data/sources.yaml, indicators/*.yaml, data/programmes/*.yaml, entity websites), e-mail
// addresses and free text. Kept apart from safe-text.ts so browser code that only checks
// an href does not bundle zod.
import { z } from 'zod';
import { isHttpUrl, isPlainEmail, showUnsafe, unsafeTextReason } from './safe-text.ts';

export const HTTP_URL_MESSAGE =
  'must be a web address starting with http:// or https:// (javascript:, data: and relative addresses are refused)';
export const EMAIL_MESSAGE = 'must be one plain e-mail address like biuro@example.org (no spaces, no ?cc= or other parameters)';

/** An absolute http(s) address. */
export const httpUrl = z.string().refine(isHttpUrl, {
  error: (issue) => `${HTTP_URL_MESSAGE}; got "${showUnsafe(String(issue.input))}"`,
});

/** One plain e-mail address. */
export const plainEmail = z.string().refine(isPlainEmail, {
  error: (issue) => `${EMAIL_MESSAGE}; got "${showUnsafe(String(issue.input))}"`,
});

const refuseUnsafe = (multiline: boolean) => (text: string, ctx: z.RefinementCtx) => {
  const reason = unsafeTextReason(text, { multiline });
  if (reason)
    ctx.addIssue({
      code: 'custom',
      message: `${reason}: "${showUnsafe(text)}"; delete the invisible character${multiline ? '' : ' (a name or label is one line)'}`,
    });
};

/** A one-line text (a name, a label): no control characters, line breaks or bidirectional overrides. */
export const singleLineText = z.string().superRefine(refuseUnsafe(false));

/** A text that may run over several lines (a note, a description): line breaks and tabs allowed, other control and bidirectional characters not. */
export const multilineText = z.string().superRefine(refuseUnsafe(true));
