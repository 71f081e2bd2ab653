import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import AcceptInvitationPage from '../features/auth/AcceptInvitationPage.js';
import { AuthLayout } from '../features/auth/AuthLayout.js';
import ForgotPasswordPage from '../features/auth/ForgotPasswordPage.js';
import ResetPasswordPage from '../features/auth/ResetPasswordPage.js';
import SignInPage from '../features/auth/SignInPage.js';
import SignUpPage from '../features/auth/SignUpPage.js';
import { RedirectIfSignedIn, RequireAction, RequireSession } from './guards.js';
import { NotFoundPage } from './NotFoundPage.js';
import { RouteError } from './RouteError.js';
import { WORKSPACE_ROUTES } from './registry.js';
import { StartPage, WelcomePage } from './StartPage.js';
import { WorkspaceLayout } from './shell/WorkspaceLayout.js';

/** Every workspace page from the registry, each behind its policy action. */
const workspaceChildren: RouteObject[] = WORKSPACE_ROUTES.map(({ path, action, page: Page }) => ({
  ...(path === '' ? { index: true } : { path }),
  element: <RequireAction action={action}>{<Page />}</RequireAction>,
  // A failing page keeps the shell around it, so the person can go elsewhere.
  errorElement: <RouteError />,
}));

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <AuthLayout />,
        children: [
          {
            element: <RedirectIfSignedIn />,
            children: [
              { path: '/sign-in', element: <SignInPage /> },
              { path: '/sign-up', element: <SignUpPage /> },
            ],
          },
          { path: '/forgot-password', element: <ForgotPasswordPage /> },
          { path: '/reset-password', element: <ResetPasswordPage /> },
          { path: '/invitations/:token', element: <AcceptInvitationPage /> },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          { path: '/', element: <StartPage /> },
          { path: '/welcome', element: <WelcomePage /> },
          { path: '/w/:workspaceId', element: <WorkspaceLayout />, children: workspaceChildren },
        ],
      },
      // Public: an outside reviewer's signed link (no account, no session); its own light frame.
      {
        path: '/review/:token',
        lazy: async () => ({ Component: (await import('../features/approvals/ReviewPage.js')).default }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The browser router of the single-page app (the server answers every page path with index.html). */
export const router = createBrowserRouter(routes);
