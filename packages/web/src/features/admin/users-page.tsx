/** 用户与角色: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 用户与角色. */
export default function Page() {
  return <ComingSoon title="用户与角色" />;
}
