/**
 * The session of the browser tab: loaded once from `GET /api/auth/session`, replaced by login,
 * password change and role switch, cleared by logout or when any request answers 401.
 */
import type { Role, SessionResponse } from "@kaoping/server/contract";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { ApiError, onUnauthenticated } from "../../api/client";
import { authApi } from "./auth-api";

/** What the app knows about the session. */
export type SessionState =
  | { status: "loading" }
  | { status: "failed"; error: unknown }
  | { status: "anonymous"; reason?: string | undefined }
  | { status: "ready"; session: SessionResponse };

interface SessionContextValue {
  state: SessionState;
  /** Replaces the session with one the API returned (login, password change, role switch). */
  setSession: (session: SessionResponse) => void;
  reload: () => void;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

/** Provides the session to the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const load = useCallback(() => {
    setState({ status: "loading" });
    authApi.session().then(
      (session) => setState({ status: "ready", session }),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setState({ status: "anonymous" });
        else setState({ status: "failed", error });
      },
    );
  }, []);
  useEffect(load, [load]);
  useEffect(
    () => onUnauthenticated((error) => setState({ status: "anonymous", reason: error.message })),
    [],
  );
  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      setSession: (session) => setState({ status: "ready", session }),
      reload: load,
      logout: async () => {
        await authApi.logout().catch(() => undefined);
        setState({ status: "anonymous" });
      },
    }),
    [state, load],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session context (inside SessionProvider). */
export function useSessionContext(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === undefined) throw new Error("useSessionContext outside SessionProvider");
  return value;
}

/** The logged-in session (only inside the authenticated part of the app). */
export function useSession(): SessionResponse {
  const { state } = useSessionContext();
  if (state.status !== "ready") throw new Error("useSession without a session");
  return state.session;
}

/** The session's active role, or undefined when it has none. */
export function useActiveRole(): Role | undefined {
  return useSession().activeRole?.role;
}
