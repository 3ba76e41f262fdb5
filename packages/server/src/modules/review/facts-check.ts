/**
 * Checks facts a reviewer or an administrator writes for one item (corrections, upheld
 * appeals) with the engine: every problem → 400 naming `body.facts.<fact>`; a correction must
 * be complete (no required fact of the item left out), otherwise the item would stop scoring.
 */
import { validateFacts, type Scheme } from "@kaoping/engine";
import { workflowLimits } from "../../contract/workflow.js";
import { AppError } from "../../errors/app-error.js";

/** Throws 400 unless `facts` is a complete, valid facts object of the item `code`. */
export function requireValidItemFacts(
  scheme: Scheme,
  code: string,
  facts: Record<string, unknown>,
): void {
  if (JSON.stringify(facts).length > workflowLimits.factsJson.max) {
    throw new AppError("VALIDATION_FAILED", undefined, {
      fields: [
        {
          path: "body.facts",
          message: `事实数据过大（最多 ${workflowLimits.factsJson.max} 个字符）`,
        },
      ],
    });
  }
  const { problems, missing } = validateFacts(scheme, { [code]: facts });
  const prefix = `${code}.`;
  const fields = [
    ...problems.map((p) => ({
      path: p.path.startsWith(prefix) ? `body.facts.${p.path.slice(prefix.length)}` : "body.facts",
      message: p.message,
    })),
    ...missing
      .filter((path) => path.startsWith(prefix))
      .map((path) => ({
        path: `body.facts.${path.slice(prefix.length)}`,
        message: "请填写此项事实数据",
      })),
  ];
  if (fields.length > 0)
    throw new AppError("VALIDATION_FAILED", "事实数据不符合评分规则的要求，请检查标出的字段。", {
      fields,
    });
}
