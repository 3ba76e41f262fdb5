/** Tags for round states and unit statuses, in Chinese. */
import {
  roundStateLabels,
  roundUnitStatusLabels,
  type RoundState,
  type RoundUnitStatus,
} from "@kaoping/server/contract";
import { Tag } from "antd";

const stateColors: Record<RoundState, string> = {
  draft: "default",
  self_assessment: "blue",
  review: "purple",
  rating: "cyan",
  results: "orange",
  published: "green",
  appeals: "magenta",
  final: "default",
};

const statusColors: Record<RoundUnitStatus, string> = {
  draft: "default",
  submitted: "blue",
  returned: "orange",
  accepted: "green",
};

/** A round state tag. */
export function RoundStateTag({ state }: { state: RoundState }) {
  return <Tag color={stateColors[state]}>{roundStateLabels[state]}</Tag>;
}

/** A unit status tag. */
export function UnitStatusTag({
  status,
  reopened,
}: {
  status: RoundUnitStatus;
  reopened?: boolean;
}) {
  return (
    <Tag color={statusColors[status]}>
      {roundUnitStatusLabels[status]}
      {reopened ? "（已重新开放）" : ""}
    </Tag>
  );
}
