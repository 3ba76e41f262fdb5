/** 自评填报: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 自评填报. */
export default function Page() {
  return <ComingSoon title="自评填报" />;
}
