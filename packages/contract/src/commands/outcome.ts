/** What a command hands back to the CLI: the report in the chosen format, its text form, and the exit. */
export interface Outcome {
  exitCode: 0 | 1 | 2;
  /** The one line printed last, saying why the exit status is what it is. */
  reason: string;
  /** The report in the requested --format. */
  report: string;
  /** The report as text, printed to stdout when the formatted report goes to --output (built only then). */
  text: string | (() => string);
}
