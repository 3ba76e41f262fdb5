/**
 * 审核评分: choose a round, then the work list of units (with the round's 审核事实 template and
 * its import), then one unit's review.
 */
import { Card, Progress, Table } from "antd";
import { Link, Route, Routes, useParams } from "react-router-dom";
import { reviewApi, type ReviewWorkList } from "../../api/review-api";
import { useQuery } from "../../api/use-query";
import { LoadFailed } from "../../app/load-failed";
import { formatDateProse } from "../../lib/dates";
import { useActiveRole } from "../auth/session-context";
import { RoundFactsImport } from "../documents/facts-import";
import { usePageTitle } from "../layout/page-title";
import { UnitStatusTag } from "../rounds/round-labels";
import { RoundPicker } from "../rounds/round-picker";
import { UnitReview } from "./unit-review";

function WorkList() {
  const { roundId = "" } = useParams();
  const list = useQuery((signal) => reviewApi.workList(roundId, signal), [roundId]);
  const role = useActiveRole();
  usePageTitle("审核工作台");
  if (list.error !== undefined) return <LoadFailed error={list.error} onRetry={list.reload} />;
  const total = list.data?.itemCodes.length ?? 0;
  return (
    <Card
      title={`审核工作台${list.data?.reviewDeadline ? `（截止 ${formatDateProse(list.data.reviewDeadline)}）` : ""}`}
    >
      {(role === "reviewer" || role === "assessment_admin") && (
        <div style={{ marginBottom: 12 }}>
          <RoundFactsImport
            roundId={roundId}
            canImport={role === "reviewer" && list.data?.roundState === "review"}
            onImported={list.reload}
          />
        </div>
      )}
      <Table<ReviewWorkList["units"][number]>
        rowKey="unitId"
        loading={list.isLoading}
        pagination={false}
        dataSource={list.data?.units ?? []}
        columns={[
          {
            title: "单位",
            dataIndex: "unitName",
            render: (name: string, u) => <Link to={`/review/${roundId}/${u.unitId}`}>{name}</Link>,
          },
          {
            title: "状态",
            dataIndex: "status",
            render: (s: ReviewWorkList["units"][number]["status"]) => <UnitStatusTag status={s} />,
          },
          {
            title: "进度",
            key: "progress",
            render: (_: unknown, u) => (
              <Progress
                size="small"
                style={{ width: 180 }}
                percent={total === 0 ? 0 : Math.round(((u.confirmed + u.corrected) / total) * 100)}
                format={() => `${u.confirmed + u.corrected}/${total}`}
              />
            ),
          },
          { title: "已修正", dataIndex: "corrected" },
          {
            title: "",
            key: "go",
            render: (_: unknown, u) => (
              <Link to={`/review/${roundId}/${u.unitId}`}>
                {u.status === "submitted" ? "审核" : "查看"}
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}

function UnitRoute() {
  const { roundId = "", unitId = "" } = useParams();
  return <UnitReview roundId={roundId} unitId={unitId} />;
}

/** The review section. */
export default function ReviewPage() {
  return (
    <Routes>
      <Route
        index
        element={
          <RoundPicker base="/review" states={["self_assessment", "review", "rating", "results"]} />
        }
      />
      <Route path=":roundId" element={<WorkList />} />
      <Route path=":roundId/:unitId" element={<UnitRoute />} />
    </Routes>
  );
}
