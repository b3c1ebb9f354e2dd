import { useQuery } from '@tanstack/react-query';
import { Table } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProjectListSchema, ProjectStatusSchema } from '../../../../api/funding.ts';
import { apiGet } from '../../api/client.ts';
import { ExportLink } from '../../components/ExportLink.tsx';
import { FilterForm } from '../../components/FilterForm.tsx';
import { formatDate } from '../../components/format.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useListParams } from '../../components/use-list-params.ts';
import { Page } from '../../layout/Page.tsx';
import { useCan } from '../../session/permissions.ts';

const STATUSES = ProjectStatusSchema.options;

/** The tutoring projects a person may read, filtered by status, with an Excel export of the same list. */
export const ProjectsPage = () => {
  const { t, i18n } = useTranslation();
  const canPropose = useCan('projects.propose');
  const { filters, apply } = useListParams(['status'] as const);
  const [status, setStatus] = useState(filters.status);
  const current = ProjectStatusSchema.safeParse(filters.status).data;
  const params = { status: current };
  const query = useQuery({
    queryKey: ['projects', params],
    queryFn: () => apiGet('/api/projects', ProjectListSchema, params),
  });
  return (
    <Page title={t('nav.pages.projects')} lead={t('projects.lead')}>
      <div className="d-flex flex-wrap justify-content-between gap-2 mb-3">
        {canPropose ? (
          <Link to="/projects/new" className="btn btn-primary btn-sm">
            {t('projects.new')}
          </Link>
        ) : (
          <span />
        )}
        <ExportLink path="/api/projects/export.xlsx" params={params} />
      </div>
      <FilterForm
        onSubmit={() => apply({ status })}
        onReset={() => {
          setStatus('');
          apply({});
        }}
      >
        <div className="col-md-6">
          <SelectField
            id="projects-status"
            label={t('projects.status')}
            value={status}
            onChange={setStatus}
            emptyLabel={t('projects.allStatuses')}
            options={STATUSES.map((value) => ({ value, label: t(`projects.statuses.${value}`) }))}
          />
        </div>
      </FilterForm>
      <QueryView query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('projects.none')}</p>
          ) : (
            <Table responsive className="align-middle">
              <caption>{t('common.results', { count: items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('projects.title')}</th>
                  <th scope="col">{t('projects.status')}</th>
                  <th scope="col">{t('projects.period')}</th>
                  <th scope="col" className="text-end">
                    {t('projects.hoursRequested')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((project) => (
                  <tr key={project.id}>
                    <th scope="row">
                      <Link to={`/projects/${project.id}`}>{project.title}</Link>
                      <div className="small text-muted fw-normal">
                        {project.unitName} · {project.responsibleName}
                      </div>
                    </th>
                    <td>{t(`projects.statuses.${project.status}`)}</td>
                    <td>
                      {t('projects.periodText', {
                        start: formatDate(project.periodStart, i18n.language),
                        end: formatDate(project.periodEnd, i18n.language),
                      })}
                    </td>
                    <td className="text-end">{project.hoursRequested}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryView>
    </Page>
  );
};
