/** The `--help` texts, one per command. */

const MAIN = `complaint-signal: how unhappy is this customer, why, and how to answer (Dutch and English)

Usage
  complaint-signal "some message"            a readable report on one message
  complaint-signal report --text "..."       the same; without a message, reads it from stdin
  complaint-signal analyze [FILE|-]          one JSON line per input record (JSONL, CSV, lines)
  complaint-signal bench CORPUS.jsonl...     scores the library on a labelled corpus
  complaint-signal train CORPUS.jsonl...     fits the facts/frustration split to your own labels
                                             (use the model with --model FILE: analyze, bench, report)
  complaint-signal help COMMAND              help on a command (or: COMMAND --help)

Options
  -h, --help      this help
  -V, --version   the version

Exit status: 0 success, 1 fatal (bad arguments, unreadable input), 2 some records were bad.
`;

const ANALYZE = `Usage: complaint-signal analyze [FILE|-] [options]

Reads messages from FILE (or stdin when FILE is absent or "-") and writes one JSON line per
input record to stdout, in input order: the analysis plus "line" (the 1-based line number where
the record starts), or {"line": n, "error": {"code": ..., "message": ...}} for a record that could
not be read. No record is dropped. Input is streamed: memory does not grow with the file.

Input formats
  (default)             JSONL: one object a line, {"text": "...", "id"?, "customerId"?, "channel"?,
                        "at"?, "language"?, "followers"?, "history"?: [messages], "now"?}.
                        Other fields (level, facts, frustration, ...) are ignored, so a labelled
                        corpus can be analysed as it is.
  --csv                 CSV with a header row. The text is in column "text" (or --text-column);
                        columns id, customerId, channel, at, language, followers fill the message
                        when present and not empty. A quoted field may span lines (its line breaks
                        are read as \\n); a quote inside an unquoted field is not supported.
  --text-column NAME    the CSV column with the message text (default: text)
  --lines               plain text: every line is one message

  Blank lines (empty or white space only) are not records: they are skipped without output but
  still counted for line numbers. A UTF-8 byte order mark and CRLF line ends are accepted.

Output
  --summary             a readable table (id, language, level, priority, valence, anger, strongest
                        cue) instead of JSON lines, then the reply to the most severe message
  -q, --quiet           no progress line and no closing note on stderr (the progress line, records
                        done and records/s, is drawn only when stderr is a terminal and stdout is
                        redirected)

Threads
  -w, --workers N       analyse on N worker threads (1 to 64; default 1, the main thread alone).
                        The main thread reads and writes, the workers analyse batches of 256
                        records; the output is the same, byte for byte and in input order.
                        Pays off on large inputs with cores to spare: N up to the number of cores.

Reply options (passed to every analysis)
  --formality formal|informal
  --agent NAME          the agent's name in the suggested reply
  --company NAME        the company's name in the suggested reply

Model
  --model FILE          split facts from frustration with the clause model in FILE, as written by
                        "complaint-signal train" ({"nl": ..., "en": ...}); a language without a
                        model keeps the rules alone. FILE is read and checked once, before any
                        record; with --workers every thread gets the same model. Without --model:
                        the rules alone.

Error codes in error lines
  invalid_json          the line is not valid JSON
  invalid_record        not an object, no string "text", or an unreadable CSV column
  invalid_csv           the CSV record cannot be parsed
  invalid_input, invalid_options, text_too_long
                        the library rejected the message or its history/now (see the message)
  internal_error        the library failed on this record (a bug: please report it)

Exit status
  0  every record was analysed
  2  some records could not be read (every other record was still written)
  1  fatal: bad arguments, an unreadable file, a CSV header without the text column, a --model
     file that cannot be read or is not a model
  When the reader of stdout goes away early (e.g. "| head"), analyze stops quietly with status 0:
  the reader got what it asked for.
`;

