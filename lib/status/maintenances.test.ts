import { describe, expect, it } from 'vitest';
import { T0, testContext, testDoc } from '@/lib/store/test-fixtures/write-context';
import {
  annotateOccurrence,
  cancelMaintenance,
  cancelOccurrence,
  createMaintenance,
  maintenanceInputSchema,
  restoreOccurrence,
  setMaintenanceStatus,
} from './maintenances';

const MIN = 60_000;
const iso = (minutesFromT0: number) => new Date(T0.getTime() + minutesFromT0 * MIN).toISOString();
const ctxAt = (minutesFromT0: number) => ({
  ...testContext(),
  now: new Date(T0.getTime() + minutesFromT0 * MIN),
});
const base = {
  name: 'Database upgrade',
  scheduledFor: iso(24 * 60 + 1),
  scheduledUntil: iso(26 * 60),
  components: ['api'],
};
const parse = (body: unknown) => maintenanceInputSchema.parse(body);

describe('maintenanceInputSchema', () => {
  it.each([
    [{ ...base, scheduledFor: '2027-02-30T10:00:00Z' }, 'scheduledFor'],
    [{ ...base, scheduledFor: 'tomorrow' }, 'scheduledFor'],
    [{ ...base, scheduledUntil: base.scheduledFor }, 'scheduledUntil'],
    [{ ...base, scheduledUntil: iso(24 * 60 + 15 * 24 * 60) }, 'scheduledUntil'],
    [{ ...base, name: '' }, 'name'],
    [{ ...base, components: ['api', 'api'] }, 'components'],
    [{ ...base, emergency: {} }, 'emergency.reason'],
    [{ ...base, emergency: { reason: '  ' } }, 'emergency.reason'],
    [{ ...base, emergency: true }, 'emergency'],
  ])('names the bad field (%#)', (body, field) => {
    const result = maintenanceInputSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('writes instants with an offset as UTC', () => {
    expect(
      parse({
        ...base,
        scheduledFor: '2026-05-03T00:00:00+02:00',
        scheduledUntil: '2026-05-03T02:00:00+02:00',
      }),
    ).toMatchObject({
      scheduledFor: '2026-05-02T22:00:00.000Z',
      scheduledUntil: '2026-05-03T00:00:00.000Z',
    });
  });
});

describe('createMaintenance', () => {
  it('refuses a start 23 h 59 m ahead with insufficient_notice and names the earliest start', () => {
    expect(() =>
      createMaintenance(testDoc(), parse({ ...base, scheduledFor: iso(24 * 60 - 1) }), testContext()),
    ).toThrow(
      expect.objectContaining({
        code: 'insufficient_notice',
        details: { earliestStart: '2026-05-02T10:00:00Z' },
      }),
    );
  });

  it('accepts exactly 24 h and 24 h 01 m ahead', () => {
    const doc = testDoc();
    createMaintenance(doc, parse({ ...base, scheduledFor: iso(24 * 60) }), testContext());
    const m = createMaintenance(doc, parse(base), testContext());
    expect(m).toMatchObject({
      name: 'Database upgrade',
      componentIds: ['api'],
      emergency: null,
      cancelledAt: null,
      body: '',
    });
    expect(doc.maintenances).toHaveLength(2);
  });

  it('accepts short notice as an emergency with a reason', () => {
    const m = createMaintenance(
      testDoc(),
      parse({ ...base, scheduledFor: iso(60), emergency: { reason: 'CVE-2026-0001' } }),
      testContext(),
    );
    expect(m.emergency).toEqual({ reason: 'CVE-2026-0001' });
  });

  it('refuses unknown components and rules', () => {
    expect(() =>
      createMaintenance(testDoc(), parse({ ...base, components: ['nope'] }), testContext()),
    ).toThrow(expect.objectContaining({ code: 'invalid_request' }));
    expect(() => createMaintenance(testDoc(), parse({ ...base, ruleId: 'nope' }), testContext())).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});

describe('cancelMaintenance', () => {
  it('keeps the maintenance as cancelled, once', () => {
    const doc = testDoc();
    const { id } = createMaintenance(doc, parse(base), testContext());
    expect(cancelMaintenance(doc, id, ctxAt(10)).cancelledAt).toBe(iso(10));
    expect(doc.maintenances).toHaveLength(1);
    expect(() => cancelMaintenance(doc, id, ctxAt(11))).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  it('refuses to cancel a completed maintenance', () => {
    const doc = testDoc();
    const { id } = createMaintenance(doc, parse(base), testContext());
    expect(() => cancelMaintenance(doc, id, ctxAt(27 * 60))).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });
});

describe('setMaintenanceStatus', () => {
  it('moves a running maintenance to verifying and then completes it early', () => {
    const doc = testDoc();
    const { id } = createMaintenance(doc, parse(base), testContext());
    expect(() => setMaintenanceStatus(doc, id, { status: 'verifying' }, testContext())).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringContaining('not started') }),
    );
    expect(setMaintenanceStatus(doc, id, { status: 'verifying' }, ctxAt(25 * 60)).manualStatus).toBe(
      'verifying',
    );
    expect(() => setMaintenanceStatus(doc, id, { status: 'verifying' }, ctxAt(25 * 60))).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(setMaintenanceStatus(doc, id, { status: 'completed' }, ctxAt(25 * 60 + 5))).toMatchObject({
      manualStatus: 'completed',
      manualStatusAt: iso(25 * 60 + 5),
    });
  });
});

// system-maintenance: every second Friday 00:00–06:00 Oslo from 2025-01-03; 2026-05-08 is one (CEST, so 22:00Z the day before).
const OCCURRENCE = '2026-05-07T22:00:00.000Z';

describe('cancelOccurrence / restoreOccurrence / annotateOccurrence', () => {
  it('cancels one occurrence without touching the rule, then restores it', () => {
    const doc = testDoc();
    const rule = structuredClone(doc.rules.find((r) => r.id === 'system-maintenance'));
    const override = cancelOccurrence(
      doc,
      'system-maintenance',
      '2026-05-08T00:00:00+02:00',
      { note: 'Nothing to patch' },
      testContext(),
    );
    expect(override).toEqual({
      ruleId: 'system-maintenance',
      start: OCCURRENCE,
      cancelled: true,
      note: 'Nothing to patch',
      createdAt: T0.toISOString(),
      createdBy: 'ada@example.com',
    });
    expect(doc.rules.find((r) => r.id === 'system-maintenance')).toEqual(rule);
    expect(() => cancelOccurrence(doc, 'system-maintenance', OCCURRENCE, {}, testContext())).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(restoreOccurrence(doc, 'system-maintenance', OCCURRENCE, testContext())).toMatchObject({
      cancelled: false,
      note: 'Nothing to patch',
    });
    expect(doc.occurrenceOverrides).toHaveLength(1);
  });

  it('annotates an occurrence and removes the note when it is empty', () => {
    const doc = testDoc();
    expect(
      annotateOccurrence(doc, 'system-maintenance', OCCURRENCE, { note: 'Longer this time' }, testContext()),
    ).toMatchObject({
      cancelled: false,
      note: 'Longer this time',
    });
    expect(
      annotateOccurrence(doc, 'system-maintenance', OCCURRENCE, { note: '' }, testContext()).note,
    ).toBeNull();
  });

  it.each([
    ['an unknown rule', 'nope', OCCURRENCE, 'not_found'],
    ['a start that is not an occurrence', 'system-maintenance', '2026-05-08T22:00:00.000Z', 'not_found'],
    ['a start in the past', 'system-maintenance', '2026-04-23T22:00:00.000Z', 'conflict'],
    ['a start that is no instant', 'system-maintenance', 'friday', 'invalid_request'],
  ])('refuses %s', (_name, ruleId, start, code) => {
    expect(() => cancelOccurrence(testDoc(), ruleId, start, {}, testContext())).toThrow(
      expect.objectContaining({ code }),
    );
  });
});
