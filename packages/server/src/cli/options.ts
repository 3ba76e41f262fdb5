/** A small option parser for commands with `--name value`, `-o value` and boolean `--flag` options. */

/** Parsed options: positional arguments, named values and flags; or why the arguments do not fit. */
export type ParsedOptions =
  | {
      ok: true;
      positional: string[];
      values: Partial<Record<string, string>>;
      flags: Partial<Record<string, boolean>>;
    }
  | { ok: false; message: string };

/** Parses `args` allowing the named `valued` options (`--unit X`, `--unit=X`, `-o X`) and `flags`. */
export function parseOptions(
  args: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): ParsedOptions {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  const set: Record<string, boolean> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith("-") || a === "-") {
      positional.push(a);
      continue;
    }
    const [rawName, inline] = a.replace(/^--?/, "").split(/=(.*)/s, 2) as [
      string,
      string | undefined,
    ];
    if (flags.includes(rawName) && inline === undefined) {
      set[rawName] = true;
      continue;
    }
    if (!valued.includes(rawName)) return { ok: false, message: `未知选项 ${a}` };
    const value = inline ?? args[++i];
    if (value === undefined) return { ok: false, message: `选项 ${a} 缺少取值` };
    values[rawName] = value;
  }
  return { ok: true, positional, values, flags: set };
}
