/**
 * A small JSON reader that keeps every number exactly as written. `JSON.parse` turns `99.6` into
 * the nearest binary double; here a number stays a JS number only when its shortest string form
 * gives back the same decimal (true for ordinary literals such as 99.6 or 14.5), and otherwise
 * becomes the decimal string it was written as ("0.1000000000000000055511", "1e400"), which the
 * engine reads exactly. See docs/decisions/0002.
 */

/** A parse result: the value, or where and why the text is not JSON. */
export type LosslessResult =
  { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** True when `String(Number(lexeme))` denotes the same decimal as the lexeme. */
function sameDecimal(lexeme: string, n: number): boolean {
  if (!Number.isFinite(n)) return false;
  return normalise(lexeme) === normalise(String(n));
}

/** Canonical form of a decimal literal: sign, digits without leading/trailing zeros, exponent. */
function normalise(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) return text;
  const [, sign = "", int = "", frac = "", exp = "0"] = m;
  let digits = (int + frac).replace(/^0+/, "");
  if (digits === "") return "0";
  let e = Number(exp) - frac.length;
  while (digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    e += 1;
  }
  return `${sign}${digits}e${e}`;
}

/** Limits of a parse: nesting depth, and keys refused outright (the API refuses `__proto__`). */
export interface LosslessOptions {
  maxDepth?: number;
  refusedKeys?: readonly string[];
}

/** Parses JSON text; numbers are kept exact as described above. Never throws. */
export function parseJsonLossless(text: string, options: LosslessOptions = {}): LosslessResult {
  const maxDepth = options.maxDepth ?? 100;
  const refusedKeys = options.refusedKeys ?? [];
  let depth = 0;
  let i = 0;
  const fail = (message: string): never => {
    throw new SyntaxError(message);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === "{" || c === "[") {
      if (++depth > maxDepth) fail(`嵌套层数过多（最多 ${maxDepth} 层）`);
      const inner = c === "{" ? object() : array();
      depth--;
      return inner;
    }
    return scalar(c);
  };
  const object = (): Record<string, unknown> => {
    i++;
    const obj: Record<string, unknown> = {};
    ws();
    if (text[i] === "}") return (i++, obj);
    for (;;) {
      ws();
      if (text[i] !== '"') fail("应为带引号的键名");
      const key = str();
      if (refusedKeys.includes(key)) fail(`不允许的键名 ${JSON.stringify(key)}`);
      ws();
      if (text[i++] !== ":") fail("应为冒号 :");
      // defineProperty, so a key "__proto__" is data, never the prototype.
      Object.defineProperty(obj, key, {
        value: value(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      ws();
      if (text[i] === ",") i++;
      else if (text[i] === "}") return (i++, obj);
      else fail("应为逗号 , 或 }");
    }
  };
  const array = (): unknown[] => {
    i++;
    const arr: unknown[] = [];
    ws();
    if (text[i] === "]") return (i++, arr);
    for (;;) {
      arr.push(value());
      ws();
      if (text[i] === ",") i++;
      else if (text[i] === "]") return (i++, arr);
      else fail("应为逗号 , 或 ]");
    }
  };
  const scalar = (c: string | undefined): unknown => {
    if (c === '"') return str();
    for (const [word, v] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (text.startsWith(word, i)) return ((i += word.length), v);
    }
    numberPattern.lastIndex = i;
    const m = numberPattern.exec(text);
    if (m === null)
      return fail(i >= text.length ? "内容意外结束" : `无法识别的字符 ${JSON.stringify(c)}`);
    i += m[0].length;
    const n = Number(m[0]);
    return sameDecimal(m[0], n) ? n : m[0];
  };
  const str = (): string => {
    const start = i;
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail("字符串未结束");
      if (c === '"') break;
      if (c === "\\") i++;
      else if ((c as string) < " ") fail("字符串中不能有控制字符");
      i++;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail("字符串转义有误");
    }
  };
  try {
    const v = value();
    ws();
    if (i < text.length) fail("JSON 之后还有多余内容");
    return { ok: true, value: v };
  } catch (e) {
    const before = text.slice(0, i);
    const line = before.split("\n").length;
    const column = i - before.lastIndexOf("\n");
    return {
      ok: false,
      message:
        e instanceof SyntaxError
          ? e.message.replace(/^Unexpected.*$/, "字符串转义有误")
          : String(e),
      line,
      column,
    };
  }
}
