import type { RouteObject } from 'react-router';
import type { Permission } from '../../../domain/access/permissions.ts';
import { ApplicationPage } from '../features/applications/ApplicationPage.tsx';
import { ApplicationsPage } from '../features/applications/ApplicationsPage.tsx';
import { CallApplicationsPage } from '../features/applications-office/CallApplicationsPage.tsx';
import { OfficeApplicationPage } from '../features/applications-office/OfficeApplicationPage.tsx';
import { MyAppointmentsPage } from '../features/appointments/MyAppointmentsPage.tsx';
import { NewAppointmentPage } from '../features/appointments/NewAppointmentPage.tsx';
import { AppointmentPage } from '../features/appointments/office/AppointmentPage.tsx';
import { RegisterPage as AppointmentRegisterPage } from '../features/appointments/RegisterPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { AmendCallPage, EditCallPage } from '../features/calls/editor/EditCallPage.tsx';
import { NewCallPage } from '../features/calls/editor/NewCallPage.tsx';
import { CallDetailPage } from '../features/calls/office/CallDetailPage.tsx';
import { CallsPage } from '../features/calls/office/CallsPage.tsx';
import { PublicCallsPage } from '../features/calls/public/PublicCallsPage.tsx';
import { MyCareerPage } from '../features/career/MyCareerPage.tsx';
import { CommitteeApplicationPage } from '../features/committees/CommitteeApplicationPage.tsx';
import { CommitteeCallPage } from '../features/committees/CommitteeCallPage.tsx';
import { MyCommitteesPage } from '../features/committees/MyCommitteesPage.tsx';
import { OfficeCommitteePage } from '../features/committees/OfficeCommitteePage.tsx';
import { NotFoundPage } from '../features/errors/NotFoundPage.tsx';
import { FundingPage } from '../features/funding/FundingPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { ImportsPage } from '../features/imports/ImportsPage.tsx';
import { LoginPage } from '../features/login/LoginPage.tsx';
import { MyOffersPage } from '../features/offers/MyOffersPage.tsx';
import { RankingOffersPage } from '../features/offers/RankingOffersPage.tsx';
import { PeoplePage } from '../features/people/PeoplePage.tsx';
import { ProfilePage } from '../features/profile/ProfilePage.tsx';
import { ProfileDetailPage } from '../features/profiles/ProfileDetailPage.tsx';
import { ProfilesPage } from '../features/profiles/ProfilesPage.tsx';
import { ProjectDetailPage } from '../features/projects/ProjectDetailPage.tsx';
import { ProjectFormPage } from '../features/projects/ProjectFormPage.tsx';
import { ProjectsPage } from '../features/projects/ProjectsPage.tsx';
import { OfficeRankingsPage } from '../features/rankings/office/OfficeRankingsPage.tsx';
import { PublicRankingPage } from '../features/rankings/public/PublicRankingPage.tsx';
import { ScoringPage } from '../features/scoring/ScoringPage.tsx';
import { SpecialCategoryPage } from '../features/special-category/SpecialCategoryPage.tsx';
import { StudentDetailPage } from '../features/students/StudentDetailPage.tsx';
import { StudentsPage } from '../features/students/StudentsPage.tsx';
import { UnitsPage } from '../features/units/UnitsPage.tsx';
import { AppLayout } from '../layout/AppLayout.tsx';
import { PAGES } from './pages.ts';
import { RequireAuth } from './RequireAuth.tsx';
import { RequirePermission } from './RequirePermission.tsx';

const guarded = (permission: Permission, element: React.ReactNode) => (
  <RequirePermission permission={permission}>{element}</RequirePermission>
);

