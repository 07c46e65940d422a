import { LOCALES } from '../schemas/common.ts';

/** getStaticPaths for pages that exist once per locale. */
export const localePaths = () => LOCALES.map((lang) => ({ params: { lang } }));
