/** The document buttons of the results pages, shown only to the roles the API lets download them. */
import type { Role } from "@kaoping/server/contract";
import { Space } from "antd";
import { BatchDownloadButton } from "./batch-download";
import { documentsApi } from "./documents-api";
import { DownloadButton } from "./download-button";

/** Roles that may download whole-round documents (得分汇总表, batches) — as the API's matrix. */
export const roundDocumentRoles: readonly Role[] = ["assessment_admin", "reviewer", "viewer"];

/** A unit's 评分表 and 绩效自评报告 (every role that can open the unit's sheet may download them). */
function Unit({
  roundId,
  unitId,
  unitName,
}: {
  roundId: string;
  unitId: string;
  unitName: string;
}) {
  return (
    <Space wrap className="no-print">
      <DownloadButton
        path={documentsApi.scoreSheetPath(roundId, unitId)}
        label="下载评分表(Word)"
        fallbackName={`${unitName}-评分表.docx`}
        testId="download-score-sheet"
      />
      <DownloadButton
        path={documentsApi.selfReportPath(roundId, unitId)}
        label="下载自评报告(Word)"
        fallbackName={`${unitName}-绩效自评报告.docx`}
        testId="download-self-report"
      />
    </Space>
  );
}

/** The round's 得分汇总表, its 排名表 alone and the two batch .zip downloads. */
function Round({ roundId, role }: { roundId: string; role: Role | undefined }) {
  if (role === undefined || !roundDocumentRoles.includes(role)) return null;
  return (
    <Space wrap className="no-print" style={{ marginBottom: 12 }}>
      <DownloadButton
        path={documentsApi.workbookPath(roundId)}
        label="下载得分汇总表(Excel)"
        fallbackName="得分汇总表.xlsx"
        testId="download-workbook"
      />
      <DownloadButton
        path={documentsApi.rankingPath(roundId)}
        label="下载排名表(Excel)"
        fallbackName="排名表.xlsx"
        testId="download-ranking"
      />
      <BatchDownloadButton roundId={roundId} kind="score-sheets" label="批量下载评分表" />
      <BatchDownloadButton roundId={roundId} kind="self-reports" label="批量下载自评报告" />
    </Space>
  );
}

/** The two groups of buttons. */
export const DocumentButtons = { Unit, Round };
