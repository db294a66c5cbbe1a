/**
 * What a coach can assign, in course order: each module, then that module's worksheets (a coach may assign a
 * worksheet on its own). Listed this way, "one item a week" keeps a worksheet beside its module rather than after
 * the last module. Worksheets of a module the list does not have come last.
 */
export interface CourseItem {
  kind: 'module' | 'worksheet';
  id: string;
  /** "Module 2: Power outside the hierarchy", "Worksheet: Map your lines of power (module 2)". */
  title: string;
  /** The module it belongs to. */
  module: number;
}

export function courseItems(
  lessons: readonly { slug: string; module: number; title: string }[],
  worksheets: readonly { id: string; title: string; module: number }[],
): CourseItem[] {
  const worksheetItem = (sheet: { id: string; title: string; module: number }): CourseItem => ({
    kind: 'worksheet',
    id: sheet.id,
    title: `Worksheet: ${sheet.title} (module ${sheet.module})`,
    module: sheet.module,
  });
  const modules = new Set(lessons.map((lesson) => lesson.module));
  return [
    ...lessons.flatMap((lesson): CourseItem[] => [
      { kind: 'module', id: lesson.slug, title: `Module ${lesson.module}: ${lesson.title}`, module: lesson.module },
      ...worksheets.filter((sheet) => sheet.module === lesson.module).map(worksheetItem),
    ]),
    ...worksheets.filter((sheet) => !modules.has(sheet.module)).map(worksheetItem),
  ];
}
