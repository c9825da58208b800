/**
 * Where a command writes: results to `out`, diagnostics to `err`. The binary passes the
 * process streams; tests pass buffers and run the program in-process.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
/** Bad input (unreadable or invalid files, CSV errors) or a failed verification. */
export const EXIT_FAILURE = 1;
/** Wrong usage: unknown command or option, missing or malformed argument. */
export const EXIT_USAGE = 2;

/** A command's refusal: the message goes to stderr, the code becomes the exit code. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
