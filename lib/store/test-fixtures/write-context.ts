import type { Actor } from '@/lib/store/driver';
import type { StaffMember, StoreDocument } from '@/lib/store/schema';
import { seedDocument } from '@/lib/store/seed';
import type { WriteContext } from '@/lib/store/write-context';

/** Shared by the auth and status unit tests: a seeded document, a fixed clock and predictable ids. */
export const T0 = new Date('2026-05-01T10:00:00.000Z');
export const ADMIN_ACTOR: Actor = { kind: 'staff', id: 'staff-admin', name: 'ada@example.com' };

export function testDoc(): StoreDocument {
  return structuredClone(seedDocument());
}

export function testContext(now = T0, actor = ADMIN_ACTOR): WriteContext {
  let n = 0;
  return { now, actor, newId: () => `id-${++n}` };
}

export function member(overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    id: 'staff-admin',
    email: 'ada@example.com',
    name: 'Ada',
    role: 'admin',
    passwordHash: 'scrypt$1024$8$1$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    sessionVersion: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    disabledAt: null,
    ...overrides,
  };
}
