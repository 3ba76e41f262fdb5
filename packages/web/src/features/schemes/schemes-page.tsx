/** 考核方案: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 考核方案. */
export default function Page() {
  return <ComingSoon title="考核方案" />;
}
