import type { StoreDocument } from '@/lib/store/schema';
import type { PickableComponent } from './component-picker';

/** Components in page order with their group's name, as plain props for the client forms. */
export function pickableComponents(doc: StoreDocument, otherGroup: string): PickableComponent[] {
  const groups = new Map(doc.groups.map((g) => [g.id, g]));
  const groupPosition = (groupId: string | null) =>
    groupId ? (groups.get(groupId)?.position ?? 0) : Number.MAX_SAFE_INTEGER;
  return [...doc.components]
    .sort((a, b) => groupPosition(a.groupId) - groupPosition(b.groupId) || a.position - b.position)
    .map((c) => ({
      id: c.id,
      name: c.name,
      group: (c.groupId && groups.get(c.groupId)?.name) || otherGroup,
      status: c.status,
    }));
}
