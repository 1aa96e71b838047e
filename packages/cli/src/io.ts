// The CLI's edges: where output goes, the working directory, the environment. main.ts binds
// them to the process; everything else takes an Io, so commands never touch `process`.

export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour is used only then). */
  stdoutIsTty: boolean;
}

export interface Colours {
  red: (s: string) => string;
  yellow: (s: string) => string;
  green: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const plain = (s: string): string => s;
const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

/** Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function useColour(io: Pick<Io, 'env' | 'stdoutIsTty'>): boolean {
  const noColor = io.env['NO_COLOR'];
  return io.stdoutIsTty && (noColor === undefined || noColor === '');
}

export function coloursFor(io: Pick<Io, 'env' | 'stdoutIsTty'>): Colours {
  if (!useColour(io)) return { red: plain, yellow: plain, green: plain, dim: plain, bold: plain };
  return { red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTty: process.stdout.isTTY === true,
  };
}
