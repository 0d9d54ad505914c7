/**
 * Whether something that names `componentIds` concerns a reader who follows `wanted`: naming no component means
 * the whole service, and following none means everything.
 */
export function touchesComponents(componentIds: readonly string[], wanted: readonly string[]): boolean {
  if (wanted.length === 0 || componentIds.length === 0) return true;
  return componentIds.some((id) => wanted.includes(id));
}
