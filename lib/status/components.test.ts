import { describe, expect, it } from 'vitest';
import { T0, testContext, testDoc } from '@/lib/store/test-fixtures/write-context';
import {
  applyComponentChanges,
  componentChangesSchema,
  componentStatusInputSchema,
  setComponentStatus,
} from './components';

describe('componentChangesSchema', () => {
  it('refuses a component named twice, and an unknown status', () => {
    expect(
      componentChangesSchema.safeParse([
        { id: 'api', status: 'operational' },
        { id: 'api', status: 'major_outage' },
      ]).success,
    ).toBe(false);
    expect(componentChangesSchema.safeParse([{ id: 'api', status: 'broken' }]).success).toBe(false);
  });
});

describe('componentStatusInputSchema', () => {
  it('takes exactly a status', () => {
    expect(componentStatusInputSchema.safeParse({ status: 'partial_outage' }).success).toBe(true);
    expect(componentStatusInputSchema.safeParse({ status: 'partial_outage', extra: 1 }).success).toBe(false);
  });
});

describe('applyComponentChanges', () => {
  it('records each change from → to and stamps changed components', () => {
    const doc = testDoc();
    const changes = applyComponentChanges(
      doc,
      [
        { id: 'api', status: 'major_outage' },
        { id: 'login', status: 'operational' },
      ],
      T0,
    );
    expect(changes).toEqual([
      { id: 'api', name: 'API and web services', oldStatus: 'operational', newStatus: 'major_outage' },
      { id: 'login', name: 'Login (SuperID)', oldStatus: 'operational', newStatus: 'operational' },
    ]);
    expect(doc.components.find((c) => c.id === 'api')).toMatchObject({
      status: 'major_outage',
      updatedAt: T0.toISOString(),
    });
    expect(doc.components.find((c) => c.id === 'login')?.updatedAt).not.toBe(T0.toISOString());
  });

  it('refuses unknown components before changing anything, naming the field', () => {
    const doc = testDoc();
    expect(() =>
      applyComponentChanges(
        doc,
        [
          { id: 'api', status: 'major_outage' },
          { id: 'nope', status: 'operational' },
        ],
        T0,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_request',
        details: [{ field: 'components.1', problem: 'no component has the id "nope"' }],
      }),
    );
    expect(doc.components.find((c) => c.id === 'api')?.status).toBe('operational');
  });
});

describe('setComponentStatus', () => {
  it('changes one component and reports the change', () => {
    const doc = testDoc();
    const { component, change } = setComponentStatus(
      doc,
      'web-client',
      { status: 'degraded_performance' },
      testContext(),
    );
    expect(component.status).toBe('degraded_performance');
    expect(change).toMatchObject({ oldStatus: 'operational', newStatus: 'degraded_performance' });
  });

  it('answers not_found for an unknown component', () => {
    expect(() => setComponentStatus(testDoc(), 'nope', { status: 'operational' }, testContext())).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});
