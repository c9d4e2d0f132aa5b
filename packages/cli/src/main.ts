// The `sidedoor` command.
import { type Io, reportError, UsageError } from './errors.js';

const help = `Usage: sidedoor <command> [options]

Draft and check short messages that get you in front of the hiring manager who owns the job.

Commands:
  draft <kind>       draft a message from a JSON file or by answering questions
  check [file|-]     check any outreach text; exit code 1 on an error-level finding
  batch <targets>    one draft per CSV/JSON row, to .eml files or Gmail drafts, resumable
  gmail login        sign in to Gmail (drafts only; nothing is ever sent)
  gmail draft <kind> save a draft straight into Gmail
  contacts <csv>     who you know at a company, from your LinkedIn export

Kinds: manager-pitch, intro-request, forwardable-blurb, follow-up, call-script,
       linkedin-note, thank-you

Run "sidedoor <command> --help" for the options and examples of each command.

Examples:
  sidedoor draft manager-pitch --in pitch.json
  sidedoor check draft.txt --kind manager-pitch --subject "Checkout latency"
  sidedoor batch targets.csv --kind manager-pitch --base me.json --eml-dir out/
  sidedoor contacts Connections.csv --company Acme --manager "Sam Lee"`;

/** A command's module: `run` takes the arguments after the command's name. */
interface Command {
  run(args: string[], io: Io): Promise<number>;
}

/**
 * The commands, each loaded on first use (so `check` never loads the Gmail client). A new
 * command is one entry here, one line in the help above, and a module in commands/.
 */
const commands: Record<string, () => Promise<Command>> = {
  draft: () => import('./commands/draft.js'),
  check: () => import('./commands/check.js'),
  batch: () => import('./commands/batch.js'),
  gmail: () => import('./commands/gmail.js'),
  contacts: () => import('./commands/contacts.js'),
};

/** Runs the command with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const load = command === undefined || !Object.hasOwn(commands, command) ? undefined : commands[command];
    if (load !== undefined) return await (await load()).run(rest, io);
    switch (command) {
      case undefined:
      case 'help':
      case '-h':
      case '--help':
        io.stdout.write(`${help}\n`);
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v':
        io.stdout.write('sidedoor 0.1.0\n');
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      return reportError(new UsageError(error.message), io);
    }
    return reportError(error, io);
  }
}

/**
 * A reader that goes away early (`sidedoor check big.txt | head -1`) is no error: once a stream's
 * pipe is closed, what is left to print is dropped and the command ends as it would have, with its
 * own exit code and no stack.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    stream.write = () => true;
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    // Any other failure to write (a full disk) still ends in one line, not a stack.
    process.exitCode = 1;
    const other = stream === process.stdout ? process.stderr : process.stdout;
    other.write(`Error: cannot write the output (${error.code ?? error.message}).\n`);
  });
}
quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);

const io: Io = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  tty: Boolean(process.stdout.isTTY && process.stderr.isTTY) && !process.env.NO_COLOR,
};
// Whatever escapes a command still ends with one line and a non-zero exit, never a raw stack.
process.on('unhandledRejection', (error) => {
  process.exitCode = Math.max(1, reportError(error, io));
  process.exit();
});
process.exitCode = await main(process.argv.slice(2), io);
