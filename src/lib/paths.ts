import { LOCALES } from '../schemas/common';

/** getStaticPaths for pages that exist once per locale. */
export const localePaths = () => LOCALES.map((lang) => ({ params: { lang } }));
