import { askEarly, earlyRequestsFor } from './api/early-requests';

/**
 * The page's first script (index.html, before main.tsx): sends the console's first GETs while
 * the browser still compiles and evaluates the console (api/early-requests.ts).
 */
for (const url of earlyRequestsFor(window.location.hash)) askEarly(url);
