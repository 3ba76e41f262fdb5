/**
 * Checking one raw fact value against its declaration. Returns the typed value or a problem;
 * never throws, whatever the input.
 */
import type { Decimal } from "../decimal.js";
import { constant, formatDecimal, parseDecimal } from "../decimal.js";
import { problem, type Problem } from "../problems.js";
import {
  numericBounds,
  optionsOf,
  type FactDeclaration,
  type FieldDeclaration,
} from "./declaration.js";

/** A checked fact value: booleans, Decimals for numbers, strings for dates/options/text, lists of records. */
export type FactValue =
  boolean | Decimal | string | FactRecord[] | Decimal[] | string[] | boolean[];
/** One element of a list fact. */
export type FactRecord = Record<string, boolean | Decimal | string | undefined>;

type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date YYYY-MM-DD. */
function isIsoDate(text: string): boolean {
  const m = datePattern.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Short printable form of a raw value for messages. */
function show(raw: unknown): string {
  if (typeof raw === "string") return `"${raw.length > 40 ? raw.slice(0, 40) + "…" : raw}"`;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  if (raw === null) return "null";
  return Array.isArray(raw) ? "数组" : typeof raw === "object" ? "对象" : typeof raw;
}

/** Checks a scalar (non-list) value. */
export function checkScalar(
  decl: FieldDeclaration,
  raw: unknown,
  path: string,
): Checked<boolean | Decimal | string> {
  switch (decl.type) {
    case "bool":
      return typeof raw === "boolean"
        ? { ok: true, value: raw }
        : refused(path, "wrong_type", `${show(raw)} 不是 true/false（${decl.label}）`);
    case "date":
      return typeof raw === "string" && isIsoDate(raw)
        ? { ok: true, value: raw }
        : refused(path, "wrong_type", `${show(raw)} 不是 YYYY-MM-DD 格式的日期（${decl.label}）`);
    case "text":
      return typeof raw === "string" && raw.trim().length > 0 && raw.length <= 500
        ? { ok: true, value: raw }
        : refused(path, "wrong_type", `${show(raw)} 不是 1–500 字的文字（${decl.label}）`);
    case "level":
    case "enum": {
      const options = optionsOf(decl);
      if (typeof raw === "string" && options.some((o) => o.value === raw))
        return { ok: true, value: raw };
      const list = options.map((o) => `${o.value}（${o.label}）`).join("、");
      return refused(path, "not_an_option", `${show(raw)} 不是可选值之一：${list}`);
    }
    case "list":
      return refused(path, "wrong_type", `${decl.label}：清单不能嵌套`);
    default:
      return checkNumber(decl, raw, path);
  }
}

/** A check's refusal: one problem at `path`. */
function refused(path: string, code: string, message: string): Checked<never> {
  return { ok: false, problems: [problem(path, code, message)] };
}

/** A number declaration's range and scale, with the bounds parsed (see `boundsOf`). */
interface Bounds {
  min: string | undefined;
  max: string | undefined;
  minValue: Decimal | undefined;
  maxValue: Decimal | undefined;
  scale: number | undefined;
}

const boundsByDecl = new WeakMap<FieldDeclaration, Bounds>();

/** The bounds of a number declaration, resolved once per declaration (declarations are immutable). */
function boundsOf(decl: FieldDeclaration): Bounds {
  let bounds = boundsByDecl.get(decl);
  if (bounds === undefined) {
    const { min, max, scale } = numericBounds(decl);
    bounds = {
      min,
      max,
      minValue: min === undefined ? undefined : constant(min),
      maxValue: max === undefined ? undefined : constant(max),
      scale,
    };
    boundsByDecl.set(decl, bounds);
  }
  return bounds;
}

/** Checks a number against its type's range and scale. */
function checkNumber(decl: FieldDeclaration, raw: unknown, path: string): Checked<Decimal> {
  const value = typeof raw === "number" || typeof raw === "string" ? parseDecimal(raw) : undefined;
  if (value === undefined)
    return refused(path, "wrong_type", `${show(raw)} 不是数字（${decl.label}）`);
  const { min, max, minValue, maxValue, scale } = boundsOf(decl);
  if (scale !== undefined && value.decimalPlaces() > scale) {
    return refused(
      path,
      "too_many_decimals",
      scale === 0
        ? `${formatDecimal(value)} 不是整数（${decl.label}）`
        : `${formatDecimal(value)} 的小数位超过 ${scale} 位（${decl.label}）`,
    );
  }
  // A declared "0 or within the range" (扣0.5-1分): 0 passes both bounds.
  if (decl.orZero === true && value.isZero()) return { ok: true, value };
  if (minValue !== undefined) {
    if (decl.minExclusive === true ? value.lessThanOrEqualTo(minValue) : value.lessThan(minValue)) {
      return refused(
        path,
        "out_of_range",
        `${formatDecimal(value)} ${decl.minExclusive === true ? "应大于" : "低于下限"} ${min}（${decl.label}）`,
      );
    }
  }
  if (maxValue !== undefined && value.greaterThan(maxValue)) {
    return refused(
      path,
      "out_of_range",
      `${formatDecimal(value)} 超过上限 ${max}（${decl.label}）`,
    );
  }
  return { ok: true, value };
}

const accepted = new WeakMap<FieldDeclaration, Map<unknown, boolean | Decimal | string>>();

/** A problem's path, built only when there is a problem: `4.1.rate`, `7.findings[0]`, `7.findings[0].level`. */
function pathOf(code: string, name: string, index: number, field: string | undefined): string {
  const at = `${code}.${name}`;
  if (index < 0) return at;
  return field === undefined ? `${at}[${index}]` : `${at}[${index}].${field}`;
}

/**
 * Checks a scalar, remembering accepted primitive values per declaration: a province round
 * repeats the same values (true, 0, "100") tens of thousands of times. Bounded per declaration.
 * Returns the value, or the problems (an array: no scalar value is one); the path is built only
 * for a problem.
 */
function checkScalarShared(
  decl: FieldDeclaration,
  raw: unknown,
  code: string,
  name: string,
  index: number,
  field: string | undefined,
): boolean | Decimal | string | Problem[] {
  let known = accepted.get(decl);
  const hit = known?.get(raw);
  if (hit !== undefined) return hit;
  const checked = checkScalar(decl, raw, pathOf(code, name, index, field));
  if (!checked.ok) return checked.problems;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") {
    if (known === undefined) accepted.set(decl, (known = new Map()));
    if (known.size >= 1000) known.clear();
    known.set(raw, checked.value);
  }
  return checked.value;
}

