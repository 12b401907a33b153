export { CrossborderOpsError, formatPath, type ValidationIssue } from "./CrossborderOpsError.js";
export { fromZodError } from "./fromZodError.js";
export { invalidArgument, opsError } from "./invalidArgument.js";
export { isCrossborderOpsError } from "./isCrossborderOpsError.js";
export {
  coreMessages,
  describeCode,
  type MessageCatalog,
  type MessageLocale,
  mergeMessageCatalogs,
} from "./messages.js";
