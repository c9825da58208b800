import { Command, CommanderError } from 'commander';
import { registerAnnexCommand } from './commands/annex';
import { registerAuditCommand } from './commands/audit';
import { registerDemoCommand } from './commands/demo';
import { registerDocumentsCommand } from './commands/documents';
import { registerExportLogCommand } from './commands/export-log';
import { registerExtractCommand } from './commands/extract';
import { registerImpactCommand } from './commands/impact';
import { registerImportDecisionsCommand } from './commands/import-decisions';
import { registerPostingCommand } from './commands/posting';
import { registerPullCommand } from './commands/pull';
import { registerReportCommand } from './commands/report';
import { registerServeCommand } from './commands/serve';
import { registerSnapshotCommand } from './commands/snapshot';
import { registerUserCommand } from './commands/user';
import { registerVerifyCommand } from './commands/verify';
import { CliError, type CliIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, processIo } from './io';

/**
 * The `niemyet` program. Output goes through `io`, and commander never exits the process:
 * `runCli` turns every outcome into an exit code, so tests run the program in-process too.
 */
export function buildProgram(io: CliIo = processIo): Command {
  const program = new Command('niemyet')
    .description(
      [
        'Niêm yết: danh mục thủ tục hành chính, quyết định công bố và sổ thay đổi.',
        'Niêm yết: administrative procedure catalogue, publication decisions and change log.',
      ].join('\n'),
    )
    // Set before the subcommands are added: they inherit these settings.
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .helpOption('-h, --help', 'xem hướng dẫn (display help)')
    .helpCommand('help [command]', 'xem hướng dẫn của một lệnh (display help for a command)')
    .exitOverride()
    .showHelpAfterError('(dùng --help để xem hướng dẫn / use --help for usage)');
  registerImportDecisionsCommand(program, io);
  registerReportCommand(program, io);
  registerExportLogCommand(program, io);
  registerAnnexCommand(program, io);
  registerPostingCommand(program, io);
  registerDocumentsCommand(program, io);
  registerImpactCommand(program, io);
  registerVerifyCommand(program, io);
  registerSnapshotCommand(program, io);
  registerExtractCommand(program, io);
  registerAuditCommand(program, io);
  registerPullCommand(program, io);
  registerServeCommand(program, io);
  registerUserCommand(program, io);
  registerDemoCommand(program, io);
  return program;
}

/** Runs the program on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      // Commander has already printed its message (or the help).
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
      if (error.code === 'commander.help' && error.exitCode === 0) return EXIT_OK;
      return EXIT_USAGE;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`Lỗi không mong đợi (unexpected error): ${detail}`);
    return EXIT_FAILURE;
  }
}
