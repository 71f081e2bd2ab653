import { make } from '../../components/icons.js';

/** The navigation icon of analytics (bars rising over an axis), drawn with the shared icon set's frame. */
export const IconChart = make(
  <>
    <path d="M4 4v16h16" />
    <path d="M8 16v-4M12 16V8M16 16v-6" />
  </>,
);
