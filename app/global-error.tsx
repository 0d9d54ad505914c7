'use client';

import { ErrorView } from '@/components/site/error-view';
import './globals.css';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="bg-bg font-sans text-text">
        <ErrorView reset={reset} />
      </body>
    </html>
  );
}
