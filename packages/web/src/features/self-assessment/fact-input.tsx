/**
 * One input per fact, chosen by the fact's type: 是/否 for requirements, numbers as typed
 * (number-input.ts) with their unit, decimals kept as exact text (percent with %, money with 元, scores with their
 * range), a date picker, selects for levels and options, and an editable table for lists of
 * records (cases, pilots, endorsements) or plain values (ratings).
 */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  factTypeInfo,
  levelValues,
  type FactDeclaration,
  type FieldDeclaration,
} from "@kaoping/engine";
import { Button, DatePicker, Input, Radio, Select, Table } from "antd";
import dayjs from "dayjs";
import { emptyListElement } from "./facts-model";
import { numberInputText, numberInputValue } from "./number-input";

interface InputProps<D> {
  decl: D;
  value: unknown;
  onChange: (value: unknown) => void;
  disabled?: boolean | undefined;
  hasError?: boolean | undefined;
  id?: string | undefined;
  /** Stretch a select to its container (a list column) instead of its own minimum width. */
  fill?: boolean | undefined;
}

/** The unit shown after a number: the declaration's, else its type's (%, 元, 分). */
export function unitText(decl: FieldDeclaration): string {
  return decl.unit ?? factTypeInfo[decl.type].unit ?? "";
}

/** The allowed range as text: "0–100", "≥ 0", "". */
export function rangeText(decl: FieldDeclaration): string {
  const info = factTypeInfo[decl.type];
  const min = decl.min ?? info.min;
  const max = decl.max ?? info.max;
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  if (min !== undefined) return `≥ ${min}`;
  if (max !== undefined) return `≤ ${max}`;
  return "";
}

/** An input for one scalar value (also used for the fields of list records). */
export function ScalarInput({
  decl,
  value,
  onChange,
  disabled,
  hasError,
  id,
  fill,
}: InputProps<FieldDeclaration>) {
  const status = hasError ? "error" : undefined;
  const unit = unitText(decl);
  switch (decl.type) {
    case "bool":
      return (
        <Radio.Group
          id={id}
          disabled={disabled}
          optionType="button"
          buttonStyle="solid"
          value={typeof value === "boolean" ? value : undefined}
          onChange={(e) => onChange(e.target.value as boolean)}
          options={[
            { value: true, label: "是" },
            { value: false, label: "否" },
          ]}
        />
      );
    case "date":
      return (
        <DatePicker
          id={id}
          disabled={disabled}
          status={status}
          value={typeof value === "string" && value !== "" ? dayjs(value) : null}
          onChange={(date) => onChange(date === null ? undefined : date.format("YYYY-MM-DD"))}
        />
      );
    case "level":
    case "enum": {
      const options = decl.type === "level" ? levelValues : (decl.values ?? []);
      return (
        <Select
          id={id}
          disabled={disabled}
          status={status}
          allowClear
          placeholder="请选择"
          style={fill === true ? { width: "100%" } : { minWidth: 140 }}
          value={typeof value === "string" ? value : undefined}
          onChange={(next: string | undefined) => onChange(next)}
          options={options.map((o) => ({ value: o.value, label: o.label }))}
        />
      );
    }
    case "text":
      return (
        <Input.TextArea
          id={id}
          disabled={disabled}
          status={status}
          maxLength={500}
          autoSize
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case "list":
      return null;
    default: {
      // Numbers stay text end to end (no binary floating point touches a score), normalised
      // from full width and otherwise passed on exactly as typed for the engine to check.
      const range = rangeText(decl);
      return (
        <Input
          id={id}
          disabled={disabled}
          status={status}
          inputMode={decl.type === "int" ? "numeric" : "decimal"}
          placeholder={range === "" ? undefined : `范围 ${range}`}
          suffix={unit === "" ? undefined : unit}
          style={{ width: decl.type === "int" ? 160 : 180 }}
          value={numberInputText(value)}
          onChange={(e) => onChange(numberInputValue(decl.type, e.target.value))}
        />
      );
    }
  }
}

/**
 * The width a list column needs for its input: free text gets room for a short sentence per line
 * (it wraps), selects their longest option, numbers and dates their input. The table scrolls
 * inside its card when the columns add up to more than the card is wide.
 */
function listColumnWidth(field: FieldDeclaration): number {
  switch (field.type) {
    case "text":
      return 260;
    case "bool":
      return 120;
    case "date":
      return 160;
    case "level":
      return 150;
    case "enum": {
      const longest = Math.max(0, ...(field.values ?? []).map((v) => v.label.length));
      return Math.min(320, Math.max(150, 14 * longest + 56));
    }
    default:
      return field.type === "int" ? 176 : 196;
  }
}

/** A list of records with several fields: its table needs the whole width of the card. */
export function isWideList(decl: FactDeclaration): boolean {
  return decl.type === "list" && (decl.fields?.length ?? 0) > 1;
}

/** An editable list: a table of records (one column per field) or of plain values. */
export function ListInput({ decl, value, onChange, disabled, id }: InputProps<FactDeclaration>) {
  const rows = Array.isArray(value) ? (value as unknown[]) : [];
  const setRow = (index: number, next: unknown) =>
    onChange(rows.map((row, i) => (i === index ? next : row)));
  const fields: FieldDeclaration[] =
    decl.element !== undefined ? [{ ...decl.element, name: "" }] : (decl.fields ?? []);
  const columns = [
    {
      title: "序号",
      key: "index",
      width: 56,
      render: (_: unknown, __: { row: unknown }, index: number) => index + 1,
    },
    ...fields.map((field) => ({
      title: `${field.label}${unitText(field) === "" ? "" : `（${unitText(field)}）`}`,
      key: field.name,
      width: listColumnWidth(field),
      onCell: () => ({ style: { minWidth: listColumnWidth(field) } }),
      render: (_: unknown, { row }: { row: unknown }, index: number) => {
        const cell =
          field.name === "" ? row : (row as Record<string, unknown> | undefined)?.[field.name];
        const set = (next: unknown) =>
          setRow(
            index,
            field.name === "" ? next : { ...(row as Record<string, unknown>), [field.name]: next },
          );
        return (
          <ScalarInput
            decl={field}
            value={cell}
            onChange={set}
            disabled={disabled}
            fill={field.type === "enum" || field.type === "level"}
          />
        );
      },
    })),
    {
      title: "",
      key: "remove",
      width: 48,
      render: (_: unknown, __: { row: unknown }, index: number) => (
        <Button
          type="text"
          danger
          aria-label={`删除第 ${index + 1} 行`}
          disabled={disabled}
          icon={<DeleteOutlined />}
          onClick={() => onChange(rows.filter((_row, i) => i !== index))}
        />
      ),
    },
  ];
  const full = decl.maxItems !== undefined && rows.length >= decl.maxItems;
  return (
    <div id={id} className="list-input">
      <Table
        size="small"
        pagination={false}
        bordered
        tableLayout="fixed"
        scroll={{ x: "max-content" }}
        rowKey="key"
        dataSource={rows.map((row, key) => ({ key, row }))}
        columns={columns}
        locale={{ emptyText: "无（如有请点击下方“添加一行”）" }}
      />
      <Button
        type="dashed"
        size="small"
        icon={<PlusOutlined />}
        disabled={disabled || full}
        onClick={() => onChange([...rows, emptyListElement(decl)])}
        style={{ marginTop: 8 }}
      >
        添加一行
      </Button>
    </div>
  );
}

/** The input of one fact, whatever its type. */
export function FactInput(props: InputProps<FactDeclaration>) {
  return props.decl.type === "list" ? <ListInput {...props} /> : <ScalarInput {...props} />;
}
