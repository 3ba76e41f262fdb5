/** 考核任务详情: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 考核任务详情. */
export default function Page() {
  return <ComingSoon title="考核任务详情" />;
}
