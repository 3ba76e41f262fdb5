/** 机构管理: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 机构管理. */
export default function Page() {
  return <ComingSoon title="机构管理" />;
}
