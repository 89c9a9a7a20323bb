import { Bot, LayoutDashboard, ListChecks, MessagesSquare, Phone, PhoneOutgoing, Settings, Webhook, type LucideIcon } from 'lucide-react';

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
}

export const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'Overview', icon: LayoutDashboard },
  { href: '/conversations', label: 'Conversations', icon: MessagesSquare },
  { href: '/agents', label: 'Agents', icon: Bot },
  { href: '/calls', label: 'Calls', icon: PhoneOutgoing },
  { href: '/batch-calls', label: 'Batch calls', icon: ListChecks },
  { href: '/phone-numbers', label: 'Phone numbers', icon: Phone },
  { href: '/webhooks', label: 'Webhooks', icon: Webhook },
  { href: '/settings', label: 'Settings', icon: Settings },
];

export function isActive(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
