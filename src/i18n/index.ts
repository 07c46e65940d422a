import type { Locale } from '../schemas/common.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';

type Widen<T> = T extends string
  ? string
  : T extends (...a: infer A) => infer R
    ? (...a: A) => R
    : { [K in keyof T]: Widen<T[K]> };
/** The shape of a UI dictionary; a key missing in one language fails the type check. */
export type Strings = Widen<typeof en>;

const dictionaries: Record<Locale, Strings> = { zh, en };

export function strings(lang: Locale): Strings {
  return dictionaries[lang];
}

/** The strings search scripts show at run time, handed to them as a data attribute. */
export function searchMessages(lang: Locale) {
  const t = strings(lang);
  return {
    none: t.searchNoResults,
    loading: t.searchLoading,
    one: t.searchResultOne,
    many: t.searchResultMany,
    all: t.searchAll,
    failed: t.searchFailed,
    devHint: t.searchDevHint,
    relaxed: t.searchRelaxed,
    didYouMean: t.searchDidYouMean,
    removeFilters: t.searchRemoveFilters,
  };
}
export type SearchMessages = ReturnType<typeof searchMessages>;
