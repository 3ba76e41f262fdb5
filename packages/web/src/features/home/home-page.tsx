/** 首页: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 首页. */
export default function Page() {
  return <ComingSoon title="首页" />;
}