const BENCH = `Usage: complaint-signal bench CORPUS.jsonl... [--json] [--model FILE]

Scores the library on labelled corpora: JSONL, one message a line, {"id", "text", "language"?,
"channel"?, "at"?, "followers"?, "history"?, "level"?, "facts"?: [...], "frustration"?: [...]}.
Records with "level" are scored for the level, records with "language" for language detection
("language" is a label here, not passed as a hint), records with "facts"/"frustration" for the
split (an empty list counts: it expects nothing to be found).

Reports per file, and a combined total for several files:
  per level         precision, recall, F1, support (gold count), predicted count
  level             accuracy, macro-F1 (mean F1 over levels with support), within-one-level
                    accuracy (at most one step off on none<signal<feedback<complaint<escalation<dispute),
                    confusion matrix (rows gold, columns predicted)
  complaint         precision, recall, F1 of complaint|escalation|dispute against the rest
  language          accuracy
  facts/frustration word-level precision, recall, F1, micro over records: the words (lower-cased
                    letter and digit runs) of the gold strings against those of the predicted spans
  speed             messages per second, analysis time only (after one warm-up call)

Options
  --json         one JSON object: {"files": [{"file", ...metrics}], "total": {...metrics}}
  --model FILE   score with the clause model in FILE, as written by "complaint-signal train":
                 the same report, for your model instead of the rules alone
  -h, --help     this help

Records that cannot be read are reported on stderr, skipped, and make the exit status 2. A --model
file that cannot be read or is not a model is fatal (exit status 1).
`;

const REPORT = `Usage: complaint-signal "some message" [options]
       complaint-signal report [--text "..."] [options]

A readable report on one message: language, level on the ladder, score, priority, tone, facts
and frustration, the cues that fired, and the suggested reply. Without a message, report reads
it from stdin. Colours only when stdout is a terminal and NO_COLOR is unset.

Options
  -t, --text TEXT        the message
  --language nl|en       skip language detection
  --channel CHANNEL      email, chat, phone, social, form, review or other
  --formality formal|informal
  --agent NAME           the agent's name in the suggested reply
  --company NAME         the company's name in the suggested reply
  --model FILE           split facts from frustration with the clause model in FILE, as written
                         by "complaint-signal train"
  --json                 the analysis as JSON instead of the report
  -h, --help             this help
`;

const TRAIN = `Usage: complaint-signal train CORPUS.jsonl... [--folds N] [--relabel WHICH] > model.json

Fits a clause model to your own labelled messages, per language: a model that reads each clause
after the split's rules and may label it fact, frustration or neither again, learnt from how your
team labels. Records are the bench's corpus format and need "facts" and "frustration" (exact
substrings of "text"); "language" (else the detected one) picks the model a record trains, and
records with a "level" below feedback are not trained on (their lists are empty by the format).

Before it writes the model, train says on messages left out of training whether it beats the rules:
each fold is left out in turn and scored with the rules alone and with a model trained on the
other folds, at each margin (how far the model must score above the rules to overrule them); the
margin that does best is written. With several files, each file is one fold (a writer's messages
are left out together); with one file, --folds N (2 to 20, default 5) folds by line.
--relabel fact-to-frustration writes a model that may only turn a fact clause into frustration (the
rules' facts and neither-clauses stay), for labels that mark more as felt than the rules do; the
default, any, lets it relabel a clause to whichever class wins. The figures are for the model chosen.

Output
  stdout        the model, {"nl": {...}, "en": {...}}: for --model FILE of analyze, bench and the
                report on one message, or createAnalyzer({ lexicons: { nl: { clauses: model.nl } } })
  stderr        per language: messages, folds, margin, and facts and frustration word F1 of the
                rules alone and with the model on the left-out messages

A language with fewer than 20 labelled messages gets no model. Records that cannot be read are
reported on stderr, skipped, and make the exit status 2.
`;

/** The help text of `topic` (a command), or the overview. */
export function helpText(topic?: string): string {
  switch (topic) {
    case 'analyze':
      return ANALYZE;
    case 'bench':
      return BENCH;
    case 'report':
      return REPORT;
    case 'train':
      return TRAIN;
    default:
      return MAIN;
  }
}
