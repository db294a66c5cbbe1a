/**
 * The workbook page's first script, inline just before its status island: when this browser holds a coach's
 * assignments, it marks the page (`<html data-workbook-assigned>`). WorkbookIsland draws them at the top of the
 * status once it has read them; until then the status is hidden (src/styles/workbook.css) rather than drawn without
 * them and pushed down a moment later. A few bytes, no imports.
 */
try {
  if (window.localStorage.getItem('real-networking:assignments') !== null)
    document.documentElement.dataset['workbookAssigned'] = '';
} catch {
  // No storage (private browsing, storage turned off): no assignments, as far as this page can tell.
}
