/**
 * Activities in the IATI activity standard (version 2.03), so that donors can feed them to
 * their own systems. Codes used, from the IATI code lists: OrganisationRole 1 Funding and
 * 4 Implementing; ActivityStatus 1 Pipeline, 2 Implementation, 4 Closed, 5 Cancelled;
 * ActivityDateType 1 planned start, 2 actual start, 3 planned end, 4 actual end; sector
 * vocabulary 1 (OECD DAC CRS) code 41030 Bio-diversity; policy marker 5 (biodiversity);
 * aid type D02 Other technical assistance, or C01 Project-type interventions for financial
 * assistance. Strategic Vision objectives and need categories go in reporting-organisation
 * vocabularies (99). Recipient countries share the activity equally; the European Union, not a
 * country, is left out of them.
 */
import type { Activity } from '../schemas/activity.ts';
import type { ActivityStatus } from '../schemas/code-lists.ts';
import { CATEGORY_LABELS, RECIPIENT_LABELS } from '../i18n/labels.ts';
import { STRATEGIC_VISION } from '../data/strategic-vision.ts';

const STATUS: Record<ActivityStatus, string> = { planned: '1', ongoing: '2', completed: '4', cancelled: '5' };
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Characters XML 1.0 cannot hold (it allows tab, line feed and carriage return among the controls). */
const NOT_XML_CHAR = new RegExp(
  // eslint-disable-next-line no-control-regex -- tab, line feed and carriage return are named because XML allows them
  '[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]',
  'gu',
);

/** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface IatiOptions {
  /** The reporting organisation's IATI identifier prefix, such as `XM-DAC-41301`. */
  reportingOrgRef: string;
  reportingOrgName: string;
  generatedAt?: string;
}

const narrative = (text: string) => `<narrative>${escapeXml(text)}</narrative>`;

function activityXml(activity: Activity, options: IatiOptions, now: string): string {
  const lines: string[] = [];
  const add = (line: string) => lines.push(`  ${line}`);
  const currency = activity.budget?.currency ?? activity.spent?.currency;
  add(`<iati-identifier>${escapeXml(`${options.reportingOrgRef}-${activity.id}`)}</iati-identifier>`);
  add(
    `<reporting-org ref="${escapeXml(options.reportingOrgRef)}" type="90">${narrative(options.reportingOrgName)}</reporting-org>`,
  );
  add(`<title>${narrative(activity.title)}</title>`);
  const recipients = activity.recipients.map((code) => RECIPIENT_LABELS[code].en).join(', ');
  add(
    `<description type="1">${narrative(`${CATEGORY_LABELS[activity.category].en}${recipients ? ` for ${recipients}` : ''}; delivery: ${activity.delivery}.`)}</description>`,
  );
  for (const donor of activity.donors)
    add(`<participating-org role="1">${narrative(donor)}</participating-org>`);
  add(`<participating-org role="4">${narrative(activity.provider)}</participating-org>`);
  for (const partner of activity.partners)
    add(`<participating-org role="4">${narrative(partner)}</participating-org>`);
  add(`<activity-status code="${STATUS[activity.status]}"/>`);
  const started = activity.status === 'ongoing' || activity.status === 'completed';
  if (activity.start) add(`<activity-date type="${started ? 2 : 1}" iso-date="${activity.start}"/>`);
  if (activity.end)
    add(`<activity-date type="${activity.status === 'completed' ? 4 : 3}" iso-date="${activity.end}"/>`);
  const countries = activity.beneficiaries.filter((code) => code !== 'EU');
  countries.forEach((code, index) => {
    // Equal shares that add up to exactly 100, the remainder on the first.
    const base = Math.floor((100 / countries.length) * 100) / 100;
    const share = index === 0 ? Math.round((100 - base * (countries.length - 1)) * 100) / 100 : base;
    add(`<recipient-country code="${code}" percentage="${share}"/>`);
  });
  add(`<sector vocabulary="1" code="41030" percentage="100"/>`);
  for (const objective of activity.objectives) {
    const text = STRATEGIC_VISION.objectives.find((o) => o.number === objective)?.text.en;
    add(
      `<tag vocabulary="99" code="CITES-SV-${objective}">${narrative(`CITES Strategic Vision 2021-2030, objective ${objective}${text ? `: ${text}` : ''}`)}</tag>`,
    );
  }
  add(
    `<tag vocabulary="99" code="CITES-CB-${activity.category}">${narrative(CATEGORY_LABELS[activity.category].en)}</tag>`,
  );
  add(`<policy-marker vocabulary="1" code="5" significance="2"/>`);
  add(`<default-aid-type code="${activity.category === 'financial' ? 'C01' : 'D02'}"/>`);
  if (activity.budget && activity.start && activity.end) {
    add(
      `<budget type="1" status="${activity.status === 'planned' ? 1 : 2}"><period-start iso-date="${activity.start}"/><period-end iso-date="${activity.end}"/><value currency="${activity.budget.currency}" value-date="${activity.start}">${activity.budget.amount}</value></budget>`,
    );
  }
  if (activity.spent) {
    add(
      `<transaction><transaction-type code="4"/><transaction-date iso-date="${activity.end ?? now.slice(0, 10)}"/><value currency="${activity.spent.currency}" value-date="${activity.end ?? now.slice(0, 10)}">${activity.spent.amount}</value></transaction>`,
    );
  }
  const currencyAttribute = currency ? ` default-currency="${currency}"` : '';
  return `<iati-activity last-updated-datetime="${now}"${currencyAttribute}>\n${lines.join('\n')}\n</iati-activity>`;
}

/** An IATI 2.03 `iati-activities` document for the activities. */
export function activitiesToIati(activities: readonly Activity[], options: IatiOptions): string {
  const now = options.generatedAt ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const body = activities.map((activity) => activityXml(activity, options, now)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${now}">\n${body}\n</iati-activities>\n`;
}
