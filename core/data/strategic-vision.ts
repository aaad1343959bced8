import { StrategicVisionSchema, type StrategicVision } from '../schemas/strategic-vision.ts';

/**
 * The CITES Strategic Vision 2021-2030 (Annex to Resolution Conf. 18.3) as far as its goals and
 * objectives could be checked in public sources. `status` says how far: `verified` (number and
 * wording read in a source), `likely` (wording read, number inferred from order), `unverified`
 * (not retrieved: the wording is left out rather than guessed).
 */
export const STRATEGIC_VISION: StrategicVision = StrategicVisionSchema.parse({
  title: 'CITES Strategic Vision: 2021-2030',
  adoptedBy: 'Resolution Conf. 18.3 (CoP18, Geneva, 2019)',
  sources: [
    'https://cites.org/eng/documents/Strategic_vision',
    'https://www.informea.org/en/goals/cites-strategic-vision-2021-2030/goal-3',
    'https://dart.informea.org/taxonomy/term/2773',
  ],
  goals: [
    { number: 1, text: {}, status: 'unverified' },
    {
      number: 2,
      text: { en: "Parties' decisions are supported by the best available science and information." },
      status: 'verified',
    },
    {
      number: 3,
      text: {
        en: 'Parties (individually and collectively) have the tools, resources and capacity to effectively implement and enforce the Convention, contributing to the conservation, sustainable use and the reduction of illegal trade in CITES-listed wildlife species.',
      },
      status: 'verified',
    },
    {
      number: 4,
      text: {
        en: 'CITES policy development also contributes to and learns from international efforts to achieve sustainable development.',
      },
      status: 'verified',
    },
    {
      number: 5,
      text: { en: 'Delivery of the CITES Strategic Vision is improved through collaboration.' },
      status: 'verified',
    },
  ],
  objectives: [
    {
      number: '1.1',
      goal: 1,
      text: {
        en: 'Parties comply with their obligations under the Convention through the adoption and implementation of appropriate legislation, policies, and procedures.',
      },
      status: 'verified',
    },
    { number: '1.2', goal: 1, text: {}, status: 'unverified' },
    {
      number: '1.3',
      goal: 1,
      text: {
        en: 'Implementation of the Convention at the national level is consistent with Resolutions and Decisions adopted by the Conference of the Parties.',
      },
      status: 'verified',
    },
    { number: '1.4', goal: 1, text: {}, status: 'unverified' },
    {
      number: '1.5',
      goal: 1,
      text: {
        en: 'Parties improve the conservation status of CITES-listed specimens, put in place national conservation actions, support their sustainable use and promote cooperation in managing shared wildlife resources.',
      },
      status: 'verified',
    },
    {
      number: '2.1',
      goal: 2,
      text: {
        en: "Parties' non-detriment findings are based on best available scientific information and their determination of legal acquisition is based on the best available technical and legal information.",
      },
      status: 'verified',
    },
    {
      number: '2.2',
      goal: 2,
      text: {
        en: 'Parties cooperate in sharing information and tools relevant to the implementation of CITES.',
      },
      status: 'verified',
      capacityBuilding: true,
    },
    {
      number: '2.3',
      goal: 2,
      text: { en: 'Parties have sufficient information to enforce the Convention.' },
      status: 'likely',
    },
    {
      number: '2.4',
      goal: 2,
      text: {
        en: 'Parties have sufficient information to make listing decisions that are reflective of species conservation needs.',
      },
      status: 'likely',
    },
    {
      number: '2.5',
      goal: 2,
      text: { en: 'Information gaps and needs for key species are identified and addressed.' },
      status: 'likely',
    },
    {
      number: '3.1',
      goal: 3,
      text: {
        en: 'Parties have in place administrative procedures that are transparent, practical, coherent and user-friendly, and reduce unnecessary administrative burdens.',
      },
      status: 'verified',
    },
    {
      number: '3.2',
      goal: 3,
      text: {
        en: 'Parties and the Secretariat develop, adopt and implement adequate capacity-building programmes.',
      },
      status: 'likely',
      capacityBuilding: true,
    },
    {
      number: '3.3',
      goal: 3,
      text: {
        en: 'Sufficient resources are available at the national and international levels to support necessary capacity-building programmes and ensure compliance with and full implementation and enforcement of the Convention.',
      },
      status: 'likely',
      capacityBuilding: true,
    },
    {
      number: '3.4',
      goal: 3,
      text: {
        en: 'Parties recognize illegal trade in wildlife as serious crime and have adequate systems in place to detect and deter it.',
      },
      status: 'likely',
    },
    {
      number: '3.5',
      goal: 3,
      text: {
        en: 'Parties work collaboratively across range, transit and destination states, to address entire illegal trade chains, including through strategies to reduce both the supply of and demand for illegal products, in order for trade to be legal and sustainable.',
      },
      status: 'likely',
    },
    {
      number: '3.6',
      goal: 3,
      text: { en: 'Parties take measures to prohibit, prevent, detect and sanction corruption.' },
      status: 'likely',
    },
    {
      number: '3.7',
      goal: 3,
      text: {
        en: 'Investments in building capacity of CITES are prioritized, coordinated, and their success monitored to ensure stepwise improvement through time.',
      },
      status: 'likely',
      capacityBuilding: true,
    },
    {
      number: '3.8',
      goal: 3,
      text: {
        en: 'Parties take full advantage of emerging technological developments to improve the effective implementation and enforcement of the Convention.',
      },
      status: 'likely',
    },
    {
      number: '4.1',
      goal: 4,
      text: {
        en: 'Parties support sustainable wildlife trade policies, especially those that increase the capacity of Indigenous peoples and local communities to pursue livelihoods.',
      },
      status: 'verified',
    },
    {
      number: '4.2',
      goal: 4,
      text: {
        en: "The importance of achieving CITES' aim as a contribution to achieving the relevant SDGs, as well as the post-2020 global biodiversity framework, is recognized.",
      },
      status: 'likely',
    },
    {
      number: '4.3',
      goal: 4,
      text: { en: 'Awareness of the role, purpose and achievements of CITES is increased globally.' },
      status: 'likely',
    },
    {
      number: '4.4',
      goal: 4,
      text: {
        en: 'CITES Parties are informed of international actions for sustainable development that may have a bearing on achieving the goal of CITES.',
      },
      status: 'likely',
    },
  ],
});
