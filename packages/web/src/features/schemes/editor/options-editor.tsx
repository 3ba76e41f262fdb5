/** The options of a 选项型 fact or field: rows of Chinese names; each value is derived and kept. */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Input, Space } from "antd";
import { nextName } from "./derived-names";

/** One option as the document holds it. */
export interface OptionDoc {
  value: string;
  label: string;
}

/** The options editor. */
export function OptionsEditor({
  options,
  onChange,
  idPrefix,
}: {
  options: OptionDoc[];
  onChange: (options: OptionDoc[]) => void;
  idPrefix: string;
}) {
  return (
    <Space wrap size={6}>
      <span>可选项：</span>
      {options.map((o, i) => (
        <Space.Compact key={o.value}>
          <Input
            size="small"
            id={`${idPrefix}-option-${i}`}
            aria-label={`第 ${i + 1} 个可选项`}
            style={{ width: 120 }}
            value={o.label}
            onChange={(e) =>
              onChange(options.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))
            }
          />
          <Button
            size="small"
            danger
            aria-label={`删除第 ${i + 1} 个可选项`}
            icon={<DeleteOutlined />}
            onClick={() => onChange(options.filter((_x, j) => j !== i))}
          />
        </Space.Compact>
      ))}
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() =>
          onChange([
            ...options,
            {
              value: nextName(
                "v",
                options.map((o) => o.value),
              ),
              label: "",
            },
          ])
        }
      >
        添加可选项
      </Button>
    </Space>
  );
}
