import {
  type Appointment,
  AppointmentDefaultsSchema,
  AppointmentListSchema,
  type AppointmentRegisterQuery,
  AppointmentSchema,
  type AssignReturnedHours,
  AwaitingOfferListSchema,
  type CreateAppointment,
  ReturnedHoursSchema,
} from '../../../../api/appointments.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import { formatEuros } from '../../components/format.ts';

export const MY_APPOINTMENTS_KEY = ['appointments', 'mine'] as const;
export const REGISTER_KEY = ['appointments', 'register'] as const;
export const AWAITING_KEY = ['appointments', 'awaiting'] as const;

export const fetchMyAppointments = async (): Promise<Appointment[]> =>
  (await apiGet('/api/me/appointments', AppointmentListSchema)).items;

export const acknowledgeLetter = (id: string): Promise<Appointment> =>
  apiSend('POST', `/api/me/appointments/${encodeURIComponent(id)}/acknowledge`, undefined, AppointmentSchema);

/** The tutor declares their INPS registration or that they read the code of ethics. */
export const recordMyChecklistItem = (id: string, body: { item: string; on: string }) =>
  apiSend('POST', `/api/me/appointments/${encodeURIComponent(id)}/checklist`, body, AppointmentSchema);

/** The tutor gives written notice of withdrawal: the last day of activity and the reason. */
export const notifyWithdrawal = (id: string, body: { lastDay: string; reason: string }) =>
  apiSend('POST', `/api/me/appointments/${encodeURIComponent(id)}/withdrawal`, body, AppointmentSchema);

export const retractWithdrawal = (id: string, body: { reason: string }) =>
  apiSend(
    'POST',
    `/api/me/appointments/${encodeURIComponent(id)}/withdrawal/retract`,
    body,
    AppointmentSchema,
  );

/** The office records the safety training or the regional communication (with its protocol number). */
export const recordChecklistItem = (
  id: string,
  body: { item: string; on: string; protocolNumber?: string },
) => apiSend('POST', `/api/appointments/${encodeURIComponent(id)}/checklist`, body, AppointmentSchema);

export const fetchRegister = async (status: string): Promise<Appointment[]> =>
  (await apiGet('/api/appointments', AppointmentListSchema, { status: status || undefined })).items;

/** The register with the filters of the page (call, unit, academic year, status, a search on the tutor). */
export const fetchFilteredRegister = async (query: AppointmentRegisterQuery): Promise<Appointment[]> =>
  (await apiGet('/api/appointments', AppointmentListSchema, query)).items;

export const fetchAwaiting = async () =>
  (await apiGet('/api/appointments/awaiting', AwaitingOfferListSchema)).items;

export const fetchDefaults = (offerId: string) =>
  apiGet(`/api/offers/${encodeURIComponent(offerId)}/appointment`, AppointmentDefaultsSchema);

export const createAppointment = (offerId: string, body: CreateAppointment): Promise<Appointment> =>
  apiSend('POST', `/api/offers/${encodeURIComponent(offerId)}/appointment`, body, AppointmentSchema);

export const signLetter = (id: string, body: { protocolNumber: string; protocolDate: string }) =>
  apiSend('POST', `/api/appointments/${encodeURIComponent(id)}/sign`, body, AppointmentSchema);

export const euroText = formatEuros;

/** Today's date in Rome, YYYY-MM-DD (the date fields' default). */
export const romeToday = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(now);

/** A Rome calendar date as people read it: 02/03/2026. */
export const dayText = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/**
 * One appointment as the office's page reads it. Its key sits under the register's, so that whatever refreshes the
 * register (the sign and checklist dialogs, the office's actions) refreshes the page too.
 */
export const appointmentKey = (id: string) => [...REGISTER_KEY, 'one', id] as const;

export const fetchAppointment = (id: string) =>
  apiGet(`/api/appointments/${encodeURIComponent(id)}`, AppointmentSchema);

/** The office's steps of an appointment's life, each answered with the appointment as it now is. */
export type OfficeAction = 'activate' | 'amend' | 'pause' | 'resume' | 'end';

export const runOfficeAction = (id: string, action: OfficeAction, body: unknown): Promise<Appointment> =>
  apiSend('POST', `/api/appointments/${encodeURIComponent(id)}/${action}`, body, AppointmentSchema);

/** What an ended appointment gave back and where it went; under the appointment's key, refreshed with it. */
export const returnedHoursKey = (id: string) => [...appointmentKey(id), 'returned-hours'] as const;

export const fetchReturnedHours = (id: string) =>
  apiGet(`/api/appointments/${encodeURIComponent(id)}/returned-hours`, ReturnedHoursSchema);

export const assignReturnedHours = (id: string, body: AssignReturnedHours) =>
  apiSend(
    'POST',
    `/api/appointments/${encodeURIComponent(id)}/returned-hours/assignments`,
    body,
    ReturnedHoursSchema,
  );