/** Every route: the login page is public, the rest needs a session and the permission its data needs. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: PAGES.publicCalls.path, element: <PublicCallsPage /> },
      { path: '/graduatorie/:id', element: <PublicRankingPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          { path: PAGES.profile.path, element: guarded(PAGES.profile.permission, <ProfilePage />) },
          { path: PAGES.career.path, element: guarded(PAGES.career.permission, <MyCareerPage />) },
          {
            path: PAGES.applications.path,
            element: guarded(PAGES.applications.permission, <ApplicationsPage />),
          },
          {
            path: `${PAGES.applications.path}/:id`,
            element: guarded(PAGES.applications.permission, <ApplicationPage />),
          },
          { path: PAGES.offers.path, element: guarded(PAGES.offers.permission, <MyOffersPage />) },
          {
            path: PAGES.myAppointments.path,
            element: guarded(PAGES.myAppointments.permission, <MyAppointmentsPage />),
          },
          {
            path: PAGES.appointments.path,
            element: guarded(PAGES.appointments.permission, <AppointmentRegisterPage />),
          },
          {
            path: `${PAGES.appointments.path}/new/:offerId`,
            element: guarded(PAGES.appointments.permission, <NewAppointmentPage />),
          },
          {
            path: `${PAGES.appointments.path}/:id`,
            element: guarded(PAGES.appointments.permission, <AppointmentPage />),
          },
          { path: PAGES.calls.path, element: guarded(PAGES.calls.permission, <CallsPage />) },
          { path: `${PAGES.calls.path}/:id`, element: guarded(PAGES.calls.permission, <CallDetailPage />) },
          {
            path: `${PAGES.calls.path}/:id/applications`,
            element: guarded('applications.read-all', <CallApplicationsPage />),
          },
          {
            path: `${PAGES.calls.path}/:id/applications/:applicationId`,
            element: guarded('applications.read-all', <OfficeApplicationPage />),
          },
          {
            path: `${PAGES.calls.path}/:id/committee`,
            element: guarded('committees.manage', <OfficeCommitteePage />),
          },
          {
            path: `${PAGES.calls.path}/:id/rankings`,
            element: guarded('rankings.manage', <OfficeRankingsPage />),
          },
          {
            path: `${PAGES.calls.path}/:id/rankings/:rankingId/offers`,
            element: guarded('offers.manage', <RankingOffersPage />),
          },
          { path: PAGES.committee.path, element: guarded(PAGES.committee.permission, <MyCommitteesPage />) },
          {
            path: `${PAGES.committee.path}/:id`,
            element: guarded(PAGES.committee.permission, <CommitteeCallPage />),
          },
          {
            path: `${PAGES.committee.path}/:id/applications/:applicationId`,
            element: guarded(PAGES.committee.permission, <CommitteeApplicationPage />),
          },
          { path: `${PAGES.calls.path}/new`, element: guarded('calls.manage', <NewCallPage />) },
          { path: `${PAGES.calls.path}/:id/edit`, element: guarded('calls.manage', <EditCallPage />) },
          { path: `${PAGES.calls.path}/:id/amend`, element: guarded('calls.manage', <AmendCallPage />) },
          { path: PAGES.funding.path, element: guarded(PAGES.funding.permission, <FundingPage />) },
          { path: PAGES.projects.path, element: guarded(PAGES.projects.permission, <ProjectsPage />) },
          { path: `${PAGES.projects.path}/new`, element: guarded('projects.propose', <ProjectFormPage />) },
          {
            path: `${PAGES.projects.path}/:id`,
            element: guarded(PAGES.projects.permission, <ProjectDetailPage />),
          },
          { path: PAGES.students.path, element: guarded(PAGES.students.permission, <StudentsPage />) },
          {
            path: `${PAGES.students.path}/:id`,
            element: guarded(PAGES.students.permission, <StudentDetailPage />),
          },
          { path: PAGES.imports.path, element: guarded(PAGES.imports.permission, <ImportsPage />) },
          {
            path: PAGES.specialCategory.path,
            element: guarded(PAGES.specialCategory.permission, <SpecialCategoryPage />),
          },
          { path: PAGES.units.path, element: guarded(PAGES.units.permission, <UnitsPage />) },
          { path: PAGES.people.path, element: guarded(PAGES.people.permission, <PeoplePage />) },
          { path: PAGES.audit.path, element: guarded(PAGES.audit.permission, <AuditPage />) },
          {
            path: '/committee/calls/:callId/applications/:applicationId/scores',
            element: guarded('committee.work', <ScoringPage />),
          },
          { path: PAGES.profiles.path, element: guarded(PAGES.profiles.permission, <ProfilesPage />) },
          {
            path: `${PAGES.profiles.path}/:code`,
            element: guarded(PAGES.profiles.permission, <ProfileDetailPage />),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
