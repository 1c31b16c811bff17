// Polish strings: how often an indicator is published. Polish is the source language: the English
// file must have exactly these keys (src/i18n/en/frequency.ts, checked by the compiler).
export const frequency = {
  annual: 'co rok',
  biennial: 'co dwa lata',
  continuous: 'na bieżąco (stan na koniec roku)',
  'one-off': 'jednorazowo',
};
