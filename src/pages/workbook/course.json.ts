/**
 * /workbook/course.json: the whole course as the workbook page's export, import and delete need it (every lesson,
 * worksheet question and knowledge check's key). The page itself carries only what its status needs, so its HTML
 * stays small; WorkbookTransferIsland fetches this once it comes into view. The service worker precaches it.
 */
import type { APIRoute } from 'astro';
import { getWorkbookPage } from '~/routes';

export const GET: APIRoute = async () => Response.json(await getWorkbookPage());
