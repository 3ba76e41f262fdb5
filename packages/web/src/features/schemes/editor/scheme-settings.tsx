/**
 * 方案设置: what applies to the whole scheme rather than to one item — the 得分小数位数 (every
 * item's score rounded half-up to so many places, the total adding the rounded scores; decision
 * 0334). A problem the engine finds there is shown at its field, in Chinese.
 */
import { explainPlaces, type SchemeDocument } from "@kaoping/engine";
import { Card, Form, Select } from "antd";

/** The select's value for a scheme without places: scores kept exact. */
const EXACT = "exact";

const options = [
  { value: EXACT, label: "不取舍（按实际计算）" },
  { value: 0, label: "取整（0 位小数）" },
  ...[1, 2, 3, 4].map((n) => ({ value: n, label: `保留 ${n} 位小数` })),
];

/** The scheme-wide settings card; `problem` is the engine's message for the places, if any. */
export function SchemeSettings({
  doc,
  problem,
  onChange,
}: {
  doc: SchemeDocument;
  problem: string | undefined;
  onChange: (next: SchemeDocument) => void;
}) {
  const places = doc.places;
  const choose = (value: number | typeof EXACT) => {
    const { places: _dropped, ...rest } = doc;
    onChange(value === EXACT ? rest : { ...rest, places: value });
  };
  return (
    <Card size="small" title="方案设置" data-testid="scheme-settings">
      <Form layout="inline" component="div">
        <Form.Item
          label="得分小数位数"
          htmlFor="scheme-places"
          validateStatus={problem === undefined ? undefined : "error"}
          help={
            problem ??
            (typeof places === "number" ? explainPlaces(places) : "各项得分按实际计算，不作取舍")
          }
        >
          <Select
            id="scheme-places"
            style={{ width: 220 }}
            value={typeof places === "number" && places >= 0 && places <= 4 ? places : EXACT}
            options={options}
            onChange={choose}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
