import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Axe for one page, run in the page itself. By default @axe-core/playwright gathers each frame's results and
 * joins them in a blank tab it opens for every check (over a second each on this suite's machine); our pages
 * have no cross-origin frames, so the page's own run sees everything that tab would.
 */
export function axeOf(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true);
}
