/** Switches the session's active role (`PUT /api/auth/session/role`); shown when a user holds several. */
import { roleLabels, type RoleAssignment } from "@kaoping/server/contract";
import { App, Select } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { authApi } from "../auth/auth-api";
import { useSession, useSessionContext } from "../auth/session-context";

/** Label of one role assignment: 评审员 · 示例县. */
export function assignmentLabel(assignment: RoleAssignment): string {
  return `${roleLabels[assignment.role]} · ${assignment.organisationName}`;
}

/** The role switcher. */
export function RoleSwitcher() {
  const session = useSession();
  const { setSession } = useSessionContext();
  const [switching, setSwitching] = useState(false);
  const { message } = App.useApp();
  const navigate = useNavigate();
  if (session.roles.length < 2) return null;
  const change = async (id: string) => {
    setSwitching(true);
    try {
      const next = await authApi.switchRole(id);
      setSession(next);
      navigate("/");
      void message.success(
        `已切换为${next.activeRole === null ? "" : assignmentLabel(next.activeRole)}`,
      );
    } catch (error) {
      showApiError(error, message);
    } finally {
      setSwitching(false);
    }
  };
  return (
    <Select
      aria-label="切换角色"
      size="small"
      style={{ minWidth: 200 }}
      loading={switching}
      value={session.activeRole?.id}
      onChange={(id) => void change(id)}
      options={session.roles.map((r) => ({ value: r.id, label: assignmentLabel(r) }))}
    />
  );
}
