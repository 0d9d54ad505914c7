/** What an editor sees on an admin page: a plain explanation instead of the controls. */
export function AdminOnly({ title, message }: { title: string; message: string }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p role="alert" className="rounded-md border border-border bg-surface px-4 py-3">
        {message}
      </p>
    </div>
  );
}
