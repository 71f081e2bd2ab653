import type { ReactNode, SVGProps } from 'react';

export type IconProps = SVGProps<SVGSVGElement> & { size?: number };
export type IconComponent = (props: IconProps) => ReactNode;

/** One outline icon on a 24-unit grid; decorative, so hidden from screen readers. */
export function make(paths: ReactNode): IconComponent {
  function Icon({ size = 18, ...rest }: IconProps) {
    return (
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...rest}
      >
        {paths}
      </svg>
    );
  }
  return Icon;
}

// Drawn for Presence: simple geometric outlines, consistent stroke width.
export const IconHome = make(
  <>
    <path d="M4 11 12 4l8 7" />
    <path d="M6 10v9h4v-5h4v5h4v-9" />
  </>,
);
export const IconUsers = make(
  <>
    <circle cx="9" cy="8" r="3.2" />
    <path d="M3.5 19c.6-3.2 2.8-5 5.5-5s4.9 1.8 5.5 5" />
    <circle cx="17" cy="9" r="2.4" />
    <path d="M16 14.2c2.3-.2 4 1.3 4.5 4.3" />
  </>,
);
export const IconBuilding = make(
  <>
    <rect x="4" y="3.5" width="10" height="17" rx="1" />
    <path d="M14 9h5a1 1 0 0 1 1 1v10.5H14" />
    <path d="M7.5 7.5h3M7.5 11h3M7.5 14.5h3M17 13h.01M17 16.5h.01" />
    <path d="M8.5 20.5v-2.5h1.5v2.5" />
  </>,
);
export const IconSettings = make(
  <>
    <circle cx="12" cy="12" r="3" />
    <path d="M12 3v2.5M12 18.5V21M3 12h2.5M18.5 12H21M5.6 5.6l1.8 1.8M16.6 16.6l1.8 1.8M5.6 18.4l1.8-1.8M16.6 7.4l1.8-1.8" />
  </>,
);
export const IconHistory = make(
  <>
    <path d="M4 12a8 8 0 1 0 2.4-5.7" />
    <path d="M4 4v4h4" />
    <path d="M12 8v4l3 2" />
  </>,
);
export const IconMail = make(
  <>
    <rect x="3" y="5.5" width="18" height="13" rx="2" />
    <path d="m3.5 7 8.5 6 8.5-6" />
  </>,
);
export const IconKey = make(
  <>
    <circle cx="8" cy="14" r="4" />
    <path d="M11 11 19.5 2.5M16 6l2.5 2.5M13.5 8.5 15.5 10.5" />
  </>,
);
export const IconUser = make(
  <>
    <circle cx="12" cy="8" r="3.8" />
    <path d="M4.5 20c.8-3.8 3.8-6 7.5-6s6.7 2.2 7.5 6" />
  </>,
);
export const IconLogout = make(
  <>
    <path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4" />
    <path d="M10 8l-4 4 4 4M6 12h10" />
  </>,
);
export const IconChevronDown = make(<path d="m6 9 6 6 6-6" />);
export const IconChevronRight = make(<path d="m9 6 6 6-6 6" />);
export const IconSelector = make(<path d="m8 9 4-4 4 4M8 15l4 4 4-4" />);
export const IconPlus = make(<path d="M12 5v14M5 12h14" />);
export const IconCheck = make(<path d="m5 12.5 4.5 4.5L19 7.5" />);
export const IconX = make(<path d="M6 6l12 12M18 6 6 18" />);
export const IconCopy = make(
  <>
    <rect x="8.5" y="8.5" width="11" height="11" rx="2" />
    <path d="M15.5 8.5V6a1.5 1.5 0 0 0-1.5-1.5H6A1.5 1.5 0 0 0 4.5 6v8A1.5 1.5 0 0 0 6 15.5h2.5" />
  </>,
);
export const IconTrash = make(
  <>
    <path d="M4.5 7h15M10 11v6M14 11v6" />
    <path d="M6.5 7l1 12.5h9l1-12.5M9.5 7V4.5h5V7" />
  </>,
);
export const IconGlobe = make(
  <>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M3.5 12h17M12 3.5c2.4 2.4 3.5 5.3 3.5 8.5s-1.1 6.1-3.5 8.5c-2.4-2.4-3.5-5.3-3.5-8.5S9.6 5.9 12 3.5Z" />
  </>,
);
export const IconRefresh = make(
  <>
    <path d="M19.5 12a7.5 7.5 0 0 1-13.2 4.9M4.5 12a7.5 7.5 0 0 1 13.2-4.9" />
    <path d="M18 3.5v4h-4M6 20.5v-4h4" />
  </>,
);
export const IconDots = make(
  <>
    <circle cx="6" cy="12" r="0.8" fill="currentColor" />
    <circle cx="12" cy="12" r="0.8" fill="currentColor" />
    <circle cx="18" cy="12" r="0.8" fill="currentColor" />
  </>,
);
export const IconAlert = make(
  <>
    <path d="M12 4 21 19.5H3Z" />
    <path d="M12 10v4.5M12 17h.01" />
  </>,
);
export const IconInfo = make(
  <>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M12 11v5.5M12 8h.01" />
  </>,
);
export const IconSend = make(
  <>
    <path d="M20.5 3.5 10 14" />
    <path d="M20.5 3.5 14 20.5l-4-6.5-6.5-4Z" />
  </>,
);
export const IconDownload = make(
  <>
    <path d="M12 4v11M7.5 10.5 12 15l4.5-4.5" />
    <path d="M4.5 17v2.5h15V17" />
  </>,
);
export const IconExternal = make(
  <>
    <path d="M13.5 4.5h6v6M19.5 4.5 11 13" />
    <path d="M17 14v5.5H4.5V7H10" />
  </>,
);
export const IconLock = make(
  <>
    <rect x="5" y="10.5" width="14" height="10" rx="2" />
    <path d="M8 10.5V8a4 4 0 0 1 8 0v2.5" />
  </>,
);
export const IconClock = make(
  <>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M12 7.5V12l3 2" />
  </>,
);
export const IconSearch = make(
  <>
    <circle cx="10.5" cy="10.5" r="6" />
    <path d="m15 15 5 5" />
  </>,
);
export const IconBook = make(
  <>
    <path d="M4.5 5.5A1.5 1.5 0 0 1 6 4h13.5v14H6a1.5 1.5 0 0 0-1.5 1.5Z" />
    <path d="M4.5 19.5A1.5 1.5 0 0 0 6 21h13.5v-3" />
  </>,
);
export const IconPencil = make(
  <>
    <path d="M4.5 19.5h4l10-10a2.8 2.8 0 0 0-4-4l-10 10Z" />
    <path d="m13 7 4 4" />
  </>,
);
export const IconWallet = make(
  <>
    <path d="M4 7h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V7Z" />
    <path d="M4 7V6a2 2 0 0 1 2-2h10v3" />
    <path d="M16 13.5h4" />
  </>,
);
export const IconLink = make(
  <>
    <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
  </>,
);
export const IconOrgChart = make(
  <>
    <rect x="9" y="3" width="6" height="5" rx="1" />
    <rect x="3" y="16" width="6" height="5" rx="1" />
    <rect x="15" y="16" width="6" height="5" rx="1" />
    <path d="M12 8v4M6 16v-4h12v4" />
  </>,
);
export const IconCalendar = make(
  <>
    <rect x="3.5" y="5" width="17" height="15.5" rx="2" />
    <path d="M3.5 10h17M8 3v4M16 3v4" />
    <path d="M7.5 13.5h2M11 13.5h2M14.5 13.5h2M7.5 17h2M11 17h2" />
  </>,
);
export const IconBell = make(
  <>
    <path d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2h-15z" />
    <path d="M10 20.5a2 2 0 0 0 4 0" />
  </>,
);
export const IconWebhook = make(
  <>
    <circle cx="12" cy="6.5" r="2.5" />
    <circle cx="6" cy="17" r="2.5" />
    <circle cx="18" cy="17" r="2.5" />
    <path d="M10.8 8.7 7.2 14.8M13.2 8.7l3.6 6.1M8.5 17h7" />
  </>,
);
export const IconInbox = make(
  <>
    <path d="M4 13.5 6.5 5h11l2.5 8.5V19a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 19z" />
    <path d="M4 13.5h4.5l1 2.5h5l1-2.5H20" />
  </>,
);
export const IconApproval = make(
  <>
    <path d="M12 3.5 18.5 6v5.5c0 4-2.8 7.3-6.5 9-3.7-1.7-6.5-5-6.5-9V6z" />
    <path d="m9 12 2.2 2.2L15.5 10" />
  </>,
);
