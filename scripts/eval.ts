/**
 * `npm run eval -- [--data ../shared/eval] [--only duplicates,articles] [--check] [--json] [--pin prefixes]`
 *
 * Runs every evaluator module under `scripts/eval/` against the evaluation data (read at run
 * time, never copied into the repo), prints one table of figures with their floors (figures
 * measured per set and half side by side in tables of their own), and with `--check` exits 1
 * when any figure is below its floor in `scripts/eval/floors.json`. A figure with no gold
 * behind it prints `n/a` and is never checked. `--pin` writes the current values of the
 * figures whose keys start with the given prefixes into floors.json, raising floors only.
 * Progress goes to stderr; stdout carries only the tables (or JSON).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exists, formatTable, progress, readJson } from './eval/shared.js';
import type { Evaluator, Figure } from './eval/types.js';

const SCRIPTS_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(SCRIPTS_DIR, '..');
const EVAL_DIR = join(SCRIPTS_DIR, 'eval');
const FLOORS_PATH = join(EVAL_DIR, 'floors.json');
const DEFAULT_DATA = resolve(REPO_ROOT, '..', 'shared', 'eval');

/** One evaluator module: its file under `scripts/eval/`, its export, and the figure keys it owns. */
interface ModuleEntry {
  name: string;
  exportName: string;
  /** Key prefixes of its figures, to tell which module a floor belongs to when the figure is missing. */
  prefixes: string[];
}

/**
 * THE list of evaluator modules, in run order (cheap sets first). Each is imported dynamically,
 * so a module that is not written yet is skipped with a note; add new sets here.
 */
const MODULES: readonly ModuleEntry[] = [
  { name: 'duplicates', exportName: 'evaluateDuplicates', prefixes: ['duplicates.'] },
  { name: 'articles', exportName: 'evaluateArticles', prefixes: ['articles.', 'seed.'] },
  { name: 'datelines', exportName: 'evaluateDatelines', prefixes: ['datelines.', 'dateline.'] },
  { name: 'date-table', exportName: 'evaluateDateTable', prefixes: ['dateTable.', 'date-table.', 'dates.table'] },
  { name: 'body-dates', exportName: 'evaluateBodyDates', prefixes: ['dates.body.'] },
  { name: 'language', exportName: 'evaluateLanguage', prefixes: ['language.'] },
  { name: 'quotes', exportName: 'evaluateQuotes', prefixes: ['quotes.'] },
  { name: 'organisations', exportName: 'evaluateOrganisations', prefixes: ['organisations.', 'orgs.'] },
  { name: 'compromise', exportName: 'evaluateCompromise', prefixes: ['compromise.'] },
  { name: 'stemmer', exportName: 'evaluateStemmer', prefixes: ['stemmer.'] },
  { name: 'search', exportName: 'evaluateSearch', prefixes: ['search.'] },
  { name: 'robustness', exportName: 'evaluateRobustness', prefixes: ['robustness.'] },
  { name: 'dedupe', exportName: 'evaluateDedupe', prefixes: ['dedupe.'] },
];

/**
 * `{ "<key>": { "min": 0.97 } }` or `{ "<key>": { "max": 0.02 } }`. A floor set lower than a value
 * once reached says why in `why` (the figure's definition or its set changed), so that no floor is
 * lowered silently.
 */
type Floor = ({ min: number } | { max: number }) & { why?: string };

interface Options {
  data: string;
  only: string[] | null;
  check: boolean;
  json: boolean;
  /** Key prefixes whose figures are pinned as floors (`--pin`). */
  pin: string[] | null;
}

const USAGE = `usage: npm run eval -- [--data <dir>] [--only ${MODULES.map((m) => m.name).join(',')}] [--check] [--json] [--pin <prefixes>]
  --data   evaluation data folder (default ../shared/eval from the repo root)
  --only   run only these modules (comma-separated)
  --check  exit 1 when a figure is below its floor in scripts/eval/floors.json
  --json   print the figures as JSON instead of a table
  --pin    pin the current values of figures whose keys start with these prefixes (comma-separated)
           as floors in scripts/eval/floors.json; a floor is only ever raised, never lowered`;

