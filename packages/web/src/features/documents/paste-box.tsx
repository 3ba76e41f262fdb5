/**
 * 粘贴表格 (decision 0317): the box a 评分细则 copied from Word, WPS, Excel, a web page or a PDF is
 * pasted into. The clipboard's `text/html` (where a copied table is, merged cells and all) and
 * `text/plain` are kept as they are for the server to read; the box shows the text and says what
 * it received. The HTML is parsed by the browser's DOMParser only to count its tables: an inert
 * document, never shown, its scripts never run.
 */
import { Alert, Button, Input } from "antd";
import { useMemo } from "react";

/** What a paste brought: the clipboard's HTML (empty when it had none) and its plain text. */
export interface PastedRubric {
  html: string;
  text: string;
}

/** The non-blank lines of a text. */
const linesIn = (text: string) => text.split(/\r?\n/).filter((l) => l.trim() !== "").length;

/** What a paste holds, in words: 表格 3 个，共 42 行, or 文字 30 行. */
export function pasteSummary(pasted: PastedRubric): string {
  if (pasted.html.trim() !== "") {
    const doc = new DOMParser().parseFromString(pasted.html, "text/html");
    // A table holding tables is a page's layout: the tables inside it are counted.
    const tables = [...doc.querySelectorAll("table")].filter(
      (t) => t.querySelector("table") === null,
    );
    if (tables.length > 0)
      return `表格 ${tables.length} 个，共 ${tables.reduce((n, t) => n + t.rows.length, 0)} 行`;
    if (pasted.text.trim() === "") return `文字 ${linesIn(doc.body.innerText)} 行`;
  }
  return `文字 ${linesIn(pasted.text)} 行`;
}

/** The paste box and, once something was pasted, what it holds and a way to clear it. */
export function PasteBox({
  value,
  onChange,
}: {
  value: PastedRubric | undefined;
  onChange: (value: PastedRubric | undefined) => void;
}) {
  const summary = useMemo(() => (value === undefined ? undefined : pasteSummary(value)), [value]);
  return (
    <>
      <Input.TextArea
        data-testid="rubric-paste-box"
        aria-label="粘贴评分细则"
        rows={5}
        value={value?.text ?? ""}
        placeholder="在 Word、WPS、Excel、网页或 PDF 中选中评分细则表格（连同表头）并复制，点击这里按 Ctrl+V 粘贴。"
        onPaste={(event) => {
          event.preventDefault();
          const html = event.clipboardData.getData("text/html");
          const text = event.clipboardData.getData("text/plain");
          onChange(html.trim() === "" && text.trim() === "" ? undefined : { html, text });
        }}
        // Typing (or editing what was pasted) leaves only the text: the table's HTML no longer matches it.
        onChange={(event) =>
          onChange(event.target.value === "" ? undefined : { html: "", text: event.target.value })
        }
      />
      {summary !== undefined && (
        <Alert
          style={{ marginTop: 8 }}
          type="success"
          showIcon
          data-testid="rubric-paste-summary"
          title={`已粘贴：${summary}`}
          action={
            <Button size="small" onClick={() => onChange(undefined)}>
              清除
            </Button>
          }
        />
      )}
    </>
  );
}
