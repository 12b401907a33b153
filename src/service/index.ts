/**
 * The service area: conversations and routing, SLA clocks on support calendars, off-hours auto-replies and reply
 * templates, order tracking notices, returns (policy, RMA machine, refunds, returnless refunds), complaints and
 * service KPIs. See docs/service.md.
 *
 * @packageDocumentation
 */
export {
  createSupportCalendar,
  type SupportCalendar,
  type SupportOpenWindow,
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
  type SupportHoursInput,
  supportHoursSchema,
  supportTimeZoneSchema,
} from "./calendar/supportHours.js";
export { addSupportTime, nextSupportOpening, supportTimeBetween } from "./calendar/supportTime.js";
export { applyComplaintEvent } from "./complaints/applyComplaintEvent.js";
export {
  type ComplaintEscalation,
  checkComplaintEscalation,
} from "./complaints/checkComplaintEscalation.js";
export {
  type ComplaintEvent,
  type ComplaintEventInput,
  complaintEventSchema,
} from "./complaints/complaintEvent.js";
export {
  type ComplaintLedgerRow,
  type ComplaintLedgerSummary,
  complaintLedger,
} from "./complaints/complaintLedger.js";
export { type ComplaintLinks, complaintLinksSchema } from "./complaints/complaintLinks.js";
export {
  type ComplaintContext,
  type ComplaintInput,
  type ComplaintResolution,
  type ComplaintRootCause,
  type ComplaintState,
  complaintInputSchema,
  complaintMachine,
  openComplaint,
} from "./complaints/complaintMachine.js";
export {
  type ComplaintFacts,
  type ComplaintSeverity,
  type ComplaintSeverityRule,
  classifyComplaintSeverity,
  complaintFactsSchema,
  complaintSeverityRuleSchema,
  complaintSeveritySchema,
  defaultComplaintSeverityRules,
} from "./complaints/complaintSeverity.js";
export {
  type Conversation,
  type ConversationEvent,
  type ConversationEventInput,
  type ConversationInput,
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
  type ConversationRoute,
  type RoutingRule,
  routeConversation,
  routingRuleSchema,
} from "./conversation/routeConversation.js";
export {
  type ServiceDurationStats,
  type ServiceKpiInput,
  type ServiceKpis,
  type ServiceReturnRate,
  serviceKpiInputSchema,
  serviceKpis,
} from "./kpis/serviceKpis.js";
export { serviceMessages } from "./messages.js";
export { type AutoReply, type AutoReplyInput, chooseAutoReply } from "./replies/chooseAutoReply.js";
export { offHoursReplyTemplates } from "./replies/offHoursTemplates.js";
export {
  pickReplyTemplate,
  type RenderedReply,
  type ReplyTemplate,
  renderReplyTemplate,
  replyTemplateSchema,
  templateVariables,
  validateReplyTemplates,
} from "./replies/replyTemplate.js";
export { applyRmaEvent } from "./returns/applyRmaEvent.js";
export {
  calculateRefund,
  type RefundBreakdown,
  type RefundInput,
  type RefundLine,
  type ServiceMoneyInput,
} from "./returns/calculateRefund.js";
export {
  checkReturnEligibility,
  type ReturnRefusal,
  type ReturnRequestFacts,
  type ReturnTerms,
  returnRequestFactsSchema,
  selectReturnPolicy,
} from "./returns/checkReturnEligibility.js";
export {
  decideReturnless,
  type ReturnlessDecision,
  type ReturnlessInput,
  type ReturnlessRule,
  returnlessRuleSchema,
} from "./returns/decideReturnless.js";
export { isProductDefectReason, type ReturnNonconformance } from "./returns/returnNonconformance.js";
export {
  defaultReturnPolicy,
  type ReturnPolicy,
  type ReturnPolicyInput,
  type ReturnPolicyOverride,
  type ReturnPolicyOverrideInput,
  type ReturnReasonTerms,
  type ReturnReasonTermsInput,
  returnPolicyOverrideSchema,
  returnPolicySchema,
  returnReasonTermsSchema,
} from "./returns/returnPolicy.js";
export { type ReturnReason, returnReasonFault, returnReasonSchema } from "./returns/returnReasons.js";
export { type RmaEvent, type RmaEventInput, rmaEventSchema } from "./returns/rmaEvent.js";
export {
  createRma,
  type RmaAmount,
  type RmaContext,
  type RmaInput,
  type RmaState,
  rmaAmount,
  rmaInputSchema,
  rmaMachine,
} from "./returns/rmaMachine.js";
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
  type SlaPolicyInput,
  type SlaTargets,
  slaPolicySchema,
  slaTargetsSchema,
} from "./sla/slaPolicy.js";
export {
  planTrackingNotice,
  type SentTrackingNotice,
  sentTrackingNoticeSchema,
  type TrackingNotice,
  type TrackingNoticeInput,
  type TrackingNoticeSkipped,
  type TrackingThrottle,
  trackingThrottleSchema,
} from "./tracking/planTrackingNotice.js";
export { trackingNoticeTemplates } from "./tracking/trackingTemplates.js";
export { type TrackingTrigger, type TrackingTriggerInput, trackingTriggerSchema } from "./tracking/trackingTrigger.js";
