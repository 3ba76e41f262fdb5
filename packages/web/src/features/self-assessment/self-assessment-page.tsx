/**
 * 自评填报: the round's scheme as a form, wired to the API — drafts saved item by item, narratives,
 * evidence, review comments of a returned submission (overall at the top, per item beside the
 * item), the server's score beside the live one, the scheme's 说明 above the form where the unit
 * reads the rules (decision 0343), and the unit head's submission with confirmation.
 */
import { maskPersonalNumbers, schemeDescriptionLines } from "@kaoping/server/contract";
import { validateScheme, type Scheme } from "@kaoping/engine";
import { Alert, App, Button, Card, Space, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useParams, useSearchParams } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { itemsOf, roundsApi, selfAssessmentApi, type SelfAssessment } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { PageLoading } from "../../app/page-loading";
import { formatDeadline } from "../../lib/dates";
import { useSession } from "../auth/session-context";
import { ImprovementsCard } from "../analysis/improvements-card";
import { FactsImport } from "../documents/facts-import";
import { usePageTitle } from "../layout/page-title";
import { UnitStatusTag } from "../rounds/round-labels";
import { EvidencePanel } from "./evidence-panel";
import { ItemReviewComments, ItemReviewCorrection } from "./item-review-comments";
import { formSections, storedStateKey, type FormFacts } from "./facts-model";
import { NarrativeInput } from "./narrative-input";
import { saveIndicator } from "./save-indicator";
import { SelfAssessmentForm } from "./self-assessment-form";
import { useFactsAutosave } from "./use-facts-autosave";

