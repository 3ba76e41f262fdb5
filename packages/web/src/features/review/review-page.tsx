/** 审核评分: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 审核评分. */
export default function Page() {
  return <ComingSoon title="审核评分" />;
}
