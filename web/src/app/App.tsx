import { RouterProvider } from 'react-router-dom';
import { router } from './router.js';
import { useProfileLanguage } from './session.js';

/** The application: the router, and the profile's language once the session is known. */
export function App() {
  useProfileLanguage();
  return <RouterProvider router={router} />;
}
