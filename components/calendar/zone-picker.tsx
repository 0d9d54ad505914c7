'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { interpolate } from '@/lib/i18n/translator';
import { canonicalTimeZone } from '@/lib/core/time-zone';
import { offsetLabel } from '@/lib/schedule/zone';
import { searchZones, zoneList } from './zone-search';
import { rememberZone } from './zone-cookie';

export interface ZonePickerLabels {
  label: string;
  search: string;
  /** With a {zone} placeholder: 'Your time zone ({zone})'. */
  yours: string;
  /** Filled in: 'Time zone of the service (Europe/Oslo)'. */
  service: string;
  /** With a {query} placeholder. */
  noMatch: string;
  apply: string;
}

export interface ZonePickerProps {
  current: string;
  serviceZone: string;
  /** Hidden fields of the no-JavaScript form (month, lang), so choosing a zone keeps the page. */
  keep: Record<string, string>;
  labels: ZonePickerLabels;
}

function supportedZones(): string[] {
  try {
    return zoneList(Intl.supportedValuesOf('timeZone'));
  } catch {
    return zoneList([]);
  }
}

/**
 * A searchable list of every IANA zone (a combobox). Choosing one remembers it in the `tz` cookie (for the next
 * visit and the other pages) and shows the page in it with ?tz=. Without JavaScript it is a plain form sending ?tz=.
 */
export function ZonePicker({ current, serviceZone, keep, labels }: ZonePickerProps) {
  const router = useRouter();
  const id = useId();
  const [zones, setZones] = useState<string[]>([]);
  const [browserZone, setBrowserZone] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [now, setNow] = useState<number | null>(null);

  useEffect(() => {
    setZones(supportedZones());
    setBrowserZone(canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone));
  }, []);

  const matches = useMemo(() => (open ? searchZones(zones, query, 60) : []), [open, zones, query]);
  const listId = `${id}-zones`;
  const optionId = (index: number) => `${id}-zone-${index}`;

  function choose(zone: string) {
    const canonical = canonicalTimeZone(zone);
    if (canonical === null) return;
    rememberZone(canonical);
    setOpen(false);
    setQuery('');
    // The zone also goes into the address: what is shown is then what the URL says, and the new payload cannot
    // be confused with a cached one of the same address rendered for the previous cookie.
    const address = new URL(window.location.href);
    address.searchParams.set('tz', canonical);
    router.replace(`${address.pathname}${address.search}`, { scroll: false });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const picked = matches[active]?.zone ?? query;
    choose(picked);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setNow(Date.now());
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), Math.max(matches.length - 1, 0)));
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const shortcuts = [
    ...(browserZone && browserZone !== current
      ? [{ zone: browserZone, label: interpolate(labels.yours, { zone: browserZone }) }]
      : []),
    ...(serviceZone !== current ? [{ zone: serviceZone, label: labels.service }] : []),
  ];

  return (
    <div className="space-y-2">
      <form
        method="get"
        action="/calendar"
        onSubmit={onSubmit}
        className="flex flex-wrap items-end gap-2"
        role="search"
      >
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="relative min-w-0 flex-1 basis-56">
          <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-medium">
            {labels.search}
          </label>
          <input
            id={`${id}-input`}
            name="tz"
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && matches[active] ? optionId(active) : undefined}
            placeholder={current}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setOpen(true);
              setNow((n) => n ?? Date.now());
            }}
            onFocus={() => setNow(Date.now())}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            className="min-h-10 w-full rounded-md border border-border bg-surface px-3 text-sm"
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={labels.label}
            hidden={!open}
            className="absolute left-0 right-0 z-30 mt-1 max-h-72 overflow-y-auto rounded-md border border-border bg-surface py-1 shadow-lg"
          >
            {matches.map((option, index) => (
              <li
                key={option.zone}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                data-zone={option.zone}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option.zone)}
                onMouseMove={() => setActive(index)}
                className={`flex cursor-pointer items-center justify-between gap-3 px-3 py-1.5 text-sm ${index === active ? 'bg-surface-2' : ''}`}
              >
                <span className="min-w-0">
                  <span className="block font-medium">{option.city}</span>
                  <span className="block break-all text-xs text-muted">{option.zone}</span>
                </span>
                {now !== null ? (
                  <span className="shrink-0 text-xs tabular-nums text-muted">
                    {offsetLabel(now, option.zone)}
                  </span>
                ) : null}
              </li>
            ))}
            {open && zones.length > 0 && matches.length === 0 ? (
              <li className="px-3 py-1.5 text-sm text-muted">{interpolate(labels.noMatch, { query })}</li>
            ) : null}
          </ul>
        </div>
        <button
          type="submit"
          className="min-h-10 rounded-md border border-border bg-surface-2 px-3 text-sm font-medium hover:bg-surface"
        >
          {labels.apply}
        </button>
      </form>
      {shortcuts.length > 0 ? (
        <ul className="flex flex-wrap gap-2 text-sm">
          {shortcuts.map((s) => (
            <li key={s.zone}>
              <button
                type="button"
                onClick={() => choose(s.zone)}
                className="rounded-md border border-border px-2.5 py-1 hover:bg-surface-2"
                data-zone={s.zone}
              >
                {s.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
