import type { IconProps } from '../../components/icons.js';

/** The sidebar icon of Budget: a wallet, drawn like the shell's outline icons. */
export function IconWallet({ size = 18, ...rest }: IconProps) {
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
      <path d="M4 7h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V7Z" />
      <path d="M4 7V6a2 2 0 0 1 2-2h10v3" />
      <path d="M16 13.5h4" />
    </svg>
  );
}
