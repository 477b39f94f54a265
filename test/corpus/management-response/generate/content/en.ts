/** Recommendation themes in English, written for the corpus (PSEA evaluation practice, no real people). */
import type { Theme } from './theme.js';

export const EN: readonly Theme[] = [
  {
    rec: 'Appoint a PSEA focal point in every field office, with terms of reference and protected time for the role.',
    actions: [
      'Issue standard terms of reference for PSEA focal points',
      'Confirm a focal point and an alternate in each field office',
      'Review focal point coverage twice a year',
    ],
    partial: 'Dedicated time is agreed, but offices under five staff will share a focal point.',
    reject: 'Focal points are already appointed under the global policy; a separate measure is not needed.',
    done: 'Terms of reference issued to all offices; coverage list shared with the network.',
  },
  {
    rec: 'Set up community-based complaint mechanisms designed with women, girls and persons with disabilities.',
    actions: [
      'Hold consultations on preferred reporting channels in each site',
      'Adopt joint complaint-handling procedures with partners',
      'Test the channels with community groups and adjust them',
    ],
    partial: 'Joint mechanisms will be used where they exist instead of creating new ones.',
    reject: 'The inter-agency mechanism covers all sites; the office will not run a parallel one.',
    done: 'Consultations held in all sites; report shared with the inter-agency network.',
  },
  {
    rec: 'Map GBV and protection services and agree a referral pathway for survivors of sexual exploitation and abuse.',
    actions: [
      'Update the service mapping with the GBV sub-cluster',
      'Agree the referral pathway with service providers',
      'Train frontline staff on safe referrals',
    ],
    partial: 'The office will use the sub-cluster mapping rather than commission its own.',
    reject: 'The referral pathway is maintained by the GBV sub-cluster and is outside the office mandate.',
    done: 'Referral pathway signed by all providers and posted in every site.',
  },
  {
    rec: 'Assess the PSEA capacity of implementing partners before agreements are signed, using the common UN tool.',
    actions: [
      'Screen all new partners with the UN partner PSEA capacity assessment',
      'Agree capacity-building plans with partners rated low capacity',
      'Check plans at each partnership review',
    ],
    partial: 'Assessments will start with partners working directly with affected people.',
    reject: 'Partners are already assessed by the lead agency; the assessment will not be repeated.',
    done: 'All active partners assessed; results shared through the partner portal.',
  },
  {
    rec: 'Apply reference checks and the misconduct disclosure scheme to every new hire, including consultants.',
    actions: [
      'Add misconduct disclosure checks to the recruitment procedure',
      'Brief hiring managers on reference checks',
      'Audit a sample of recruitment files each year',
    ],
    partial: 'Checks will cover staff and consultants; daily workers are hired by contractors.',
    reject: 'The office has no authority over contractors’ recruitment procedures.',
    done: 'Procedure updated and applied to all recruitments since January.',
  },
  {
    rec: 'Make PSEA training mandatory for all personnel and contractors, with a refresher every year.',
    actions: [
      'Track completion of the mandatory online course',
      'Deliver face-to-face sessions for contractors in local languages',
      'Report completion rates to senior management each quarter',
    ],
    partial: 'The refresher will be every two years, in line with the global learning policy.',
    reject: 'Contractors are trained under their own contracts; the office will not duplicate it.',
    done: 'Completion above 95 per cent; figures reported to the management team.',
  },
  {
    rec: 'Senior managers should speak regularly to staff about zero tolerance of sexual exploitation and abuse.',
    actions: [
      'Include PSEA in every all-staff meeting',
      'Issue a joint message from the head of office each year',
      'Add PSEA to managers’ performance objectives',
    ],
    partial: 'Messages will be issued yearly rather than quarterly.',
    reject: 'Messaging is led at headquarters level and is not an office decision.',
    done: 'Message issued in May and discussed in all-staff meetings.',
  },
  {
    rec: 'Agree timelines for handling SEA allegations and keep survivors informed of progress.',
    actions: [
      'Publish target timelines for each stage of complaint handling',
      'Name a survivor liaison for each case',
      'Review case timelines with the investigation unit each quarter',
    ],
    partial: 'Timelines will be indicative because investigations are led by another office.',
    reject: 'Investigation timelines are set by the oversight office, which is independent.',
    done: 'Timelines published; liaison named for all open cases.',
  },
  {
    rec: 'Share non-identifying information on SEA allegations with the Resident Coordinator as agreed system-wide.',
    actions: [
      'Adopt the system-wide reporting form',
      'Report allegations to the coordinator within the agreed time',
      'Check reporting completeness each year',
    ],
    partial: 'Information will be shared once the data-protection review is complete.',
    reject: 'Reporting goes through headquarters under the existing protocol.',
    done: 'Form adopted; all allegations of the year reported in time.',
  },
  {
    rec: 'Include a dedicated PSEA budget line in every project proposal above the agreed threshold.',
    actions: [
      'Add a PSEA line to the proposal budget template',
      'Check PSEA costs at project appraisal',
      'Report PSEA spending in annual reports',
    ],
    partial: 'The budget line will apply to new proposals only, not to ongoing projects.',
    reject: 'Donor rules for some grants do not allow a separate line.',
    done: 'Template updated; appraisal checklist includes PSEA costs.',
  },
  {
    rec: 'Carry out an SEA risk assessment for each new programme and update it when the context changes.',
    actions: [
      'Use the SEA risk assessment tool at programme design',
      'Record mitigation measures in the risk register',
      'Update assessments after any major change in operations',
    ],
    partial: 'Assessments will be done per site cluster rather than per programme.',
    reject: 'Risk assessments are covered by the corporate risk register.',
    done: 'Risk assessments completed for all new programmes this year.',
  },
  {
    rec: 'Translate key PSEA messages into local languages and test them with communities before use.',
    actions: [
      'Translate the key messages into the main local languages',
      'Test the messages with women’s and youth groups',
      'Print and distribute the final materials',
    ],
    partial: 'Testing will be done with existing community committees only.',
    reject: 'Messages are produced jointly by the network and not by each agency.',
    done: 'Messages translated, tested and distributed in all sites.',
  },
];
