/** 审计日志: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 审计日志. */
export default function Page() {
  return <ComingSoon title="审计日志" />;
}
