'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '@/lib/core/locales';
import type { FormatLocale } from '@/lib/i18n/negotiate';
import { createAreaTranslator } from '@/lib/i18n/translator';
import type { Messages } from '@/lib/i18n/types';
import { callApi, localizeProblem, type ApiResult } from './api-client';

/** The console's words in the staff member's language: one language, only the areas the console uses. */
export type ConsoleMessages = Pick<
  Messages,
  'console' | 'consoleIncidents' | 'consoleMaintenance' | 'status'
>;

export interface ConsoleTextProps {
  locale: Locale;
  formatLocale: FormatLocale;
  messages: ConsoleMessages;
}

const ConsoleTextContext = createContext<ConsoleTextProps | null>(null);

/** Set once by the console's layout (a server component) with plain props; every client form reads it. */
export function ConsoleTextProvider({ children, ...value }: ConsoleTextProps & { children: ReactNode }) {
  return <ConsoleTextContext.Provider value={value}>{children}</ConsoleTextContext.Provider>;
}

export function useConsoleText() {
  const value = useContext(ConsoleTextContext);
  if (!value) throw new Error('useConsoleText needs ConsoleTextProvider (app/admin/layout.tsx).');
  return useMemo(() => {
    const { locale, formatLocale, messages } = value;
    return {
      locale,
      formatLocale,
      status: messages.status,
      c: createAreaTranslator(locale, 'console', messages.console),
      ci: createAreaTranslator(locale, 'consoleIncidents', messages.consoleIncidents),
      cm: createAreaTranslator(locale, 'consoleMaintenance', messages.consoleMaintenance),
    };
  }, [value]);
}

/**
 * `callApi` whose problems read in the staff member's language. The API words its errors in English for
 * people already, field by field; in another language the code decides the sentence and each field a hint.
 */
export function useConsoleApi() {
  const { c, locale } = useConsoleText();
  return useMemo(
    () =>
      async <T,>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> => {
        const result = await callApi<T>(method, path, body);
        if (result.ok || locale === 'en') return result;
        return { ok: false, problem: localizeProblem(result.problem, c) };
      },
    [c, locale],
  );
}
