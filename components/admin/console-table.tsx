import type { ReactNode } from 'react';

/** The console's list table: a header row of column names, the rows given as children. */
export function ConsoleTable({ columns, children }: { columns: readonly string[]; children: ReactNode }) {
  return (
    <table className="w-full border-collapse rounded-lg border border-border bg-surface text-sm">
      <thead>
        <tr className="border-b border-border text-left">
          {columns.map((column) => (
            <th key={column} scope="col" className="px-3 py-2">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
