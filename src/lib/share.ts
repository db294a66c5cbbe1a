/**
 * What a page tells search engines and the apps a link is shared in: its canonical address, the share image made
 * for it at build, and schema.org structured data (`Course` for the course, `LearningResource` for a lesson).
 * Pure: the pages pass in what they know.
 */

/** The share image's size: what Open Graph and Twitter's large card expect. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** The folder, under the site's base, that holds the share images. */
export const shareImageFolder = 'og';

/**
 * The share image's path for a page, relative to the site's base: `/` → `og/index.png`,
 * `/lessons/give-first/` → `og/lessons/give-first.png`. `pagePath` is the page's path without the base.
 */
export function shareImagePath(pagePath: string): string {
  const inner = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `${shareImageFolder}/${inner === '' ? 'index' : inner}.png`;
}

/** A page's path without the base: `/course/lessons/x/` under `/course/` → `/lessons/x/`. */
export function pathWithoutBase(pathname: string, base: string): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** An absolute address from the site's origin and a path that already includes the base. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, `${site}/`).href;
}

/** Who offers the course, as schema.org describes an organisation. */
interface Provider {
  name: string;
  url?: string;
}

/** What the home page knows about the course. */
export interface CourseFacts {
  name: string;
  description: string;
  url?: string;
  provider: Provider;
  lessons: { title: string; summary: string; url?: string; module: number }[];
  minutes: number;
}

/** schema.org `Course`: the course as a whole, its modules as parts. */
export function courseData(course: CourseFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: course.name,
    description: course.description,
    ...(course.url && { url: course.url }),
    inLanguage: 'en',
    isAccessibleForFree: true,
    provider: {
      '@type': 'Organization',
      name: course.provider.name,
      ...(course.provider.url && { url: course.provider.url }),
    },
    timeRequired: isoDuration(course.minutes),
    hasCourseInstance: {
      '@type': 'CourseInstance',
      courseMode: 'online',
      courseWorkload: isoDuration(course.minutes),
    },
    hasPart: course.lessons.map((lesson) => ({
      '@type': 'LearningResource',
      name: lesson.title,
      description: lesson.summary,
      position: lesson.module,
      ...(lesson.url && { url: lesson.url }),
    })),
  };
}

/** What a lesson page knows about itself. */
export interface LessonFacts {
  title: string;
  summary: string;
  module: number;
  minutes: number;
  objectives: string[];
  url?: string;
  image?: string;
  course: { name: string; url?: string };
  provider: Provider;
}

/** schema.org `LearningResource`: one lesson, part of the course. */
export function lessonData(lesson: LessonFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: lesson.title,
    description: lesson.summary,
    ...(lesson.url && { url: lesson.url }),
    ...(lesson.image && { image: lesson.image }),
    learningResourceType: 'Lesson',
    inLanguage: 'en',
    isAccessibleForFree: true,
    position: lesson.module,
    timeRequired: isoDuration(lesson.minutes),
    teaches: lesson.objectives,
    provider: {
      '@type': 'Organization',
      name: lesson.provider.name,
      ...(lesson.provider.url && { url: lesson.provider.url }),
    },
    isPartOf: { '@type': 'Course', name: lesson.course.name, ...(lesson.course.url && { url: lesson.course.url }) },
  };
}

/** Minutes as an ISO 8601 duration: 95 → `PT1H35M`. */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

/**
 * Structured data as the text of a `<script type="application/ld+json">` data block: `<` is escaped so that no text
 * in it (a lesson title, say) can close the element early.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
