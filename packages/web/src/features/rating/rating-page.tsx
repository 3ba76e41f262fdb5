/** 评议打分: waits for the workflow API (docs/workflow.md). */
import ComingSoon from "../../app/coming-soon";

/** 评议打分. */
export default function Page() {
  return <ComingSoon title="评议打分" />;
}
