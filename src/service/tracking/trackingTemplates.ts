import type { ReplyTemplate } from "../replies/replyTemplate.js";

/**
 * Buyer notices for tracking triggers (`tracking.<type>`) in English, Simplified Chinese and German. Variables:
 * `buyerName`, `orderId`, `carrier`, `trackingNumber`; `expectedDate` for a delay; `location` for customs and
 * exceptions is optional in the trigger, so those templates do not use it.
 *
 * @example
 * ```ts
 * planTrackingNotice({ trigger, buyer, sent: [], templates: trackingNoticeTemplates });
 * ```
 */
export const trackingNoticeTemplates: readonly ReplyTemplate[] = Object.freeze([
  {
    id: "tracking.shipped",
    language: "en",
    subject: "Your order {{orderId}} has shipped",
    body: "Hello {{buyerName}}, your order {{orderId}} is on its way with {{carrier}}, tracking number {{trackingNumber}}.",
  },
  {
    id: "tracking.shipped",
    language: "zh-CN",
    subject: "您的订单{{orderId}}已发货",
    body: "{{buyerName}}您好，您的订单{{orderId}}已由{{carrier}}发出，运单号{{trackingNumber}}。",
  },
  {
    id: "tracking.shipped",
    language: "de",
    subject: "Ihre Bestellung {{orderId}} wurde versandt",
    body: "Hallo {{buyerName}}, Ihre Bestellung {{orderId}} ist mit {{carrier}} unterwegs, Sendungsnummer {{trackingNumber}}.",
  },
  {
    id: "tracking.delayed",
    language: "en",
    subject: "Update on order {{orderId}}",
    body: "Hello {{buyerName}}, we are sorry: your order {{orderId}} ({{carrier}} {{trackingNumber}}) is delayed. It is now expected on {{expectedDate}}.",
  },
  {
    id: "tracking.delayed",
    language: "zh-CN",
    subject: "订单{{orderId}}物流更新",
    body: "{{buyerName}}您好，非常抱歉，您的订单{{orderId}}（{{carrier}} {{trackingNumber}}）运输延误，预计{{expectedDate}}送达。",
  },
  {
    id: "tracking.delayed",
    language: "de",
    subject: "Neuigkeiten zu Bestellung {{orderId}}",
    body: "Hallo {{buyerName}}, leider verzögert sich Ihre Bestellung {{orderId}} ({{carrier}} {{trackingNumber}}). Sie wird jetzt am {{expectedDate}} erwartet.",
  },
  {
    id: "tracking.customs-hold",
    language: "en",
    subject: "Order {{orderId}} is in customs",
    body: "Hello {{buyerName}}, your order {{orderId}} ({{carrier}} {{trackingNumber}}) is being cleared by customs. We are following it and will write again as soon as it moves.",
  },
  {
    id: "tracking.customs-hold",
    language: "zh-CN",
    subject: "订单{{orderId}}正在清关",
    body: "{{buyerName}}您好，您的订单{{orderId}}（{{carrier}} {{trackingNumber}}）正在海关清关，我们会持续跟踪，有进展第一时间通知您。",
  },
  {
    id: "tracking.customs-hold",
    language: "de",
    subject: "Bestellung {{orderId}} ist beim Zoll",
    body: "Hallo {{buyerName}}, Ihre Bestellung {{orderId}} ({{carrier}} {{trackingNumber}}) wird gerade vom Zoll abgefertigt. Wir verfolgen die Sendung und melden uns, sobald es weitergeht.",
  },
  {
    id: "tracking.out-for-delivery",
    language: "en",
    subject: "Order {{orderId}} arrives today",
    body: "Hello {{buyerName}}, your order {{orderId}} is out for delivery with {{carrier}} today ({{trackingNumber}}).",
  },
  {
    id: "tracking.out-for-delivery",
    language: "zh-CN",
    subject: "订单{{orderId}}今日派送",
    body: "{{buyerName}}您好，您的订单{{orderId}}今天由{{carrier}}派送（{{trackingNumber}}），请留意签收。",
  },
  {
    id: "tracking.out-for-delivery",
    language: "de",
    subject: "Bestellung {{orderId}} kommt heute",
    body: "Hallo {{buyerName}}, Ihre Bestellung {{orderId}} wird heute von {{carrier}} zugestellt ({{trackingNumber}}).",
  },
  {
    id: "tracking.delivered",
    language: "en",
    subject: "Order {{orderId}} was delivered",
    body: "Hello {{buyerName}}, {{carrier}} reports your order {{orderId}} as delivered. If anything is wrong, just reply to this message.",
  },
  {
    id: "tracking.delivered",
    language: "zh-CN",
    subject: "订单{{orderId}}已送达",
    body: "{{buyerName}}您好，{{carrier}}显示您的订单{{orderId}}已送达。如有任何问题，请直接回复本消息。",
  },
  {
    id: "tracking.delivered",
    language: "de",
    subject: "Bestellung {{orderId}} wurde zugestellt",
    body: "Hallo {{buyerName}}, laut {{carrier}} wurde Ihre Bestellung {{orderId}} zugestellt. Falls etwas nicht stimmt, antworten Sie einfach auf diese Nachricht.",
  },
  {
    id: "tracking.exception",
    language: "en",
    subject: "A problem with order {{orderId}}",
    body: "Hello {{buyerName}}, {{carrier}} reports a problem with your order {{orderId}} ({{trackingNumber}}). We are on it and will contact you with a solution.",
  },
  {
    id: "tracking.exception",
    language: "zh-CN",
    subject: "订单{{orderId}}物流异常",
    body: "{{buyerName}}您好，{{carrier}}显示您的订单{{orderId}}（{{trackingNumber}}）出现物流异常，我们正在处理，会尽快与您联系。",
  },
  {
    id: "tracking.exception",
    language: "de",
    subject: "Problem mit Bestellung {{orderId}}",
    body: "Hallo {{buyerName}}, {{carrier}} meldet ein Problem mit Ihrer Bestellung {{orderId}} ({{trackingNumber}}). Wir kümmern uns darum und melden uns mit einer Lösung.",
  },
]);