/**
 * Checks the value of a scalar (non-list) fact `name` of item `code`: the value, or the problems
 * (an array) — `checkFactValue` without its wrapper object, for the check of a whole item.
 */
export function checkScalarFact(
  decl: FactDeclaration,
  raw: unknown,
  code: string,
  name: string,
): boolean | Decimal | string | Problem[] {
  return checkScalarShared(decl, raw, code, name, -1, undefined);
}

/**
 * Checks any fact value, including lists of records: the fact `name` of item `code` (the problem
 * paths are made of them, only when there is a problem).
 */
export function checkFactValue(
  decl: FactDeclaration,
  raw: unknown,
  code: string,
  name: string,
): Checked<FactValue> {
  if (decl.type !== "list") {
    const checked = checkScalarShared(decl, raw, code, name, -1, undefined);
    return Array.isArray(checked) ? { ok: false, problems: checked } : { ok: true, value: checked };
  }
  if (!Array.isArray(raw))
    return {
      ok: false,
      problems: [
        problem(
          pathOf(code, name, -1, undefined),
          "wrong_type",
          `${show(raw)} 不是清单（数组）（${decl.label}）`,
        ),
      ],
    };
  const problems: Problem[] = [];
  if (decl.minItems !== undefined && raw.length < decl.minItems) {
    problems.push(
      problem(
        pathOf(code, name, -1, undefined),
        "too_few",
        `${decl.label}至少需要 ${decl.minItems} 项，实有 ${raw.length} 项`,
      ),
    );
  }
  if (decl.maxItems !== undefined && raw.length > decl.maxItems) {
    problems.push(
      problem(
        pathOf(code, name, -1, undefined),
        "too_many",
        `${decl.label}最多 ${decl.maxItems} 项，实有 ${raw.length} 项`,
      ),
    );
  }
  if (decl.element !== undefined) {
    const element = decl.element;
    const values: (boolean | Decimal | string)[] = [];
    for (let i = 0; i < raw.length; i++) {
      const checked = checkScalarShared(element, raw[i], code, name, i, undefined);
      if (Array.isArray(checked)) problems.push(...checked);
      else values.push(checked);
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, value: values as FactValue };
  }
  const fields = decl.fields ?? [];
  const records: FactRecord[] = [];
  raw.forEach((element: unknown, i) => {
    if (element === null || typeof element !== "object" || Array.isArray(element)) {
      problems.push(
        problem(pathOf(code, name, i, undefined), "wrong_type", `第 ${i + 1} 项应为对象`),
      );
      return;
    }
    const record: FactRecord = {};
    const given = element as Record<string, unknown>;
    for (const key of Object.keys(given)) {
      if (!fields.some((f) => f.name === key))
        problems.push(problem(pathOf(code, name, i, key), "unknown_field", `未知字段 ${key}`));
    }
    for (const field of fields) {
      const v = Object.hasOwn(given, field.name) ? given[field.name] : undefined;
      if (v === undefined) {
        if (field.required)
          problems.push(
            problem(
              pathOf(code, name, i, field.name),
              "missing_field",
              `第 ${i + 1} 条缺少${field.label}`,
            ),
          );
        else record[field.name] = defaultScalar(field);
        continue;
      }
      const checked = checkScalarShared(field, v, code, name, i, field.name);
      if (Array.isArray(checked)) problems.push(...checked);
      else record[field.name] = checked;
    }
    records.push(record);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: records };
}

/** Value of an absent optional scalar: its declared default, else 0 / false / nothing. */
export function defaultScalar(decl: FieldDeclaration): boolean | Decimal | string | undefined {
  if (decl.default !== undefined)
    return typeof decl.default === "boolean" ? decl.default : constant(decl.default);
  if (decl.type === "bool") return false;
  if (decl.type === "int" || decl.type === "yuan" || decl.type === "decimal") return constant("0");
  return undefined;
}

/** Value of an absent optional fact (lists are empty). */
export function defaultValue(decl: FactDeclaration): FactValue | undefined {
  return decl.type === "list" ? [] : defaultScalar(decl);
}
