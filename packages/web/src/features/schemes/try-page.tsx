/** 方案试算: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 方案试算. */
export default function Page() {
  return <ComingSoon title="方案试算" />;
}
