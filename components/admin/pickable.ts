import type { Locale } from '@/lib/core/locales';
import { localizeDocument } from '@/lib/status/localize';
import type { StoreDocument } from '@/lib/store/schema';
import type { PickableComponent } from './component-picker';

/** Components in page order with their group's name in the staff member's language, as plain props. */
export function pickableComponents(
  stored: StoreDocument,
  otherGroup: string,
  locale: Locale,
): PickableComponent[] {
  const { doc } = localizeDocument(stored, locale);
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
