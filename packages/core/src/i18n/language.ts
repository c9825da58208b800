/** The two languages the product speaks: Vietnamese first, English in the toggle. */
export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];
