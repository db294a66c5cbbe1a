/**
 * The module list's ticks, as a few hundred bytes of plain JavaScript that a lesson page writes inline right after the
 * list (src/components/CourseNav.astro), so that it runs before the first paint and a returning learner never sees
 * the list without their ticks. It defines `self.courseTicks()`, which reads the progress record
 * (`real-networking:progress`, see src/stores/lesson-progress.ts), marks each `[data-module="<slug>"]` done or not
 * (`data-done`) and writes how many are done in `[data-done-count]`; then it calls it. The lesson page script
 * (src/components/lesson-page.ts) calls it again whenever the progress changes, so there is one copy of this logic.
 *
 * It accepts exactly the records `validateProgress` accepts (anything else shows no ticks, as the workbook would
 * not read it either): tests/unit/course-ticks.test.ts runs both on the same records. Plain modern JavaScript with no imports,
 * because the browser runs this text as it is; the page allows it by its hash (src/components/script-hash.ts).
 */
import { COURSE_TICKS, PROGRESS_KEY } from '~/stores/lesson-progress';

/** The inline script's exact text. */
export const courseTicksScript =
  `(self.${COURSE_TICKS}=()=>{` +
  'let t=x=>typeof x=="string"&&!isNaN(Date.parse(x)),c,l,n=0;' +
  `try{c=JSON.parse(localStorage.getItem(${JSON.stringify(PROGRESS_KEY)}));` +
  'l=c&&c.lastLesson;c=c&&c.v===1&&t(c.updatedAt)&&c.completed;' +
  'if(!c||typeof c!="object"||Array.isArray(c)||!Object.values(c).every(t)||' +
  'l!==void 0&&!(l&&typeof l=="object"&&typeof l.slug=="string"&&t(l.at)))c=0}catch(e){c=0}' +
  'for(let e of document.querySelectorAll("[data-module]"))n+=e.toggleAttribute("data-done",!!c&&t(c[e.dataset.module]));' +
  'for(let e of document.querySelectorAll("[data-done-count]"))e.textContent=n})()';
