/**
 * The scheme editor's item tree (评分项): the items with their points, those with problems in
 * red, and the buttons that add a top-level item or a child, move the selected item up or down
 * and delete it with its children.
 */
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from "@ant-design/icons";
import type { SchemeDocument } from "@kaoping/engine";
import { Button, Card, Popconfirm, Space, Tree, Typography } from "antd";
import {
  addItem,
  deleteItem,
  itemAt,
  moveItem,
  pathKey,
  type DocItem,
  type ItemPath,
} from "./scheme-tree";

function treeData(
  items: DocItem[],
  parent: ItemPath,
  problemKeys: Set<string>,
): { key: string; title: React.ReactNode; children?: ReturnType<typeof treeData> }[] {
  return items.map((item, index) => {
    const path = [...parent, index];
    const key = pathKey(path);
    return {
      key,
      title: (
        <span style={{ color: problemKeys.has(key) ? "#ff4d4f" : undefined }}>
          {String(item.code ?? "")} {String(item.title ?? "")}{" "}
          <Typography.Text type="secondary">{String(item.max ?? "")}分</Typography.Text>
        </span>
      ),
      ...(item.children === undefined
        ? {}
        : { children: treeData(item.children, path, problemKeys) }),
    };
  });
}

/** The item tree card; every change hands back the new document and the item to select. */
export function ItemTreeCard({
  doc,
  selected,
  problemKeys,
  onChange,
  onSelect,
}: {
  doc: SchemeDocument;
  selected: ItemPath;
  /** Path keys of the items with validation problems. */
  problemKeys: Set<string>;
  onChange: (next: SchemeDocument) => void;
  onSelect: (path: ItemPath) => void;
}) {
  const apply = (r: { doc: SchemeDocument; path: ItemPath }) => {
    onChange(r.doc);
    onSelect(r.path);
  };
  return (
    <Card
      size="small"
      title="评分项"
      extra={
        <Space size={4}>
          <Button size="small" icon={<PlusOutlined />} onClick={() => apply(addItem(doc, []))}>
            一级项
          </Button>
          <Button
            size="small"
            icon={<PlusOutlined />}
            disabled={itemAt(doc, selected) === undefined}
            onClick={() => apply(addItem(doc, selected))}
          >
            子项
          </Button>
          <Button
            size="small"
            aria-label="上移"
            icon={<ArrowUpOutlined />}
            onClick={() => apply(moveItem(doc, selected, -1))}
          />
          <Button
            size="small"
            aria-label="下移"
            icon={<ArrowDownOutlined />}
            onClick={() => apply(moveItem(doc, selected, 1))}
          />
          <Popconfirm
            title="删除此项及其全部子项？"
            onConfirm={() => {
              onChange(deleteItem(doc, selected));
              onSelect(selected.slice(0, -1).length > 0 ? selected.slice(0, -1) : [0]);
            }}
          >
            <Button size="small" danger aria-label="删除" icon={<DeleteOutlined />} />
          </Popconfirm>
        </Space>
      }
    >
      <Tree
        blockNode
        defaultExpandAll
        selectedKeys={[pathKey(selected)]}
        onSelect={(keys) => {
          const key = keys[0];
          if (typeof key === "string") onSelect(key.split("/").map(Number));
        }}
        treeData={treeData((doc.items as unknown as DocItem[]) ?? [], [], problemKeys)}
      />
    </Card>
  );
}
