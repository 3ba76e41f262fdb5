/** 申诉: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 申诉. */
export default function Page() {
  return <ComingSoon title="申诉" />;
}
