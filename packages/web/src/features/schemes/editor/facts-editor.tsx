/**
 * The facts a leaf item needs, named in Chinese: each fact is its label (参保率), type, unit,
 * range and whether it is required; a 选项 fact lists its options, a 清单 fact its fields (each
 * with a label and type) or the type of its entries (评议分: 分数 with a range). The identifier
 * behind each is derived when the fact is added and never shown (derived-names.ts).
 */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { factTypeInfo, factTypes } from "@kaoping/engine";
import { Button, Input, Radio, Select, Space, Switch } from "antd";
import { nextName } from "./derived-names";
import { OptionsEditor, type OptionDoc } from "./options-editor";

/** One fact (or field) as the document holds it. */
type FactDoc = Record<string, unknown>;

const typeOptions = (withList: boolean) =>
  factTypes
    .filter((t) => withList || t !== "list")
    .map((t) => ({ value: t, label: factTypeInfo[t].name }));

/** A declaration with one key set (undefined or "" removes it); a new type drops what no longer fits. */
function withKey(fact: FactDoc, key: string, value: unknown): FactDoc {
  const next: FactDoc = { ...fact, [key]: value };
  if (key === "type") {
    if (value !== "enum") delete next.values;
    if (value !== "list") {
      delete next.fields;
      delete next.element;
    }
    if (value === "enum" && next.values === undefined) next.values = [];
    if (value === "list" && next.fields === undefined && next.element === undefined)
      next.fields = [];
  }
  return Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined && v !== ""));
}

function text(fact: FactDoc, key: string): string {
  const v = fact[key];
  return typeof v === "string" || typeof v === "number" ? String(v) : "";
}

/** The scalar part of a fact or field: label, type, unit, range, required. */
function DeclarationRow({
  fact,
  onChange,
  id,
  errorsAt,
  at,
  withList,
  withRequired,
}: {
  fact: FactDoc;
  onChange: (fact: FactDoc) => void;
  id: string;
  errorsAt: (field: string) => string[];
  at: string;
  withList: boolean;
  withRequired: boolean;
}) {
  const status = (key: string) => (errorsAt(`${at}.${key}`).length > 0 ? "error" : undefined);
  const input = (key: string, width: number, label: string) => (
    <Input
      size="small"
      id={`${id}-${key}`}
      aria-label={label}
      placeholder={label}
      style={{ width }}
      status={status(key)}
      value={text(fact, key)}
      onChange={(e) => onChange(withKey(fact, key, e.target.value))}
    />
  );
  const numeric = !["bool", "date", "level", "enum", "text", "list"].includes(String(fact.type));
  return (
    <Space wrap size={6}>
      {input("label", 220, "名称")}
      <Select
        size="small"
        id={`${id}-type`}
        aria-label="类型"
        listHeight={360}
        popupMatchSelectWidth={false}
        style={{ width: 96 }}
        value={fact.type as string}
        onChange={(v: string) => onChange(withKey(fact, "type", v))}
        options={typeOptions(withList)}
      />
      {numeric && input("unit", 70, "单位")}
      {numeric && input("min", 70, "下限")}
      {numeric && input("max", 70, "上限")}
      {withRequired && (
        <Space size={4}>
          <Switch
            size="small"
            id={`${id}-required`}
            checked={fact.required !== false}
            onChange={(on) => onChange(withKey(fact, "required", on ? undefined : false))}
          />
          <label htmlFor={`${id}-required`}>必填</label>
        </Space>
      )}
    </Space>
  );
}

