import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { RegulationProfile, Sourced } from '../../../../domain/profiles/types.ts';
import { formatNumber } from '../../components/format.ts';
import { SETTING_GROUPS, settingText } from './setting-text.ts';

type GroupName = (typeof SETTING_GROUPS)[number];

const Source = ({ text }: { text: string }) => (
  <span className="text-muted small profile-source">{text}</span>
);

/** One group of settings as a table: what, which value, says who. */
const SettingGroup = ({ group, settings }: { group: GroupName; settings: Record<string, unknown> }) => {
  const { t, i18n } = useTranslation();
  const title = t(`profiles.groups.${group}`);
  return (
    <section aria-labelledby={`group-${group}`} className="mb-4">
      <h2 id={`group-${group}`} className="h4">
        {title}
      </h2>
      <Table responsive size="sm" className="align-middle">
        <thead>
          <tr>
            <th scope="col" className="w-50">
              {t('profiles.setting')}
            </th>
            <th scope="col">{t('profiles.value')}</th>
            <th scope="col">{t('profiles.source')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(settings).map(([key, node]) => {
            const label = t(`profiles.settings.${group}.${key}` as 'profiles.settings.caps.contractMinHours');
            if (Array.isArray(node)) {
              const items = node as Array<Sourced<string>>;
              return (
                <tr key={key} data-setting={`${group}.${key}`}>
                  <th scope="row" className="fw-normal">
                    {label}
                  </th>
                  <td>
                    <ol className="mb-0 ps-3">
                      {items.map((item) => (
                        <li key={item.value}>
                          {t(`profiles.values.tieBreaks.${item.value as 'younger-first'}`)}
                        </li>
                      ))}
                    </ol>
                  </td>
                  <td>
                    <Source text={[...new Set(items.map((item) => item.source))].join('; ')} />
                  </td>
                </tr>
              );
            }
            const setting = node as Sourced<unknown>;
            return (
              <tr key={key} data-setting={`${group}.${key}`}>
                <th scope="row" className="fw-normal">
                  {label}
                </th>
                <td>{settingText(`${group}.${key}`, setting.value, t, i18n.language)}</td>
                <td>
                  <Source text={setting.source} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
};

const Rubrics = ({ rubrics }: { rubrics: RegulationProfile['rubrics'] }) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'it';
  return (
    <section aria-labelledby="group-rubrics" className="mb-4">
      <h2 id="group-rubrics" className="h4">
        {t('profiles.groups.rubrics')}
      </h2>
      {rubrics.map(({ value: rubric, source }, index) => {
        const kinds = rubric.candidateKinds.map((kind) => t(`profiles.rubric.kinds.${kind}`)).join(', ');
        const title = t('profiles.rubric.title', {
          kinds,
          points: formatNumber(rubric.totalPoints, i18n.language),
        });
        return (
          <Table key={rubric.candidateKinds.join('-') || index} responsive size="sm" className="align-middle">
            <caption className="caption-top">
              <span className="fw-semibold text-body">{title}</span> · <Source text={source} />
            </caption>
            <thead>
              <tr>
                <th scope="col" className="w-50">
                  {t('profiles.rubric.criterion')}
                </th>
                <th scope="col" className="text-end">
                  {t('profiles.rubric.points')}
                </th>
                <th scope="col">{t('profiles.rubric.assessedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {rubric.criteria.map((criterion) => (
                <tr key={criterion.id}>
                  <th scope="row" className="fw-normal">
                    {criterion.label[language]}
                    {criterion.maxItems !== null && (
                      <div className="small text-muted">
                        {t('profiles.rubric.maxItems', { count: criterion.maxItems })}
                      </div>
                    )}
                  </th>
                  <td className="text-end">{formatNumber(criterion.maxPoints, i18n.language, 2)}</td>
                  <td>
                    {criterion.assessedBy === 'computed'
                      ? t('profiles.rubric.computed')
                      : t('profiles.rubric.committee')}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        );
      })}
    </section>
  );
};

const InpsRates = ({ rates }: { rates: RegulationProfile['inpsRates'] }) => {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="group-inps" className="mb-4">
      <h2 id="group-inps" className="h4">
        {t('profiles.groups.inpsRates')}
      </h2>
      <Table responsive size="sm" className="align-middle">
        <thead>
          <tr>
            <th scope="col">{t('profiles.inps.year')}</th>
            <th scope="col" className="text-end">
              {t('profiles.inps.rate')}
            </th>
            <th scope="col" className="text-end">
              {t('profiles.inps.share')}
            </th>
            <th scope="col">{t('profiles.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rates.map(({ value: rate, source }) => (
            <tr key={rate.year}>
              <th scope="row" className="fw-normal">
                {rate.year}
              </th>
              <td className="text-end">{formatNumber(rate.rateBasisPoints / 100, i18n.language, 2)} %</td>
              <td className="text-end">
                {rate.studentShare.numerator}/{rate.studentShare.denominator}
              </td>
              <td>
                <Source text={source} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
};

/** Every setting of a profile, grouped, each with the article it comes from. */
export const ProfileSettings = ({ profile }: { profile: RegulationProfile }) => (
  <>
    {SETTING_GROUPS.map((group) => (
      <SettingGroup
        key={group}
        group={group}
        settings={profile[group] as unknown as Record<string, unknown>}
      />
    ))}
    <Rubrics rubrics={profile.rubrics} />
    <InpsRates rates={profile.inpsRates} />
  </>
);
