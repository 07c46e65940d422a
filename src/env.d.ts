declare namespace App {
  interface Locals {
    /** Set by GuideBody while rendering a guide: "step n of m" per step id. */
    stepNumbers?: Map<string, { n: number; of: number }>;
  }
}
