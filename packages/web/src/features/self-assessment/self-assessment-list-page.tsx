/** 单位自评: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 单位自评. */
export default function Page() {
  return <ComingSoon title="单位自评" />;
}
