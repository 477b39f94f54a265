/**
 * A progress bar for batches of more than a handful of files, only on a terminal and never with --quiet
 * (cli-progress is loaded only then).
 */
import { basename } from 'node:path';
import { oneLine } from './one-line.js';

export const PROGRESS_MIN_FILES = 6;

export interface Progress {
  onFile(done: number, total: number, file: string): void;
  stop(): void;
}

export async function progressFor(total: number, options: { quiet: boolean; tty?: boolean }): Promise<Progress> {
  const tty = options.tty ?? process.stderr.isTTY === true;
  if (options.quiet || !tty || total < PROGRESS_MIN_FILES) return { onFile() {}, stop() {} };
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      format: 'consolidating [{bar}] {value}/{total} files · {file}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    onFile(done, _total, file) {
      bar.update(done, { file: oneLine(basename(file)) }); // a newline in a name would break the bar's line
    },
    stop() {
      bar.stop();
    },
  };
}
