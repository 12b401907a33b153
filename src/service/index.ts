/**
 * The service area: conversations and routing, SLA clocks on support calendars, off-hours auto-replies and reply
 * templates, order tracking notices, returns (policy, RMA machine, refunds, returnless refunds), complaints and
 * service KPIs. See docs/service.md.
 *
 * @packageDocumentation
 */
export {
  createSupportCalendar,
  type OpenWindow,
  type SupportCalendar,
} from "./calendar/supportCalendar.js";
export {
  type SupportCalendarStatus,
  type SupportState,
  supportCalendarState,
  supportStateSchema,
} from "./calendar/supportCalendarState.js";
export {
  type OpeningInterval,
  openingIntervalSchema,
  type SupportHours,
  supportHoursSchema,
  supportTimeZoneSchema,
} from "./calendar/supportHours.js";
export { addSupportTime, nextSupportOpening, supportTimeBetween } from "./calendar/supportTime.js";
export {
  type Conversation,
  type ConversationEvent,
  conversationEventSchema,
  conversationSchema,
  type InquiryCategory,
  inquiryCategorySchema,
  languageTagSchema,
  type ServiceChannel,
  type ServicePriority,
  serviceChannelSchema,
  servicePrioritySchema,
} from "./conversation/conversation.js";
export {
  computeSlaStatus,
  type SlaInput,
  type SlaReport,
  type SlaTargetState,
  type SlaTargetStatus,
} from "./sla/computeSlaStatus.js";
export {
  marketplace24hSlaPolicy,
  type SlaPolicy,
  type SlaTargets,
  slaPolicySchema,
  slaTargetsSchema,
} from "./sla/slaPolicy.js";
export {
  calculateRefund,
  type MoneyInput,
  type RefundBreakdown,
  type RefundInput,
  type RefundLine,
} from "./returns/calculateRefund.js";
export {
  checkReturnEligibility,
  type ReturnRefusal,
  type ReturnRequestFacts,
  type ReturnTerms,
  selectReturnPolicy,
} from "./returns/checkReturnEligibility.js";
export {
  decideReturnless,
  type ReturnlessDecision,
  type ReturnlessInput,
  type ReturnlessRule,
  returnlessRuleSchema,
} from "./returns/decideReturnless.js";
export {
  defaultReturnPolicy,
  type ReturnPolicy,
  type ReturnPolicyOverride,
  type ReturnReasonTerms,
  returnPolicyOverrideSchema,
  returnPolicySchema,
  returnReasonTermsSchema,
} from "./returns/returnPolicy.js";
export { isProductDefectReason, type ReturnNonconformance } from "./returns/returnNonconformance.js";
export { type ReturnReason, returnReasonFault, returnReasonSchema } from "./returns/returnReasons.js";
export {
  createRma,
  type RmaAmount,
  type RmaContext,
  type RmaEvent,
  type RmaInput,
  type RmaState,
  rmaAmount,
  rmaMachine,
} from "./returns/rmaMachine.js";
