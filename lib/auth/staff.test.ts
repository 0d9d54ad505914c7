import { describe, expect, it } from 'vitest';
import {
  addStaffMember,
  createApiTokenRecord,
  endSessions,
  publicMember,
  publicToken,
  revokeApiToken,
  staffInputSchema,
  staffPatchSchema,
  tokenInputSchema,
  updateStaffMember,
} from './staff';
import { T0, testContext, testDoc } from '@/lib/store/test-fixtures/write-context';

function docWithAdmin() {
  const doc = testDoc();
  const ctx = testContext();
  const ada = addStaffMember(
    doc,
    { email: 'ada@example.com', name: 'Ada', role: 'admin', passwordHash: 'h1' },
    ctx,
  );
  return { doc, ctx, ada };
}

describe('staffInputSchema', () => {
  it('normalises the email and demands a 12-character password', () => {
    expect(
      staffInputSchema.parse({ email: ' Ada@Example.COM ', role: 'admin', password: 'twelve chars' }),
    ).toEqual({
      email: 'ada@example.com',
      name: '',
      role: 'admin',
      password: 'twelve chars',
    });
    const bad = staffInputSchema.safeParse({ email: 'not-an-email', role: 'owner', password: 'short' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['email', 'password', 'role']);
  });
});

describe('staffPatchSchema', () => {
  it('needs at least one change', () => {
    expect(staffPatchSchema.safeParse({}).success).toBe(false);
    expect(staffPatchSchema.safeParse({ role: 'editor' }).success).toBe(true);
  });
});

describe('tokenInputSchema', () => {
  it('defaults to the editor role and needs a name', () => {
    expect(tokenInputSchema.parse({ name: ' ci ' })).toEqual({ name: 'ci', role: 'editor' });
    expect(tokenInputSchema.safeParse({ name: '' }).success).toBe(false);
  });
});

describe('addStaffMember', () => {
  it('adds a member with session version 0', () => {
    const { doc, ada } = docWithAdmin();
    expect(ada).toMatchObject({
      id: 'id-1',
      email: 'ada@example.com',
      role: 'admin',
      sessionVersion: 0,
      createdAt: T0.toISOString(),
    });
    expect(doc.staff).toHaveLength(1);
  });

  it('refuses a second member with the same email, whatever its case', () => {
    const { doc, ctx } = docWithAdmin();
    expect(() =>
      addStaffMember(doc, { email: 'ADA@example.com', name: '', role: 'editor', passwordHash: 'h' }, ctx),
    ).toThrow(expect.objectContaining({ code: 'conflict' }));
  });
});

describe('updateStaffMember', () => {
  it('voids sessions when a password changes or a member is disabled', () => {
    const { doc, ctx, ada } = docWithAdmin();
    const eve = addStaffMember(
      doc,
      { email: 'eve@example.com', name: '', role: 'admin', passwordHash: 'h2' },
      ctx,
    );
    expect(updateStaffMember(doc, eve.id, { passwordHash: 'h3' }, ctx).sessionVersion).toBe(1);
    const disabled = updateStaffMember(doc, eve.id, { disabled: true }, ctx);
    expect(disabled.sessionVersion).toBe(2);
    expect(disabled.disabledAt).toBe(T0.toISOString());
    expect(updateStaffMember(doc, eve.id, { disabled: false }, ctx).disabledAt).toBeNull();
    expect(doc.staff.find((m) => m.id === ada.id)?.sessionVersion).toBe(0);
  });

  it('never leaves the page without an active admin', () => {
    const { doc, ctx, ada } = docWithAdmin();
    expect(() => updateStaffMember(doc, ada.id, { role: 'editor' }, ctx)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(() => updateStaffMember(doc, ada.id, { disabled: true }, ctx)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  it('answers not_found for an unknown id', () => {
    const { doc, ctx } = docWithAdmin();
    expect(() => updateStaffMember(doc, 'nope', { role: 'editor' }, ctx)).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});

describe('endSessions', () => {
  it('bumps the session version', () => {
    const { doc, ada } = docWithAdmin();
    expect(endSessions(doc, ada.id).sessionVersion).toBe(1);
  });
});

describe('createApiTokenRecord / revokeApiToken', () => {
  it('stores the hash, names the creator, and revokes once', () => {
    const { doc, ctx } = docWithAdmin();
    const token = createApiTokenRecord(doc, { name: 'ci', role: 'editor', hash: 'sha256:abc' }, ctx);
    expect(token).toMatchObject({ name: 'ci', createdBy: 'ada@example.com', revokedAt: null });
    expect(() => createApiTokenRecord(doc, { name: 'CI', role: 'admin', hash: 'sha256:def' }, ctx)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(revokeApiToken(doc, token.id, ctx).revokedAt).toBe(T0.toISOString());
    expect(() => revokeApiToken(doc, token.id, ctx)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(createApiTokenRecord(doc, { name: 'ci', role: 'editor', hash: 'sha256:ghi' }, ctx).name).toBe(
      'ci',
    );
  });
});

describe('publicMember / publicToken', () => {
  it('never exposes hashes', () => {
    const { doc, ctx, ada } = docWithAdmin();
    expect(publicMember(ada)).not.toHaveProperty('passwordHash');
    expect(publicMember(ada)).not.toHaveProperty('sessionVersion');
    expect(
      publicToken(createApiTokenRecord(doc, { name: 'x', role: 'editor', hash: 'sha256:x' }, ctx)),
    ).not.toHaveProperty('hash');
  });
});
