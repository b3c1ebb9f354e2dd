import type { TFunction } from 'i18next';
import type { RegulationProfile } from '../../../../domain/profiles/types.ts';
import { formatEuros, formatNumber } from '../../components/format.ts';

type Groups = Pick<
  RegulationProfile,
  | 'eligibility'
  | 'caps'
  | 'offers'
  | 'calendar'
  | 'rankings'
  | 'applications'
  | 'activity'
  | 'payout'
  | 'compatibility'
>;

/** The groups of single settings, in the order the profile page shows them (rubrics and INPS rates have tables). */
export const SETTING_GROUPS = [
  'eligibility',
  'caps',
  'offers',
  'calendar',
  'rankings',
  'applications',
  'activity',
  'payout',
  'compatibility',
] as const satisfies ReadonlyArray<keyof Groups>;

export const euros = formatEuros;

const yesNo = (t: TFunction, value: boolean) => (value ? t('common.yes') : t('common.no'));

/** How one setting reads in the page's language: "250,00 € per anno accademico", "Sì", "Nessun limite". */
export const settingText = (path: string, value: unknown, t: TFunction, locale: string): string => {
  if (value === null) return t('profiles.noLimit');
  if (typeof value === 'boolean') return yesNo(t, value);
  switch (path) {
    case 'eligibility.degreeTypes':
      return (value as string[])
        .map((type) => t(`career.programmeTypes.${type}` as 'career.programmeTypes.L'))
        .join(', ');
    case 'eligibility.singleCycleMinYear':
      return t('profiles.values.singleCycle', value as { fiveYear: number; sixYear: number });
    case 'caps.maxAmountPerYear': {
      const cap = value as { cents: number; year: 'calendar' | 'academic' };
      return `${euros(cap.cents, locale)} ${t(`profiles.values.perYear.${cap.year}`)}`;
    }
    case 'offers.refusal': {
      const policy = value as RegulationProfile['offers']['refusal']['value'];
      const parts =
        policy.kind === 'exclude'
          ? [t('profiles.values.refusalExclude')]
          : [
              t('profiles.values.refusalMoveToEnd'),
              ...(policy.excludeAfter === null
                ? []
                : [t('profiles.values.refusalExcludeAfter', { count: policy.excludeAfter })]),
            ];
      if (policy.silenceIsRefusal) parts.push(t('profiles.values.silenceIsRefusal'));
      return parts.join('; ');
    }
    case 'calendar.patronDay': {
      const day = value as { monthDay: string; saint: string };
      const [month, date] = day.monthDay.split('-');
      return t('profiles.values.patronDay', { saint: day.saint, date: `${date}/${month}` });
    }
    case 'rankings.publication':
      return t(`profiles.values.publication.${value as 'pseudonymised'}`);
    case 'activity.continuationAfterGraduation':
      return typeof value === 'string'
        ? t(`profiles.values.continuation.${value as 'never'}`)
        : t('profiles.values.continuation.limited', {
            hours: (value as { maxRemainingHours: number }).maxRemainingHours,
          });
    case 'caps.overridable': {
      const list = value as string[];
      return list.length === 0
        ? t('profiles.values.noneListed')
        : list.map((item) => t(`profiles.values.caps.${item as 'phd-hours'}`)).join(', ');
    }
    case 'activity.inpsRegistration': {
      const days = (value as { daysAfterStart: number }).daysAfterStart;
      return days === 0
        ? t('profiles.values.inpsBeforeStart')
        : t('profiles.values.inpsDaysAfterStart', { count: days });
    }
    case 'compatibility.incompatibleWith': {
      const list = value as string[];
      return list.length === 0
        ? t('profiles.values.noneListed')
        : list.map((item) => t(`profiles.values.incompatible.${item as 'fee-exemption'}`)).join(', ');
    }
    default:
      return typeof value === 'number' ? formatNumber(value, locale) : String(value);
  }
};
