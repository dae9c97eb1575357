/** `complaint-signal "some message"` and `complaint-signal report`: one message, readable. */
import { ComplaintSignalError } from '../errors.js';
import type { Message } from '../index.js';
import type { ReportArgs } from './args.js';
import { terminalWidth } from './cmd-analyze.js';
import { FatalError, UsageError } from './errors.js';
import type { CliIo, Sink } from './io.js';
import type { AnalyzeFn } from './process.js';
import { formatReport } from './report.js';
import { createStyle, wantsColour } from './style.js';

/** Reads all of a stream as UTF-8 text, without a byte order mark or the final line end. */
export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts).toString('utf8').replace(/^\uFEFF/u, '').replace(/\r?\n$/u, '');
}

/** Runs `report`; resolves to the exit status. */
export async function runReport(args: ReportArgs, io: CliIo, sink: Sink, analyzeFn: AnalyzeFn): Promise<number> {
  let text = args.text;
  if (text === undefined) {
    if (io.stdin.isTTY) throw new UsageError('no message given: pass it as an argument, with --text, or on stdin', 'report');
    text = await readAll(io.stdin);
  }
  const message: Message = { text };
  if (args.language) message.language = args.language;
  if (args.channel) message.channel = args.channel;
  let analysis;
  try {
    analysis = analyzeFn(message, args.options);
  } catch (e) {
    if (e instanceof ComplaintSignalError) throw new FatalError(e.message);
    throw e;
  }
  if (args.json) {
    await sink.write(`${JSON.stringify(analysis, null, 2)}\n`);
    return 0;
  }
  const style = createStyle(wantsColour(io.stdout, io.env));
  await sink.write(`${formatReport(analysis, terminalWidth(io.stdout), style).join('\n')}\n`);
  return 0;
}
