'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callApi } from './api-client';
import { useConsoleText } from './console-text';
import { secondaryButtonClass } from './fields';

export function SignOutButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const { c } = useConsoleText();
  return (
    <button
      type="button"
      disabled={busy}
      className={secondaryButtonClass}
      onClick={async () => {
        setBusy(true);
        await callApi('POST', '/api/v1/auth/sign-out');
        router.replace('/admin/sign-in');
        router.refresh();
      }}
    >
      {c('shell.signOut')}
    </button>
  );
}
