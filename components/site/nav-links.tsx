'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
}

/** The section links, with `aria-current="page"` on the section being viewed. */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const current = (href: string) =>
    href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <ul className="-mb-px flex flex-wrap gap-x-1 text-sm">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={current(item.href) ? 'page' : undefined}
            className="inline-block border-b-2 border-transparent px-3 py-2 whitespace-nowrap text-muted no-underline hover:text-text aria-[current=page]:border-accent aria-[current=page]:font-semibold aria-[current=page]:text-text"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