function parseArgs(argv: string[]): Options {
  const opts: Options = { data: DEFAULT_DATA, only: null, check: false, json: false, pin: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) fail(`${flag} needs a value`);
      return v;
    };
    if (flag === '--data') opts.data = resolve(value());
    else if (flag === '--only') opts.only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (flag === '--check') opts.check = true;
    else if (flag === '--json') opts.json = true;
    else if (flag === '--pin') opts.pin = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`unknown argument ${arg}`);
  }
  if (opts.only) {
    const unknown = opts.only.filter((n) => !MODULES.some((m) => m.name === n));
    if (unknown.length) fail(`unknown module(s) for --only: ${unknown.join(', ')}`);
  }
  return opts;
}

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n${USAGE}\n`);
  process.exit(2);
}

type ModuleOutcome =
  | { status: 'absent' } // the module file is not written yet
  | { status: 'error'; message: string }
  | { status: 'ran'; figures: Figure[]; ms: number };

async function runModule(entry: ModuleEntry, dataDir: string): Promise<ModuleOutcome> {
  const file = join(EVAL_DIR, `${entry.name}.ts`);
  if (!existsSync(file)) return { status: 'absent' };
  const t0 = performance.now();
  try {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const evaluate = mod[entry.exportName];
    if (typeof evaluate !== 'function') return { status: 'error', message: `${entry.name}.ts does not export ${entry.exportName}` };
    const figures = await (evaluate as Evaluator)(dataDir);
    return { status: 'ran', figures, ms: performance.now() - t0 };
  } catch (err) {
    const e = err as Error;
    return { status: 'error', message: e.stack ?? String(err) };
  }
}

/** The module that owns a figure key, by prefix. */
function ownerOf(key: string): ModuleEntry | undefined {
  return MODULES.find((m) => m.prefixes.some((p) => key.startsWith(p)));
}

function floorText(floor: Floor | undefined): string {
  if (!floor) return '-';
  return 'min' in floor ? `>= ${floor.min.toFixed(3)}` : `<= ${floor.max.toFixed(3)}`;
}

function meets(value: number, floor: Floor): boolean {
  if (!Number.isFinite(value)) return false;
  return 'min' in floor ? value >= floor.min : value <= floor.max;
}

/** A printed value: three decimals, or `n/a` when no gold stands behind it. */
function shown(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

/** The floor that pins `value`: rounded to three decimals towards passing. */
function pinned(value: number, better: 'higher' | 'lower' | undefined): Floor {
  return better === 'lower' ? { max: Math.ceil(value * 1000 - 1e-6) / 1000 } : { min: Math.floor(value * 1000 + 1e-6) / 1000 };
}

/**
 * Raise (or add) the floors of the figures whose keys start with one of `prefixes`; a floor
 * is never lowered here (lowering one is a decision to make by hand, with a reason).
 * Returns one line per change.
 */
function pinFloors(floors: Record<string, Floor>, figures: readonly Figure[], prefixes: readonly string[]): string[] {
  const changes: string[] = [];
  for (const f of figures) {
    if (f.value === null || f.informational || !prefixes.some((p) => f.key.startsWith(p))) continue;
    const next = pinned(f.value, f.better);
    const old = floors[f.key];
    const raises = !old || ('min' in next && 'min' in old ? next.min > old.min : 'max' in next && 'max' in old ? next.max < old.max : false);
    if (!raises) continue;
    floors[f.key] = next;
    changes.push(`${f.key}: ${old ? floorText(old) : 'none'} → ${floorText(next)}`);
  }
  return changes;
}

/**
 * Figures that carry `grid` as side-by-side tables: one row per measure, one column per set
 * and half, `n/a` where there is no gold, a `!` after a value below its floor.
 */
function gridTables(rows: readonly (Figure & { pass: boolean | null })[]): string[] {
  const tables = new Map<string, { columns: string[]; rows: Map<string, Map<string, string>> }>();
  for (const r of rows) {
    if (!r.grid) continue;
    let t = tables.get(r.grid.table);
    if (!t) tables.set(r.grid.table, (t = { columns: [], rows: new Map() }));
    if (!t.columns.includes(r.grid.column)) t.columns.push(r.grid.column);
    let row = t.rows.get(r.grid.row);
    if (!row) t.rows.set(r.grid.row, (row = new Map()));
    row.set(r.grid.column, `${shown(r.value)}${r.pass === false ? '!' : ''}`);
  }
  const out: string[] = [];
  for (const [name, t] of tables) {
    const body = [...t.rows].map(([row, cells]) => [row, ...t.columns.map((c) => cells.get(c) ?? '')]);
    out.push('', name, formatTable(['figure', ...t.columns], body, t.columns.map((_, i) => i + 1)));
  }
  return out;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.data)) {
    const note = opts.check ? 'no eval data: skipped' : `no eval data at ${opts.data}: nothing to evaluate (pass --data <dir>)`;
    process.stdout.write(opts.json ? `${JSON.stringify({ data: opts.data, skipped: note, figures: [] })}\n` : `${note}\n`);
    process.exit(0);
  }
  const floors: Record<string, Floor> = exists(FLOORS_PATH) ? await readJson<Record<string, Floor>>(FLOORS_PATH) : {};
  const selected = MODULES.filter((m) => !opts.only || opts.only.includes(m.name));

  const notes: string[] = [];
  const errors: string[] = [];
  const outcomes = new Map<string, ModuleOutcome>();
  const figures: (Figure & { module: string })[] = [];
  for (const entry of selected) {
    progress(`eval: ${entry.name} …`);
    const outcome = await runModule(entry, opts.data);
    outcomes.set(entry.name, outcome);
    if (outcome.status === 'absent') notes.push(`${entry.name}: scripts/eval/${entry.name}.ts not written yet, skipped`);
    else if (outcome.status === 'error') {
      errors.push(`${entry.name}: evaluator failed`);
      progress(`eval: ${entry.name} FAILED\n${outcome.message}`);
      notes.push(`${entry.name}: evaluator failed: ${outcome.message.split('\n')[0]}`);
    } else {
      progress(`eval: ${entry.name} done in ${(outcome.ms / 1000).toFixed(1)} s, ${outcome.figures.length} figures`);
      if (outcome.figures.length === 0) notes.push(`${entry.name}: its data is not under ${opts.data}, skipped`);
      for (const f of outcome.figures) figures.push({ ...f, module: entry.name });
    }
  }

  // Floors: every figure against its floor; a floored figure that is missing fails too,
  // unless its module ran and found no data (evaluators return [] when their files are absent).
  const failures: string[] = [];
  const rows = figures.map((f) => {
    const floor = floors[f.key];
    // No gold behind a figure: nothing to hold to a floor.
    const ok = floor && f.value !== null ? meets(f.value, floor) : null;
    if (ok === false) failures.push(`${f.key} = ${shown(f.value)}, floor ${floorText(floor)}`);
    if (floor && f.value === null) notes.push(`${f.key}: no gold behind it in this data, floor ${floorText(floor)} not checked`);
    return { ...f, floor: floor ?? null, pass: ok };
  });
  const present = new Set(figures.map((f) => f.key));
  for (const key of Object.keys(floors)) {
    if (present.has(key)) continue;
    const owner = ownerOf(key);
    if (owner && !selected.includes(owner)) continue;
    const outcome = owner ? outcomes.get(owner.name) : undefined;
    if (outcome?.status === 'ran' && outcome.figures.length === 0) {
      notes.push(`${key}: skipped, no data for ${owner!.name}`);
      continue;
    }
    const why = !owner
      ? 'no module in scripts/eval.ts owns this key'
      : outcome?.status === 'absent'
        ? `module ${owner.name} is not written yet`
        : outcome?.status === 'error'
          ? `module ${owner.name} failed`
          : `module ${owner.name} did not report it`;
    failures.push(`${key}: missing (${why}), floor ${floorText(floors[key])}`);
  }

  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ data: opts.data, figures: rows, notes, failures, errors }, null, 2)}\n`);
  } else {
    const listed = rows.filter((r) => !r.grid);
    const table = formatTable(
      ['figure', 'what', 'value', 'floor', ''],
      listed.map((r) => [r.key, r.label, shown(r.value), floorText(r.floor ?? undefined), r.pass === null ? '' : r.pass ? 'pass' : 'FAIL']),
      [2],
    );
    const out: string[] = [`data: ${opts.data}`, '', listed.length ? table : rows.length ? '' : 'no figures', ...gridTables(rows)];
    const details = rows.filter((r) => r.detail);
    if (details.length) out.push('', ...details.map((r) => `${r.key}: ${r.detail!.replace(/\n/g, '\n  ')}`));
    if (notes.length) out.push('', ...notes.map((n) => `note: ${n}`));
    if (opts.check || failures.length) {
      out.push('', failures.length ? `${failures.length} below floor:` : 'all figures meet their floors');
      out.push(...failures.map((f) => `  ${f}`));
    }
    process.stdout.write(`${out.join('\n')}\n`);
  }
  if (opts.pin) {
    const changes = pinFloors(floors, figures, opts.pin);
    // Insertion order: existing floors keep their place, new ones are appended (small diffs).
    writeFileSync(FLOORS_PATH, `${JSON.stringify(floors, null, 2)}\n`);
    progress(changes.length ? `eval: floors pinned:\n  ${changes.join('\n  ')}` : 'eval: no floor raised');
  }
  if (errors.length || (opts.check && failures.length)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`eval: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
