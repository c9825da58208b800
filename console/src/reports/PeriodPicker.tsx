import { todayInVietnam } from '@niemyet/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../i18n/language';
import { PeriodFields } from '../period/PeriodFields';
import { type ParsedPeriod, parsePeriodDrafts, periodDrafts } from '../period/period-drafts';
import { PERIOD_PRESETS, type Period, presetPeriod } from '../period/period-presets';

/** The report's period: two dd/mm/yyyy dates and the quick picks (this year, last year, this quarter). */
export function PeriodPicker({ period, onChange }: { period: Period; onChange(period: Period): void }) {
  const { t } = useI18n();
  const m = t.reports.period;
  const [drafts, setDrafts] = useState(() => periodDrafts(period.from, period.to));
  const [problem, setProblem] = useState<Exclude<ParsedPeriod, { ok: true }> | null>(null);

  useEffect(() => {
    setDrafts(periodDrafts(period.from, period.to));
    setProblem(null);
  }, [period.from, period.to]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parsePeriodDrafts(drafts, { required: true });
    if (!parsed.ok) {
      setProblem(parsed);
      return;
    }
    setProblem(null);
    onChange({ from: parsed.from!, to: parsed.to! });
  };

  const label = (field: 'from' | 'to') => (field === 'from' ? m.from : m.to);
  return (
    <form className="filters period-picker no-print" onSubmit={submit} noValidate data-testid="period-picker">
      <fieldset>
        <legend>{m.legend}</legend>
        <div className="filter-grid">
          <PeriodFields
            drafts={drafts}
            onChange={setDrafts}
            labels={{ from: m.from, to: m.to, hint: m.hint }}
            invalid={problem === null ? null : problem.problem === 'reversed' ? 'both' : problem.field}
            testIdPrefix="report"
          />
        </div>
        {problem && (
          <p className="error" role="alert" data-testid="report-period-problem">
            {problem.problem === 'reversed'
              ? m.reversed
              : m.invalid(label(problem.field), problem.problem === 'invalid' ? problem.value : '')}
          </p>
        )}
        <div className="inline">
          <button type="submit" className="primary" data-testid="report-apply">
            {m.apply}
          </button>
          {PERIOD_PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              className="secondary"
              data-testid={`report-preset-${preset}`}
              onClick={() => onChange(presetPeriod(preset, todayInVietnam()))}
            >
              {m[preset]}
            </button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
