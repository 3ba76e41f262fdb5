/**
 * 方案编辑 (loaded on demand): the scheme-wide settings (./scheme-settings.tsx: 得分小数位数), the
 * item tree with add/move/delete (./item-tree-card.tsx), the selected item's form, the scheme's 说明
 * (./description-card.tsx), the engine's validation problems at their fields and its warnings (a fact
 * no rule reads) in the header and at their item, a live preview of the score sheet, try-it
 * scoring, save draft and publish (./editor-header.tsx).
 */
import {
  computeRoundContext,
  scoreUnit,
  validateScheme,
  type SchemeDocument,
} from "@kaoping/engine";
import { Alert, App, Card, Col, Row, Space, Tabs } from "antd";
import { useMemo, useState } from "react";
import { useParams } from "react-router-dom";
import { parseApiError, showApiError } from "../../../api/errors";
import { useQuery } from "../../../api/use-query";
import { schemesApi, type SchemeDetail } from "../../../api/workflow-api";
import { LoadFailed } from "../../../app/load-failed";
import { PageLoading } from "../../../app/page-loading";
import { usePageTitle } from "../../layout/page-title";
import { ScoreSheet } from "../../results/score-sheet";
import TryPage from "../try-page";
import { DescriptionCard } from "./description-card";
import { EditorHeader } from "./editor-header";
import type { ImportReview } from "./import-review";
import { editItem } from "./item-edit";
import { ItemForm } from "./item-form";
import { ItemTreeCard } from "./item-tree-card";
import { ReviewList } from "./review-list";
import { SchemeSettings } from "./scheme-settings";
import { itemAt, parseProblemPath, pathKey, type DocItem, type ItemPath } from "./scheme-tree";