/** The fields of a 清单 fact (one row per field), or the type of its plain entries. */
function ListShape({
  fact,
  onChange,
  id,
  errorsAt,
  at,
}: {
  fact: FactDoc;
  onChange: (fact: FactDoc) => void;
  id: string;
  errorsAt: (field: string) => string[];
  at: string;
}) {
  const fields = (fact.fields as FactDoc[] | undefined) ?? [];
  const plain = fact.element !== undefined;
  return (
    <div className="param-nested">
      <Radio.Group
        size="small"
        value={plain ? "element" : "fields"}
        onChange={(e) => {
          const { fields: _f, element: _e, ...rest } = fact;
          onChange(
            e.target.value === "element"
              ? { ...rest, element: { type: "score", label: "评分", min: "0", max: "100" } }
              : { ...rest, fields: [] },
          );
        }}
        options={[
          { value: "fields", label: "每条是一件事（有若干字段）" },
          { value: "element", label: "每条是一个数（如评议分）" },
        ]}
      />
      {plain ? (
        <div style={{ marginTop: 6 }}>
          <DeclarationRow
            fact={fact.element as FactDoc}
            onChange={(element) => onChange({ ...fact, element })}
            id={`${id}-element`}
            errorsAt={errorsAt}
            at={`${at}.element`}
            withList={false}
            withRequired={false}
          />
        </div>
      ) : (
        <>
          {fields.map((field, i) => (
            <div key={String(field.name)} className="param-row">
              <div className="param-row-head">
                <span>字段 {i + 1}</span>
                <Button
                  size="small"
                  type="text"
                  danger
                  aria-label={`删除字段 ${i + 1}`}
                  icon={<DeleteOutlined />}
                  onClick={() => onChange({ ...fact, fields: fields.filter((_f, j) => j !== i) })}
                />
              </div>
              <FactBody
                fact={field}
                onChange={(f) =>
                  onChange({ ...fact, fields: fields.map((x, j) => (j === i ? f : x)) })
                }
                id={`${id}-field-${i}`}
                errorsAt={errorsAt}
                at={`${at}.fields[${i}]`}
                withList={false}
              />
            </div>
          ))}
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            style={{ marginTop: 6 }}
            onClick={() =>
              onChange({
                ...fact,
                fields: [
                  ...fields,
                  {
                    name: nextName(
                      "f",
                      fields.map((f) => f.name),
                    ),
                    type: "level",
                    label: "",
                  },
                ],
              })
            }
          >
            添加字段
          </Button>
        </>
      )}
    </div>
  );
}

/** A fact or field with its options or list shape. */
function FactBody(props: {
  fact: FactDoc;
  onChange: (fact: FactDoc) => void;
  id: string;
  errorsAt: (field: string) => string[];
  at: string;
  withList: boolean;
}) {
  const { fact, onChange, id } = props;
  return (
    <div>
      <DeclarationRow {...props} withRequired={props.withList} />
      {fact.type === "enum" && (
        <div style={{ marginTop: 6 }}>
          <OptionsEditor
            idPrefix={id}
            options={(fact.values as OptionDoc[] | undefined) ?? []}
            onChange={(values) => onChange({ ...fact, values })}
          />
        </div>
      )}
      {fact.type === "list" && <ListShape {...props} />}
      {props.errorsAt(props.at).length > 0 && (
        <div className="fact-error">{props.errorsAt(props.at).join("；")}</div>
      )}
    </div>
  );
}

/** The facts editor of a leaf item. */
export function FactsEditor({
  facts,
  onChange,
  errorsAt,
}: {
  facts: FactDoc[];
  onChange: (facts: FactDoc[]) => void;
  errorsAt: (field: string) => string[];
}) {
  return (
    <div className="facts-editor">
      {facts.map((fact, i) => (
        <div key={String(fact.name)} className="param-row" data-fact={i}>
          <div className="param-row-head">
            <span>事实 {i + 1}</span>
            <Button
              size="small"
              type="text"
              danger
              aria-label={`删除事实 ${i + 1}`}
              icon={<DeleteOutlined />}
              onClick={() => onChange(facts.filter((_f, j) => j !== i))}
            />
          </div>
          <FactBody
            fact={fact}
            onChange={(f) => onChange(facts.map((x, j) => (j === i ? f : x)))}
            id={`fact-${i}`}
            errorsAt={errorsAt}
            at={`facts[${i}]`}
            withList
          />
        </div>
      ))}
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        onClick={() =>
          onChange([
            ...facts,
            {
              name: nextName(
                "f",
                facts.map((f) => f.name),
              ),
              type: "int",
              label: "",
            },
          ])
        }
      >
        添加事实
      </Button>
    </div>
  );
}
