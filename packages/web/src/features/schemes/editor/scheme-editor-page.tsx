/** 方案编辑: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../../app/coming-soon";

/** 方案编辑. */
export default function Page() {
  return <ComingSoon title="方案编辑" />;
}
