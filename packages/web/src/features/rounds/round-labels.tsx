/**
 * Tags for round states, unit statuses and units' progress, in Chinese — one word for one thing
 * (decision 0254): the labels come from the contract, statuses and progress words never overlap.
 */
import {
  unitPhaseLabels,
  type UnitPhase,
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

const phaseColors: Record<UnitPhase, string> = {
  not_started: "default",
  in_progress: "gold",
  submitted: "blue",
};

/** How far a unit's filling got (考核进度): 未填写 / 填写中 / 自评已完成. */
export function UnitPhaseTag({ phase }: { phase: UnitPhase }) {
  return <Tag color={phaseColors[phase]}>{unitPhaseLabels[phase]}</Tag>;
}