function Editor({
  scheme,
  initialReview,
  onSaved,
}: {
  scheme: SchemeDetail;
  /** The open import review (none: the draft was not imported, or is published). */
  initialReview: ImportReview | undefined;
  onSaved: (next: SchemeDetail) => void;
}) {
  const [doc, setDoc] = useState<SchemeDocument>(scheme.draft as unknown as SchemeDocument);
  const [selected, setSelected] = useState<ItemPath>([0]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState("");
  const [review, setReview] = useState<ImportReview | undefined>(initialReview);
  const [tab, setTab] = useState(review === undefined ? "edit" : "review");
  const { message, modal } = App.useApp();
  const checked = useMemo(() => validateScheme(doc), [doc]);
  const problems = checked.ok ? [] : checked.problems;
  const located = problems.map((p) => ({ ...p, at: parseProblemPath(p.path) }));
  const problemKeys = new Set(
    located.flatMap((p) => (p.at === undefined ? [] : [pathKey(p.at.item)])),
  );
  const itemProblems = located
    .filter((p) => p.at !== undefined && pathKey(p.at.item) === pathKey(selected))
    .map((p) => ({ field: p.at?.field ?? "", message: p.message }));
  // The scheme's places are shown at their field in 方案设置, not among the header's problems.
  const placesProblem = problems.find((p) => p.path === "places")?.message;
  const otherProblems = located.filter((p) => p.at === undefined && p.path !== "places");
  const warnings = checked.ok ? checked.warnings : [];
  const itemWarnings = warnings
    .filter((w) => {
      const at = parseProblemPath(w.path);
      return at !== undefined && pathKey(at.item) === pathKey(selected);
    })
    .map((w) => w.message);
  const preview = useMemo(
    () =>
      checked.ok
        ? scoreUnit(
            checked.scheme,
            { id: "p", name: "预览", facts: {} },
            computeRoundContext(checked.scheme, []),
          )
        : undefined,
    [checked],
  );
  const change = (next: SchemeDocument) => {
    setDoc(next);
    setDirty(true);
  };
  const item = itemAt(doc, selected);
  /** The selected item edited; the default fact its new rule no longer reads goes, and the screen says so. */
  const changeItem = (next: DocItem) => {
    const edited = editItem(doc, selected, next);
    change(edited.doc);
    if (edited.dropped !== undefined)
      void message.info(`本项的计分规则不再使用填报项“${edited.dropped}”，已将其移除`);
  };

  const save = async () => {
    setBusy(true);
    try {
      const next = await schemesApi.saveDraft(scheme.id, scheme.version, doc);
      setDirty(false);
      onSaved(next);
      void message.success("草稿已保存");
    } catch (error) {
      showApiError(error, message);
    } finally {
      setBusy(false);
    }
  };
  const confirmItem = async (code: string, confirmed: boolean) => {
    try {
      const next = await schemesApi.confirmImportItem(scheme.id, code, scheme.version, confirmed);
      setReview(next.items.length === 0 ? undefined : next);
    } catch (error) {
      showApiError(error, message);
    }
  };
  /**
   * Publishes. The server refuses while low-confidence imported items are unconfirmed, unless
   * their number is accepted: the screen then shows the server's count and asks once more.
   */
  const publish = async (acceptUnconfirmed?: number) => {
    setBusy(true);
    try {
      const next = await schemesApi.publish(
        scheme.id,
        scheme.version,
        note.trim() || undefined,
        acceptUnconfirmed,
      );
      setReview(undefined);
      onSaved(next);
      void message.success(`已发布第 ${next.latestVersionNumber} 版`);
    } catch (error) {
      if (parseApiError(error).code !== "UNCONFIRMED_IMPORT") {
        showApiError(error, message);
        return;
      }
      const fresh = await schemesApi.importReview(scheme.id).catch(() => undefined);
      if (fresh !== undefined) setReview(fresh.items.length === 0 ? undefined : fresh);
      const low = fresh?.unconfirmedLow ?? [];
      modal.confirm({
        title: `还有 ${low.length} 项把握低的导入规则未确认`,
        content: `编号 ${low.join("、")} 的计分规则是导入时把握较低的推测，尚未逐项确认。仍要发布吗？`,
        okText: "仍要发布",
        cancelText: "返回复核",
        onOk: () => publish(low.length),
        onCancel: () => setTab("review"),
      });
    } finally {
      setBusy(false);
    }
  };

  const editTab = (
    <Row gutter={16}>
      <Col xs={24} md={9}>
        <ItemTreeCard
          doc={doc}
          selected={selected}
          problemKeys={problemKeys}
          onChange={change}
          onSelect={setSelected}
        />
      </Col>
      <Col xs={24} md={15}>
        <Card
          size="small"
          data-testid="item-editor"
          title={
            item === undefined
              ? "请选择评分项"
              : `编辑 ${String(item.code ?? "")} ${String(item.title ?? "")}`
          }
        >
          {item !== undefined && (
            <ItemForm
              key={pathKey(selected)}
              doc={doc}
              item={item}
              problems={itemProblems}
              warnings={itemWarnings}
              importNotes={
                review?.items.find((r) => r.code === String(item.code ?? ""))?.reading?.warnings
              }
              onChange={changeItem}
            />
          )}
        </Card>
      </Col>
    </Row>
  );

  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <EditorHeader
        scheme={scheme}
        title={String(doc.title ?? "")}
        valid={checked.ok}
        problemCount={problems.length}
        otherProblems={otherProblems}
        warnings={warnings.map((w) => w.message)}
        dirty={dirty}
        busy={busy}
        note={note}
        review={review}
        onNote={setNote}
        onSave={() => void save()}
        onPublish={() => void publish()}
      />
      <SchemeSettings doc={doc} problem={placesProblem} onChange={change} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          ...(review === undefined
            ? []
            : [
                {
                  key: "review",
                  label: `导入复核${review.unconfirmed > 0 ? `（未确认 ${review.unconfirmed}）` : ""}`,
                  children: (
                    <Space direction="vertical" style={{ width: "100%" }}>
                      <ReviewList
                        doc={doc}
                        review={review}
                        dirty={dirty}
                        onConfirm={confirmItem}
                        onEdit={(path) => {
                          setSelected(path);
                          setTab("edit");
                        }}
                      />
                      <DescriptionCard doc={doc} onChange={change} />
                    </Space>
                  ),
                },
              ]),
          {
            key: "edit",
            label: "编辑",
            children: (
              <Space direction="vertical" style={{ width: "100%" }}>
                {editTab}
                <DescriptionCard doc={doc} onChange={change} />
              </Space>
            ),
          },
          {
            key: "preview",
            label: "评分表预览",
            children:
              checked.ok && preview !== undefined ? (
                <ScoreSheet scheme={checked.scheme} result={preview} />
              ) : (
                <Alert type="warning" showIcon title="方案有问题，修正后才能预览。" />
              ),
          },
          {
            key: "try",
            label: "试算",
            children: checked.ok ? (
              <TryPage scheme={checked.scheme} />
            ) : (
              <Alert type="warning" showIcon title="方案有问题，修正后才能试算。" />
            ),
          },
        ]}
      />
    </Space>
  );
}

/** The scheme editor page. */
export default function SchemeEditorPage() {
  const { id = "" } = useParams();
  const [version, setVersion] = useState(0);
  // The scheme with its open import review (only assessment administrators see a review).
  const query = useQuery(
    async (signal) => {
      const scheme = await schemesApi.get(id, signal);
      const review = await schemesApi.importReview(id, signal).catch(() => undefined);
      return { scheme, review: review?.items.length ? review : undefined };
    },
    [id, version],
  );
  usePageTitle(query.data?.scheme.title);
  if (query.error !== undefined) return <LoadFailed error={query.error} onRetry={query.reload} />;
  if (query.data === undefined) return <PageLoading />;
  const { scheme, review } = query.data;
  return (
    <Editor
      key={`${scheme.id}-${scheme.version}-${scheme.latestVersionNumber}`}
      scheme={scheme}
      initialReview={review}
      onSaved={() => setVersion((v) => v + 1)}
    />
  );
}
