import { expect, type Locator, type Page } from '@playwright/test';

/** The import flow: pick a file, confirm settings, watch progress, review rejected rows. */
export class ImportPage {
  readonly fileInput: Locator;
  readonly startButton: Locator;
  readonly cancelButton: Locator;
  readonly progress: Locator;
  readonly preview: Locator;
  readonly rejectedTable: Locator;
  readonly error: Locator;
  /** The "Check before importing" list of the mapping step. */
  readonly warnings: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.getByTestId('file-input');
    this.startButton = page.getByRole('button', { name: 'Import', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel import' });
    this.progress = page.getByRole('progressbar');
    this.preview = page.locator('.preview table');
    this.rejectedTable = page.getByRole('table', { name: 'Rejected rows' });
    this.error = page.getByRole('alert');
    this.warnings = page.getByRole('region', { name: 'Check before importing' });
  }

  /** Opens the import screen at its first step (leaving a half-done import if one shows). */
  async open(): Promise<void> {
    await this.page.goto('/#/import');
    const another = this.page.getByRole('button', { name: 'Choose another file' });
    if (await another.isVisible()) await another.click();
  }

  /** Picks a file (a path, or a name with its bytes) and waits for the mapping step. */
  async choose(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.fileInput.setInputFiles(file);
    await expect(this.startButton).toBeVisible();
  }

  setting(label: string): Locator {
    return this.page.getByLabel(label, { exact: false }).first();
  }

  /** One warning of the mapping or review step, by its code (preamble, total-rows, …). */
  warning(code: string): Locator {
    return this.page.locator(`li[data-code="${code}"]`);
  }

  async start(): Promise<void> {
    await this.startButton.click();
  }

  async keepValidRows(): Promise<void> {
    await this.page.getByRole('button', { name: /^Import .* valid rows$/ }).click();
  }

  async discard(): Promise<void> {
    await this.page.getByRole('button', { name: 'Cancel, import nothing' }).click();
  }
}
