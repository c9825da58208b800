export { CliError, type CliIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './io';
export { buildProgram, runCli } from './program';
