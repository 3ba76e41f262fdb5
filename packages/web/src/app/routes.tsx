/**
 * The routes of the app. Every page is its own chunk (React.lazy), so the first load carries only
 * the shell and the login page; ECharts and the scheme editor load when first shown.
 */
import { lazy } from "react";
import { Navigate, Route, Routes } from "react-router-dom";
import ChangePasswordPage from "../features/auth/change-password-page";
import LoginPage from "../features/auth/login-page";
import { Protected } from "./protected";

const HomePage = lazy(() => import("../features/home/home-page"));
const TryPage = lazy(() => import("../features/schemes/try-page"));
const SchemesPage = lazy(() => import("../features/schemes/schemes-page"));
const SchemeEditorPage = lazy(() => import("../features/schemes/editor/scheme-editor-page"));
const RoundsPage = lazy(() => import("../features/rounds/rounds-page"));
const RoundDetailPage = lazy(() => import("../features/rounds/round-detail-page"));
const SelfAssessmentListPage = lazy(
  () => import("../features/self-assessment/self-assessment-list-page"),
);
const SelfAssessmentPage = lazy(() => import("../features/self-assessment/self-assessment-page"));
const ReviewPage = lazy(() => import("../features/review/review-page"));
const RatingPage = lazy(() => import("../features/rating/rating-page"));
const ResultsPage = lazy(() => import("../features/results/results-page"));
const AppealsPage = lazy(() => import("../features/results/appeals-page"));
const OrganisationsPage = lazy(() => import("../features/admin/organisations-page"));
const UsersPage = lazy(() => import("../features/admin/users-page"));
const AuditPage = lazy(() => import("../features/admin/audit-page"));
const SettingsPage = lazy(() => import("../features/admin/settings-page"));

/** All routes. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<Protected />}>
        <Route index element={<HomePage />} />
        <Route path="account/password" element={<ChangePasswordPage />} />
        <Route path="try" element={<TryPage />} />
        <Route path="schemes" element={<SchemesPage />} />
        <Route path="schemes/:id" element={<SchemeEditorPage />} />
        <Route path="rounds" element={<RoundsPage />} />
        <Route path="rounds/:id" element={<RoundDetailPage />} />
        <Route path="self-assessment" element={<SelfAssessmentListPage />} />
        <Route path="self-assessment/:roundId" element={<SelfAssessmentPage />} />
        <Route path="review/*" element={<ReviewPage />} />
        <Route path="rating/*" element={<RatingPage />} />
        <Route path="results/*" element={<ResultsPage />} />
        <Route path="appeals/*" element={<AppealsPage />} />
        <Route path="admin/organisations" element={<OrganisationsPage />} />
        <Route path="admin/users" element={<UsersPage />} />
        <Route path="admin/audit" element={<AuditPage />} />
        <Route path="admin/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
