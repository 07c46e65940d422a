/** Pagefind tuning in one place (index options; ranking is set in the search client). */
export const pagefindOptions = {
  /** Our own markup decides what is indexed: only elements inside data-pagefind-body. */
  keepIndexUrl: false,
  verbose: false,
} as const;
