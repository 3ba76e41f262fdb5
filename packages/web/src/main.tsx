/** Entry point: Chinese locale for Ant Design and dayjs, the session, the router. */
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router-dom";
import { applyNonceToCreatedStyles, pageNonce } from "./app/csp-nonce";
import { ErrorBoundary } from "./app/error-boundary";
import { AppRoutes } from "./app/routes";
import { SessionProvider } from "./features/auth/session-context";
import "./app/global.css";

dayjs.locale("zh-cn");

const nonce = pageNonce();
if (nonce !== undefined) applyNonceToCreatedStyles(nonce);

/**
 * Ant Design's animations off when the system asks for less motion (WCAG 2.3.3; decision 0253):
 * popups and dialogs then appear where they end up, at once.
 */
const reducedMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root");

createRoot(root).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      csp={nonce === undefined ? undefined : { nonce }}
      theme={{ token: { colorPrimary: "#1456c8", borderRadius: 4, motion: !reducedMotion } }}
    >
      <AntApp>
        <ErrorBoundary>
          <BrowserRouter>
            <SessionProvider>
              <AppRoutes />
            </SessionProvider>
          </BrowserRouter>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
