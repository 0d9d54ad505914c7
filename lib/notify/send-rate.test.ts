import { describe, expect, it } from 'vitest';
import { notifyConfig } from '@/lib/notify/config';
import { pauseAfterRound } from '@/lib/notify/dispatcher';

describe('the send rate', () => {
  it('is 500 per second unless STATUS_NOTIFY_RATE says otherwise, and refuses nonsense', () => {
    expect(notifyConfig({}).sendRate).toBe(500);
    expect(notifyConfig({ STATUS_NOTIFY_RATE: '50' }).sendRate).toBe(50);
    for (const bad of ['0', '-5', '1.5', 'fast'])
      expect(() => notifyConfig({ STATUS_NOTIFY_RATE: bad }), bad).toThrow(/STATUS_NOTIFY_RATE/);
  });

  it('runs the dispatcher at nice 5 unless STATUS_NOTIFY_NICE says otherwise, and refuses nonsense', () => {
    expect(notifyConfig({}).niceness).toBe(5);
    expect(notifyConfig({ STATUS_NOTIFY_NICE: '0' }).niceness).toBe(0);
    expect(notifyConfig({ STATUS_NOTIFY_NICE: '19' }).niceness).toBe(19);
    for (const bad of ['20', '-1', '2.5', 'low', '05'])
      expect(() => notifyConfig({ STATUS_NOTIFY_NICE: bad }), bad).toThrow(/STATUS_NOTIFY_NICE/);
  });

  it('pauses after a round long enough that the average stays at the rate', () => {
    expect(pauseAfterRound(500, 500, 300)).toBe(700);
    expect(pauseAfterRound(500, 500, 1_200)).toBe(0);
    // A round that only took events in: the next starts 200 ms after it began.
    expect(pauseAfterRound(0, 500, 10)).toBe(190);
    expect(pauseAfterRound(0, 500, 450)).toBe(0);
    // Ten thousand at 500 per second: twenty one-second rounds, well inside a minute.
    expect(pauseAfterRound(10_000, 500, 0)).toBe(20_000);
  });
});
