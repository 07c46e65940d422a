declare namespace App {
  interface Locals {
    /** Set by GuideBody while rendering a page: each step's section title and "step n of m". */
    stepNumbers?: Map<string, { n: number; of: number; section: string }>;
    /** Set by GuideBody: each source's number and kind, and how often it has been cited so far. */
    /** Set by GuideBody on guides with a shop channel: that section links to the country's staff card. */
    staffLink?: { section: string; href: string } | undefined;
    citations?: { byId: Map<string, { n: number; official: boolean }>; seen: Map<string, number> };
  }
}
