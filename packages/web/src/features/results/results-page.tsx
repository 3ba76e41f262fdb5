/** 考核结果: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 考核结果. */
export default function Page() {
  return <ComingSoon title="考核结果" />;
}
