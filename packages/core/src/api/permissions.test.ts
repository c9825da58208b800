import { describe, expect, it } from 'vitest';
import {
  API_ROUTES,
  can,
  PERMISSION_NAMES,
  PERMISSIONS,
  permissionsOf,
  ROLES,
  TRANSITION_PERMISSIONS,
  TRANSITION_TARGETS,
} from '../index';

describe('the permission table', () => {
  it('grants what the team workspace issue lists, and nothing more', () => {
    const granted = Object.fromEntries(
      PERMISSION_NAMES.map((permission) => [permission, ROLES.filter((role) => can([role], permission))]),
    );
    expect(granted).toEqual({
      'catalogue.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
      'decisions.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
      'decisions.draft': ['drafter'],
      'decisions.comment': ['drafter', 'reviewer', 'supervisor'],
      'decisions.review': ['reviewer'],
      'decisions.issue': ['drafter', 'supervisor'],
      'changelog.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
      'reports.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
      'imports.run': ['drafter', 'admin'],
      'publications.create': ['drafter', 'supervisor'],
      'backup.read': ['supervisor', 'admin'],
      'backup.restore': ['admin'],
      'users.manage': ['admin'],
      'workspace.demo': ['admin'],
      'legal.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
      'legal.write': ['reviewer', 'admin'],
      'watches.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
      'watches.manage': ['supervisor', 'admin'],
      'findings.triage': ['drafter', 'reviewer', 'supervisor'],
      'findings.report': ['drafter', 'reviewer', 'supervisor', 'admin'],
      'posting.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
      'posting.manage': ['supervisor', 'admin'],
      'posting.record': ['drafter', 'supervisor', 'admin'],
      'activity.read': ['supervisor', 'admin'],
    });
  });

  it('adds up the roles a user holds, and grants nothing without a role', () => {
    expect(can([], 'catalogue.read')).toBe(false);
    expect(can(['reviewer'], 'decisions.draft')).toBe(false);
    expect(can(['reviewer', 'drafter'], 'decisions.draft')).toBe(true);
    expect(permissionsOf(['reviewer'])).toEqual([
      'catalogue.read',
      'decisions.read',
      'decisions.comment',
      'decisions.review',
      'changelog.read',
      'reports.read',
      'legal.read',
      'legal.write',
      'watches.read',
      'findings.triage',
      'findings.report',
      'posting.read',
    ]);
  });

  it('keeps submitting and withdrawing with the drafter, verdicts with the reviewer', () => {
    expect(TRANSITION_TARGETS.map((to) => [to, TRANSITION_PERMISSIONS[to]])).toEqual([
      ['in_review', 'decisions.draft'],
      ['changes_requested', 'decisions.review'],
      ['approved', 'decisions.review'],
      ['issued', 'decisions.issue'],
      ['withdrawn', 'decisions.draft'],
    ]);
  });

  it('names only known permissions in the route table, once per method and path', () => {
    const keys = API_ROUTES.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const route of API_ROUTES)
      expect(['public', 'signed-in', 'transition', ...Object.keys(PERMISSIONS)]).toContain(route.access);
  });
});
