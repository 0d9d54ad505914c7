import type { ComponentView, GroupView } from '@/lib/status/state';
import type { LocalizedDocument } from '@/lib/status/localize';
import type { ComponentStatus } from '@/lib/core/vocab';
import { componentTone, StatusIcon, toneText } from '@/components/status/status-icon';
import type { UptimeBarProps } from '@/components/uptime/uptime-props';
import { UptimeStrip } from '@/components/uptime/uptime-strip';

export interface ComponentGroupsProps {
  title: string;
  groups: GroupView[];
  ungrouped: ComponentView[];
  statusText: Record<ComponentStatus, string>;
  uptime: Map<string, UptimeBarProps>;
  incidentsLabel: string;
  /** Marks names and descriptions shown in the page's default language because they have no translation. */
  fallbackLang: LocalizedDocument['fallbackLang'];
}

type RowProps = Pick<ComponentGroupsProps, 'statusText' | 'incidentsLabel' | 'fallbackLang'> & {
  component: ComponentView;
  uptime?: UptimeBarProps;
};

function ComponentRow({ component, statusText, uptime, incidentsLabel, fallbackLang }: RowProps) {
  const tone = componentTone[component.effectiveStatus];
  return (
    <li className="space-y-2 px-4 py-3" data-component={component.id}>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <div className="min-w-0">
          <p className="font-medium" lang={fallbackLang('component', component.id, 'name')}>
            {component.name}
          </p>
          {component.description ? (
            <p className="text-sm text-muted" lang={fallbackLang('component', component.id, 'description')}>
              {component.description}
            </p>
          ) : null}
        </div>
        <p
          className={`flex items-center gap-1.5 text-sm font-medium ${toneText[tone]}`}
          data-status={component.effectiveStatus}
        >
          <StatusIcon tone={tone} className="size-4" />
          {statusText[component.effectiveStatus]}
        </p>
      </div>
      {uptime ? <UptimeStrip {...uptime} incidentsLabel={incidentsLabel} /> : null}
    </li>
  );
}

/** Components in the groups a customer recognises, each with its status as icon, words and colour. */
export function ComponentGroups({
  title,
  groups,
  ungrouped,
  statusText,
  uptime,
  incidentsLabel,
  fallbackLang,
}: ComponentGroupsProps) {
  const visible = (c: ComponentView) => !c.onlyShowIfDegraded || c.effectiveStatus !== 'operational';
  return (
    <section aria-labelledby="components-title" className="space-y-4">
      <h2 id="components-title" className="text-lg font-semibold">
        {title}
      </h2>
      {groups.map((group) => (
        <div
          key={group.id}
          className="overflow-hidden rounded-xl border border-border bg-surface"
          data-group={group.id}
        >
          <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border bg-surface-2 px-4 py-2.5">
            <h3 className="font-semibold" lang={fallbackLang('group', group.id, 'name')}>
              {group.name}
            </h3>
            <p className={`flex items-center gap-1.5 text-sm ${toneText[componentTone[group.status]]}`}>
              <StatusIcon tone={componentTone[group.status]} className="size-4" />
              {statusText[group.status]}
            </p>
          </div>
          <ul className="divide-y divide-border">
            {group.components.filter(visible).map((c) => (
              <ComponentRow
                key={c.id}
                component={c}
                statusText={statusText}
                uptime={uptime.get(c.id)}
                incidentsLabel={incidentsLabel}
                fallbackLang={fallbackLang}
              />
            ))}
          </ul>
        </div>
      ))}
      {ungrouped.length > 0 ? (
        <ul className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface">
          {ungrouped.filter(visible).map((c) => (
            <ComponentRow
              key={c.id}
              component={c}
              statusText={statusText}
              uptime={uptime.get(c.id)}
              incidentsLabel={incidentsLabel}
              fallbackLang={fallbackLang}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
