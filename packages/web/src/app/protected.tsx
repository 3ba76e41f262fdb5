/**
 * The gate in front of the app: loading → the empty frame with 正在加载… (decision 0255), no session → login, a session that must
 * first change its password or pass TOTP → that page only, otherwise the layout.
 */
import { Button, Result } from "antd";
import { Navigate, useLocation } from "react-router-dom";
import { parseApiError } from "../api/errors";
import ChangePasswordPage from "../features/auth/change-password-page";
import { useSessionContext } from "../features/auth/session-context";
import { TotpEnrolPage, TotpVerifyPage } from "../features/auth/totp-pages";
import { AppLayout } from "../features/layout/app-layout";
import { ShellLoading } from "../features/layout/shell-loading";

/** Renders the layout only for an active session. */
export function Protected() {
  const { state, reload } = useSessionContext();
  const location = useLocation();
  if (state.status === "loading") return <ShellLoading />;
  if (state.status === "failed") {
    return (
      <Result
        status="warning"
        title="无法连接服务器"
        subTitle={parseApiError(state.error).message}
        extra={
          <Button type="primary" onClick={reload}>
            重试
          </Button>
        }
      />
    );
  }
  if (state.status === "anonymous")
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  switch (state.session.stage) {
    case "password_change_required":
      return <ChangePasswordPage forced />;
    case "mfa_required":
      return <TotpVerifyPage />;
    case "mfa_enrollment_required":
      return <TotpEnrolPage />;
    default:
      return <AppLayout />;
  }
}
