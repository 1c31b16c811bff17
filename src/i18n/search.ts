// The few interface strings the search island needs, passed as props so the island
// does not bundle the whole dictionary.
import { t, type Lang } from './i18n.ts';

export interface SearchStrings {
  label: string;
  placeholder: string;
  submit: string;
  noResults: string;
  results: string;
  loading: string;
  hint: string;
  count: { one: string; few: string; many: string };
}

export function searchStrings(lang: Lang): SearchStrings {
  return {
    label: t(lang, 'searchLabel'),
    placeholder: t(lang, 'searchPlaceholder'),
    submit: t(lang, 'searchSubmit'),
    noResults: t(lang, 'searchNoResults'),
    results: t(lang, 'searchResults'),
    loading: t(lang, 'searchLoading'),
    hint: t(lang, 'searchHint'),
    count:
      lang === 'pl'
        ? { one: '{n} wynik', few: '{n} wyniki', many: '{n} wyników' }
        : { one: '{n} result', few: '{n} results', many: '{n} results' },
  };
}
