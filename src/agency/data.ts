/**
 * One wire service. Adding an agency means adding one entry to {@link AGENCIES}.
 */
export interface AgencyEntry {
  /** Short lowercase code, words joined by `-`. */
  readonly id: string;
  /** Full name. */
  readonly name: string;
  /** Other names the agency goes by in copy (case-sensitive where short). */
  readonly aliases: readonly string[];
  /** Credit forms as written in datelines (`AP`, `Reuters`, `Reuter`, `dpa`). */
  readonly credits: readonly string[];
  /** Sign-off lines and end credits (`Reuter`, `--IANS`, `(Xinhua)`). */
  readonly signoffs: readonly string[];
  /** Footer phrases that start a boilerplate block (`Anadolu Agency website contains only`). */
  readonly footers: readonly string[];
}

/** The agency table. */
export const AGENCIES: readonly AgencyEntry[] = [
  {
    id: "ap",
    name: "Associated Press",
    aliases: ["The Associated Press", "Associated Press", "AP"],
    credits: ["AP"],
    signoffs: [],
    footers: ["The Associated Press. All rights reserved"],
  },
];
