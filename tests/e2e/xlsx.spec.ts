import { expect, test } from '@playwright/test';
import { ImportPage } from './pages/import-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';
import { buildXlsx, zipFile, type XCell } from '../support/xlsx-writer.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Two sheets: "Returns" (3 rows) first, then "Orders": a merged title, a blank row, the header
 * on row 3, date cells (some with a time of day), an #N/A amount and a total row. Valid orders:
 * 6 rows, 3 customers, 100 + 250.5 + 49.5 + 1,000 + 12.25 + 88 = 1,500.25, Jan 5 … Mar 31, 2024.
 */
function workbook(): Buffer {
  const orders: XCell[][] = [
    ['Orders, first quarter 2024'],
    [],
    ['Customer ID', 'Order date', 'Amount', 'Product'],
    ['0007', { date: '2024-01-05', time: '09:30' }, 100, 'Beans'],
    ['0007', { date: '2024-02-10' }, 250.5, 'Grinder'],
    ['0012', { date: '2024-02-11', time: '23:59' }, 49.5, 'Beans'],
    ['0012', { date: '2024-02-12' }, { error: '#N/A' }, 'Filters'],
    ['0031', { date: '2024-03-01' }, 1000, 'Machine'],
    ['0031', { date: '2024-03-15' }, 12.25, 'Filters'],
    ['0007', { date: '2024-03-31', time: '18:00' }, 88, 'Beans'],
    ['Total', null, 1500.25, null],
  ];
  const returns: XCell[][] = [
    ['Customer ID', 'Return date', 'Amount'],
    ['0007', { date: '2024-02-01' }, -20],
    ['0012', { date: '2024-02-20' }, -5],
  ];
  return Buffer.from(
    buildXlsx({
      sheets: [
        { name: 'Returns', rows: returns },
        {
          name: 'Orders',
          rows: orders,
          after: '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>',
          formattedTail: true,
        },
      ],
    }),
  );
}

test('a two-sheet workbook imports the orders sheet with exact totals', async ({ page }) => {
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  await importer.choose({ name: 'Q1 orders.xlsx', mimeType: XLSX, buffer: workbook() });

  const sheet = page.getByTestId('sheet-select');
  await expect(sheet).toHaveValue('Orders');
  await expect(sheet.locator('option')).toHaveText(['Returns (3 rows)', 'Orders (10 rows)']);
  await expect(page.getByText('Date cells of the workbook')).toBeVisible();
  await expect(importer.setting('Table starts on line')).toHaveValue('3');
  const firstRow = importer.preview.locator('tbody tr').first();
  await expect(firstRow).toContainText('0007');
  await expect(firstRow).toContainText('Jan 5, 2024');

  // The other sheet, then back.
  await sheet.selectOption('Returns');
  await expect(importer.preview.locator('tbody tr')).toHaveCount(2);
  await sheet.selectOption('Orders');
  await expect(importer.preview.locator('tbody tr').first()).toContainText('Jan 5, 2024');
  await page.screenshot({ path: 'test-results/xlsx-mapping.png', fullPage: true });

  await importer.start();
  await expect(
    page.getByRole('heading', { name: '6 rows are valid, 2 were rejected' }),
  ).toBeVisible();
  await expect(
    page.getByText('Rows of the sheet “Orders”, numbered as in the workbook.'),
  ).toBeVisible();
  const rejected = importer.rejectedTable.locator('tbody tr');
  await expect(rejected).toHaveCount(2);
  await expect(rejected.nth(0)).toContainText('7Amounterror value #N/A in the cell');
  await expect(rejected.nth(1)).toContainText('11—total row');
  await page.screenshot({ path: 'test-results/xlsx-review.png', fullPage: true });

  await importer.keepValidRows();
  await expect(workspace.rows).toHaveText('6');
  await expect(workspace.customers).toHaveText('3');
  // No currency sign or code in the workbook: the UI language's (English → US dollars).
  await expect(workspace.revenue).toHaveText('$1,500.25');
  await expect(workspace.firstDate).toHaveText('Jan 5, 2024');
  await expect(workspace.lastDate).toHaveText('Mar 31, 2024');

  // A customers file as a workbook joins the data set.
  const customers = buildXlsx({
    sheets: [
      {
        name: 'Clients',
        rows: [
          ['Customer ID', 'Name', 'Signup date', 'Segment'],
          ['0007', 'Ana', { date: '2023-11-02' }, 'Retail'],
          ['0012', 'Boris', { date: '2024-01-20' }, 'Office'],
          ['0031', 'Cleo', { date: '2024-02-14' }, 'Retail'],
        ],
      },
    ],
  });
  await importer.open();
  await importer.choose({ name: 'clients.xlsx', mimeType: XLSX, buffer: Buffer.from(customers) });
  await expect(importer.setting('File type')).toHaveValue('customers');
  await importer.start();
  await expect(page.getByText('Customers file: clients.xlsx')).toBeVisible();
});

test('an old .xls and an OpenDocument spreadsheet are refused with what to do', async ({
  page,
}) => {
  const importer = new ImportPage(page);
  await importer.open();
  const xls = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
  await importer.fileInput.setInputFiles({
    name: 'old.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: xls,
  });
  await expect(importer.error).toContainText('old Excel workbook (.xls)');
  await expect(importer.error).toContainText('save it as .xlsx or CSV');

  const ods = zipFile(
    [
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
      { name: 'content.xml', data: '<office:document-content/>' },
    ],
    false,
  );
  await importer.fileInput.setInputFiles({
    name: 'orders.ods',
    mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
    buffer: Buffer.from(ods),
  });
  await expect(importer.error).toContainText('OpenDocument spreadsheet (.ods)');
  await expect(importer.error).toContainText('save it as .xlsx or CSV');
});