function Workspace({
  scheme,
  roundId,
  unitId,
  initial,
  reload,
}: {
  scheme: Scheme;
  roundId: string;
  unitId: string;
  initial: SelfAssessment;
  reload: () => void;
}) {
  const session = useSession();
  const [sa, setSa] = useState(initial);
  const [submitting, setSubmitting] = useState(false);
  const evidence = useQuery(
    (signal) => selfAssessmentApi.evidence(roundId, unitId, signal),
    [roundId, unitId],
  );
  const { message, modal } = App.useApp();
  const initialFacts = useMemo<FormFacts>(
    () => Object.fromEntries(initial.facts.map((f) => [f.itemCode, f.facts])),
    [initial],
  );
  const initialVersions = useMemo(
    () => Object.fromEntries(initial.facts.map((f) => [f.itemCode, f.version])),
    [initial],
  );
  const autosave = useFactsAutosave({
    scheme,
    roundId,
    unitId,
    initialFacts,
    initialVersions,
    onSaved: (response) =>
      setSa((current) => ({
        ...current,
        score: response.score,
        problems: response.problems,
        missingForSubmission: response.missingForSubmission,
        canSubmit:
          current.editable &&
          response.missingForSubmission.length === 0 &&
          response.problems.length === 0,
      })),
  });
  const selfAssessed = useMemo(() => new Set(sa.selfAssessedItems), [sa.selfAssessedItems]);
  // Top-level indicators with an item the unit fills get the unit's 自评说明 (not 评议 ones); a
  // top-level item without children has its item's 自评说明 already (the same code).
  const narratedGroups = useMemo(
    () =>
      new Set(
        formSections(scheme)
          .filter((s) => s.top !== s.item && selfAssessed.has(s.item.code))
          .map((s) => s.top.code),
      ),
    [scheme, selfAssessed],
  );
  const narratives = useMemo(
    () => new Map(sa.narratives.map((n) => [n.itemCode, n])),
    [sa.narratives],
  );
  const files = itemsOf(evidence.data);
  const isHead = session.activeRole?.role === "unit_head";
  const isUnit = isHead || session.activeRole?.role === "unit_filler";
  const editable = sa.editable && isUnit;
  const openComments = sa.comments.filter((c) => c.resolvedAt === null);
  const itemCommentCodes = [
    ...new Set(openComments.flatMap((c) => (c.itemCode === null ? [] : [c.itemCode]))),
  ];

  const submit = async () => {
    await autosave.flush();
    modal.confirm({
      title: "提交自评？",
      content: `提交后不能再修改，除非审核退回或考核管理员重新开放。当前自评得分 ${sa.score.total} 分。`,
      okText: "确认提交",
      onOk: async () => {
        setSubmitting(true);
        try {
          await selfAssessmentApi.submit(roundId, unitId, sa.roundUnit.version);
          void message.success("自评已提交");
          reload();
        } catch (error) {
          showApiError(error, message);
        } finally {
          setSubmitting(false);
        }
      },
    });
  };

  const withdraw = () =>
    modal.confirm({
      title: "撤回已提交的自评？",
      content:
        "撤回后自评回到未提交状态，可以继续修改，修改后须重新提交。审核人员开始审核后不能撤回。",
      okText: "确认撤回",
      onOk: async () => {
        try {
          await selfAssessmentApi.withdraw(roundId, unitId, sa.roundUnit.version);
          void message.success("自评已撤回，可以继续修改");
          reload();
        } catch (error) {
          showApiError(error, message);
        }
      },
    });

  const saveTag = saveIndicator({
    editable,
    isSaving: autosave.isSaving,
    failedCount: autosave.failed.length,
  });
  const header = (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Space direction="vertical" style={{ width: "100%" }}>
        <Space wrap>
          <UnitStatusTag status={sa.roundUnit.status} reopened={sa.roundUnit.reopened} />
          {saveTag !== null && (
            <Tag color={saveTag.color} data-testid="save-indicator">
              {saveTag.label}
            </Tag>
          )}
        </Space>
        <Typography.Text>
          服务器核定自评分：<b data-testid="server-total">{sa.score.total}</b> 分
        </Typography.Text>
        {autosave.failed.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={autosave.failed
              .map(
                ([code, s]) =>
                  `${code}：${s.kind === "failed" || s.kind === "invalid" ? s.message : "数据有误"}（未保存）`,
              )
              .join("；")}
          />
        )}
        <FactsImport
          roundId={roundId}
          unitId={unitId}
          canImport={editable && !autosave.isSaving}
          onImported={reload}
        />
        {isHead && editable && (
          <Button
            type="primary"
            block
            loading={submitting}
            disabled={!sa.canSubmit || autosave.isSaving}
            onClick={() => void submit()}
          >
            提交自评
          </Button>
        )}
        {isHead && editable && !sa.canSubmit && (
          <Typography.Text type="secondary">
            填写完整所有必填数据后才能提交（尚缺 {sa.missingForSubmission.length} 项）。
          </Typography.Text>
        )}
        {!isHead && editable && (
          <Typography.Text type="secondary">填写完成后请单位负责人提交。</Typography.Text>
        )}
        {isHead && sa.canWithdraw && (
          <Button block onClick={withdraw}>
            撤回自评
          </Button>
        )}
        {isHead && sa.roundUnit.status === "submitted" && !sa.canWithdraw && (
          <Typography.Text type="secondary">{sa.withdrawProblem}</Typography.Text>
        )}
      </Space>
    </Card>
  );

  return (
    <>
      {!sa.editable && sa.notEditableReason !== null && (
        <Alert type="info" showIcon title={sa.notEditableReason} style={{ marginBottom: 12 }} />
      )}
      {sa.deadline !== null && sa.editable && (
        <Alert
          type="warning"
          showIcon
          title={`自评截止时间：${formatDeadline(sa.deadline)}`}
          style={{ marginBottom: 12 }}
        />
      )}
      {schemeDescriptionLines(scheme.description).length > 0 && (
        // «说明：» (or the note's own label) begins the first line, as under the score sheet.
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          data-testid="scheme-description"
          title={schemeDescriptionLines(scheme.description).map((line, i) => (
            <div key={`${i}-${line}`}>{line}</div>
          ))}
        />
      )}
      {(openComments.length > 0 || sa.corrections.length > 0) && (
        <Alert
          type="warning"
          showIcon
          title="审核意见"
          style={{ marginBottom: 12 }}
          data-testid="review-comments"
          description={
            <ul style={{ margin: 0 }}>
              {openComments
                .filter((c) => c.itemCode === null)
                .map((c) => (
                  <li key={c.id}>{maskPersonalNumbers(c.text)}</li>
                ))}
              {sa.corrections.length > 0 && (
                <li data-testid="review-corrections-summary">
                  {sa.corrections.length} 个评分项的数据经审核修正，见各项：
                  {sa.corrections.map((c) => c.itemCode).join("、")}
                </li>
              )}
              {itemCommentCodes.length > 0 && (
                <li>
                  {itemCommentCodes.length} 个评分项有审核意见，见各项：
                  {itemCommentCodes.join("、")}
                </li>
              )}
            </ul>
          }
        />
      )}
      <div style={{ marginBottom: 12 }}>
        <ImprovementsCard
          roundId={roundId}
          unitId={unitId}
          scheme={scheme}
          basis="self"
          refresh={sa.score.total}
          current={autosave.facts}
        />
      </div>
      <SelfAssessmentForm
        scheme={scheme}
        unit={{ id: unitId, name: sa.roundUnit.unitName }}
        facts={autosave.facts}
        onFactChange={autosave.change}
        readOnly={!editable}
        isItemReadOnly={(code) => !selfAssessed.has(code)}
        panelHeader={header}
        renderGroupExtra={(top, heading) =>
          narratedGroups.has(top.code) ? (
            <div className="group-narrative" data-testid={`group-narrative-${top.code}`}>
              <NarrativeInput
                roundId={roundId}
                unitId={unitId}
                itemCode={top.code}
                label={heading}
                initial={narratives.get(top.code)?.text ?? ""}
                version={narratives.get(top.code)?.version ?? 0}
                editable={editable}
              />
            </div>
          ) : null
        }
        renderExtra={(section) =>
          selfAssessed.has(section.item.code) ? (
            <div className="item-extra">
              <ItemReviewCorrection
                item={section.item}
                own={autosave.facts[section.item.code] ?? {}}
                corrections={sa.corrections}
              />
              <ItemReviewComments itemCode={section.item.code} comments={sa.comments} />
              <NarrativeInput
                roundId={roundId}
                unitId={unitId}
                itemCode={section.item.code}
                initial={narratives.get(section.item.code)?.text ?? ""}
                version={narratives.get(section.item.code)?.version ?? 0}
                editable={editable}
              />
              <EvidencePanel
                roundId={roundId}
                unitId={unitId}
                itemCode={section.item.code}
                files={files.filter((f) => f.itemCode === section.item.code)}
                editable={editable}
                onChanged={evidence.reload}
              />
            </div>
          ) : (
            <Typography.Text type="secondary">本项由评议人打分，单位无需填写。</Typography.Text>
          )
        }
      />
    </>
  );
}

