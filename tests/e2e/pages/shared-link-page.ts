// Page object for an opened share link (/s#<code>): the result read-only, "save to my
// assessments", and "add to a workshop" (a form that loads when asked for).
import { expect, type Locator, type Page } from '@playwright/test';

export class SharedLinkPage {
  constructor(readonly page: Page) {}

  /** Opens a share link on this app's origin (the link's own origin is ignored). */
  async goto(link: string) {
    const url = new URL(link);
    await this.page.goto(url.pathname + url.hash);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The names in the heading, each isolated in its own <bdi>, in the order shown. */
  get headingNames(): Locator {
    return this.heading.locator('bdi');
  }

  /** Opens "Add to a workshop" and waits until its list of workshops has focus. */
  async openWorkshopForm() {
    const open = this.page.getByRole('button', { name: 'Choose a workshop' });
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await open.click();
    await expect(this.workshopList).toBeFocused();
  }

  /** The workshops to add the result to, and "New workshop…". */
  get workshopList(): Locator {
    return this.page.getByLabel('Workshop', { exact: true });
  }

  get newWorkshopName(): Locator {
    return this.page.getByLabel('Name of the new workshop');
  }

  get addToWorkshop(): Locator {
    return this.page.getByRole('button', { name: 'Add to workshop' });
  }

  get save(): Locator {
    return this.page.getByRole('button', { name: 'Save to my assessments' });
  }
}
