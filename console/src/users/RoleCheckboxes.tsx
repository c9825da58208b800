import { ROLES, type Role } from '@niemyet/core';
import { useI18n } from '../i18n/language';
import { roleLabel } from '../session/role-labels';

/** One checkbox per role, in the contract's order, labelled as the office says them. */
export function RoleCheckboxes({
  legend,
  value,
  onChange,
  testId,
}: {
  legend: string;
  value: readonly Role[];
  onChange(roles: Role[]): void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="roles" data-testid={testId}>
      <legend>{legend}</legend>
      {ROLES.map((role) => (
        <label key={role} className="inline-choice">
          <input
            type="checkbox"
            value={role}
            checked={value.includes(role)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? ROLES.filter((r) => r === role || value.includes(r))
                  : value.filter((r) => r !== role),
              )
            }
          />{' '}
          {roleLabel(role, t)}
        </label>
      ))}
    </fieldset>
  );
}