/** The self-assessment page. */
export default function SelfAssessmentPage() {
  const { roundId = "" } = useParams();
  const [search] = useSearchParams();
  const session = useSession();
  const unitId = search.get("unit") ?? session.activeRole?.organisationId ?? "";
  const round = useQuery((signal) => roundsApi.get(roundId, signal), [roundId]);
  const schemeDoc = useQuery((signal) => roundsApi.scheme(roundId, signal), [roundId]);
  const sa = useQuery(
    (signal) => selfAssessmentApi.get(roundId, unitId, signal),
    [roundId, unitId],
  );
  usePageTitle(
    round.data === undefined
      ? undefined
      : `${round.data.title} · ${sa.data?.roundUnit.unitName ?? ""}`,
  );
  const scheme = useMemo(
    () => (schemeDoc.data === undefined ? undefined : validateScheme(schemeDoc.data.document)),
    [schemeDoc.data],
  );
  const error = round.error ?? schemeDoc.error ?? sa.error;
  if (error !== undefined)
    return (
      <LoadFailed error={error} onRetry={() => (round.reload(), schemeDoc.reload(), sa.reload())} />
    );
  if (scheme === undefined || sa.data === undefined || round.data === undefined)
    return <PageLoading />;
  if (!scheme.ok)
    return <Alert type="error" showIcon title="本考核任务的方案无法读取，请联系考核管理员。" />;
  return (
    <Workspace
      key={storedStateKey(sa.data)}
      scheme={scheme.scheme}
      roundId={roundId}
      unitId={unitId}
      initial={sa.data}
      reload={sa.reload}
    />
  );
}
