/**
 * Every error code qinqing returns, with a generic English and Chinese description. Codes are
 * stable: apps may switch on them and store them. The message of a particular error says more.
 *
 * @category Core
 */
export const errorCodes = {
  INVALID_INPUT: { en: 'The input does not match the schema.', zh: '输入数据不符合格式要求。' },
  INVALID_ARGUMENT: { en: 'An argument is out of its allowed range.', zh: '参数超出允许范围。' },
  INPUT_TOO_DEEP: {
    en: 'The input nests objects and arrays too deeply, or refers back to itself (a cycle).',
    zh: '输入数据的对象和数组嵌套过深，或存在循环引用。',
  },
  INPUT_TOO_LARGE: {
    en: 'The input, or a string, list or object in it, is larger than the input limits allow.',
    zh: '输入数据或其中的字符串、列表、对象超出输入限值。',
  },
  INVALID_DATE: { en: 'Not a real calendar date in the form YYYY-MM-DD.', zh: '不是 YYYY-MM-DD 格式的有效日期。' },
  INVALID_INSTANT: {
    en: 'Not an ISO 8601 date-time with an offset.',
    zh: '不是带时区偏移的 ISO 8601 时间。',
  },
  CALENDAR_YEAR_NOT_COVERED: {
    en: 'The date lies outside the years the working-day calendar covers.',
    zh: '日期超出工作日历覆盖的年份范围。',
  },
  CALENDAR_CONFLICT: {
    en: 'A date is both a day off and an adjusted working day.',
    zh: '同一日期既是休息日又是调休上班日。',
  },
  CALENDAR_PROVISIONAL_MISMATCH: {
    en: 'Published and provisional calendar data are mixed: a derived day in a published year, an invented adjusted working day, or provisional years that are not the last ones.',
    zh: '日历中正式公布的数据与暂定数据相混：已公布年份含推算假日、暂定年份含调休上班日，或暂定年份不在末尾。',
  },
  CALENDAR_WEEKEND_ONLY_YEAR: {
    en: 'A year would be added with no holidays at all; say weekendsOnly if that is meant.',
    zh: '新增年份没有任何节假日；如确为仅按周末计算，请明确指定 weekendsOnly。',
  },
  CALENDAR_STATUTORY_DAY_MISSING: {
    en: 'A statutory holiday that the law fixes is not a day off in the year added.',
    zh: '新增年份中有法定节假日未安排放假。',
  },
  CALENDAR_NOTICE_UNREADABLE: {
    en: 'A sentence of the holiday notice cannot be read.',
    zh: '节假日安排通知中有无法识别的语句。',
  },
  USCC_INVALID_LENGTH: {
    en: 'A Unified Social Credit Code has exactly 18 characters.',
    zh: '统一社会信用代码应为 18 位。',
  },
  USCC_INVALID_CHARACTER: {
    en: 'A Unified Social Credit Code character is not allowed at its position.',
    zh: '统一社会信用代码某一位的字符不合规。',
  },
  USCC_CHECK_MISMATCH: {
    en: 'The check character of the Unified Social Credit Code is wrong.',
    zh: '统一社会信用代码校验码错误。',
  },
  SIZE_INDUSTRY_NOT_COVERED: {
    en: 'The enterprise size rules do not cover the industry: no row of the rules lists its code.',
    zh: '企业规模划分标准不适用于该行业：标准中没有相应的行业类别。',
  },
  SIZE_INDUSTRY_TOO_COARSE: {
    en: 'The industry code is too coarse for the enterprise size rules: rows of different industries lie under it.',
    zh: '行业代码过粗，按企业规模划分标准可能属于不同的行业类别。',
  },
  DUPLICATE_ID: { en: 'Two items share the same id.', zh: '存在重复的编号。' },
  UNKNOWN_REFERENCE: { en: 'An id refers to nothing that is known.', zh: '编号引用的对象不存在。' },
  INVALID_TRANSITION: {
    en: 'The command is not allowed in the current state of the issue.',
    zh: '诉求当前所处环节不允许执行该操作。',
  },
  ISSUE_MISMATCH: { en: 'The command or event is for another issue.', zh: '操作或事件不属于该诉求。' },
  MERGE_PARENT_MISMATCH: { en: 'The order is not merged into that parent, or the parent cannot carry it.', zh: '该诉求未并入所指主单，或主单不能承接。' },
  TIME_BEFORE_LAST_EVENT: {
    en: 'The command is dated before the last recorded event of the issue.',
    zh: '操作时间早于诉求最近一次记录的时间。',
  },
  GENERAL_PROCEDURE_NOT_APPROVED: {
    en: 'A general-procedure matter cannot be assigned before the leading body approves it.',
    zh: '一般程序事项须经领导机构批准后方可交办。',
  },
  GENERAL_PROCEDURE_REFUSED: {
    en: 'A general-procedure matter the leading body refused cannot be reclassified as simple to go ahead without approval.',
    zh: '领导机构不予批准的一般程序事项不得改按简易程序办理。',
  },
  DUE_DATE_ON_DAY_OFF: {
    en: 'A fixed due date must be a working day of the calendar.',
    zh: '指定的办理期限须为工作日。',
  },
  PROCEDURE_MISMATCH: {
    en: 'The command does not apply to the procedure the issue follows.',
    zh: '该操作不适用于诉求所适用的程序。',
  },
  RETURN_WINDOW_EXPIRED: {
    en: 'The time allowed for returning a wrongly routed assignment has passed.',
    zh: '已超过退单期限。',
  },
  EXTENSION_TOO_LATE: {
    en: 'An extension must be requested a set number of working days before the deadline.',
    zh: '延期申请须在办理期限届满前规定的工作日之前提出。',
  },
  EXTENSION_ALREADY_PENDING: { en: 'An extension request is already awaiting a decision.', zh: '已有待审批的延期申请。' },
  EXTENSION_LIMIT_REACHED: {
    en: 'The assignment has had as many extensions as the policy allows.',
    zh: '该次交办的延期次数已达上限。',
  },
  NO_PENDING_EXTENSION: { en: 'There is no extension request to decide.', zh: '没有待审批的延期申请。' },
  ALREADY_SIGNED_FOR: { en: 'The department has already signed for this assignment.', zh: '承办部门已签收该工单。' },
  NOT_SIGNED_FOR: { en: 'The department signs for the order before contacting the enterprise.', zh: '承办部门须先签收工单，再联系企业。' },
  ALREADY_CONTACTED: { en: 'The enterprise has already been contacted on this assignment.', zh: '本次交办已首次联系企业。' },
  PAUSE_ALREADY_PENDING: { en: 'A pause request is already awaiting a decision.', zh: '已有待审批的挂起申请。' },
  PAUSE_LIMIT_REACHED: { en: 'The assignment has had as many pauses as the policy allows.', zh: '该次交办的挂起次数已达上限。' },
  NO_PENDING_PAUSE: { en: 'There is no pause request to decide.', zh: '没有待审批的挂起申请。' },
  SAME_DEPARTMENT: { en: 'A re-dispatch goes to another department than the one handling the order.', zh: '改派须派往原承办部门以外的部门。' },
  MERGED_ORDER: { en: 'A merged order follows its parent: complain about the parent order.', zh: '已并单的工单随主单办理，请就主单提出投诉。' },
  MERGE_INTO_SELF: { en: 'An order cannot be merged into itself.', zh: '工单不能并入自身。' },
  FEEDBACK_WINDOW_OPEN: { en: "The enterprise's feedback window has not yet passed.", zh: '企业评价期限尚未届满。' },
  DOSSIER_FULL: { en: 'The dossier holds as many items as the lifecycle policy allows.', zh: '卷宗材料数量已达生命周期策略规定的上限。' },
  SUPERVISION_STEP_BACKWARDS: {
    en: 'Supervision never steps back to a lower step.',
    zh: '督办措施不能降级。',
  },
  MEASURES_REQUIRED: {
    en: 'An issue that cannot be solved for now needs proposed measures for the leaders.',
    zh: '暂不能解决的问题须提出措施建议报领导研究。',
  },
  ARCHIVE_INCOMPLETE: {
    en: 'The issue cannot be closed until its dossier or ledger entry is complete.',
    zh: '案卷或台账不完整，不能销号。',
  },
  FEE_NOT_ALLOWED: {
    en: 'Service to enterprises is free of charge: no fee may be recorded.',
    zh: '服务企业义务不收费，不得记录任何费用。',
  },
  PAIRING_OVER_CAPACITY: {
    en: 'An adviser is paired with more enterprises or parks than the pairing policy allows.',
    zh: '包联人员联系的企业或园区超出包联规则允许的数量。',
  },
  PAIRING_UNDER_CAPACITY: {
    en: 'An adviser is paired with fewer enterprises than the pairing policy requires.',
    zh: '包联人员联系的企业少于包联规则要求的数量。',
  },
  PAIRING_ENTERPRISE_OVER_CAPACITY: {
    en: 'An enterprise has more advisers of one kind than the pairing policy allows.',
    zh: '同一企业的同类包联人员超出包联规则允许的数量。',
  },
  KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER: {
    en: 'A key enterprise has no city leader or department leader as its contact.',
    zh: '重点服务企业没有市领导或职能部门领导作为联系人。',
  },
  PAIRING_UNKNOWN_ADVISER: { en: 'A pairing names an adviser that is not known.', zh: '包联关系中的包联人员不存在。' },
  PAIRING_UNKNOWN_ENTERPRISE: { en: 'A pairing names an enterprise that is not known.', zh: '包联关系中的企业不存在。' },
  PAIRING_UNKNOWN_PARK: { en: 'A pairing names a park that is not known.', zh: '包联关系中的园区不存在。' },
  PAIRING_DUPLICATE: {
    en: 'An adviser is paired twice with the same enterprise or park at the same time.',
    zh: '同一包联人员在同一时间重复包联同一企业或园区。',
  },
  PAIRING_INVALID_PERIOD: { en: 'A pairing ends before it begins.', zh: '包联关系的结束日期早于开始日期。' },
  PROBLEM_QUOTA_UNMET: {
    en: 'A contact cadre solved fewer problems for its enterprise in the year than required.',
    zh: '联系干部年度内为联系企业解决的实际问题少于规定件数。',
  },
  ESCALATION_DOWNWARD: {
    en: 'Escalation never moves an issue down the ladder.',
    zh: '协调层级只升不降。',
  },
  LADDER_UNKNOWN_HOLDER: {
    en: 'A rule sends problems to a holder that is neither built in nor declared by the ladder.',
    zh: '规则指向的协调主体既非内置也未在该层级中声明。',
  },
  LADDER_UNEXPECTED_PORTFOLIO: {
    en: 'Only a deputy mayor in charge has a portfolio.',
    zh: '只有分管副市长才有分管领域。',
  },
  LADDER_CONTRADICTION: {
    en: 'A condition of a rule can never hold, so the rule never applies.',
    zh: '规则的某项条件永远不能成立，该规则永不适用。',
  },
  LADDER_SHADOWED_RULE: {
    en: 'An earlier rule takes every problem this rule would take, so it never applies.',
    zh: '前面的规则已涵盖本规则的全部情形，本规则永不适用。',
  },
  POLICY_RULE_UNREACHABLE: {
    en: 'Earlier rules of the policy take every case this rule (or its default) would take, so it never applies.',
    zh: '策略中前面的规则已涵盖本规则（或默认值）的全部情形，本规则永不适用。',
  },
  LADDER_RANK_INVERSION: {
    en: 'An earlier rule of lower rank takes some problems that this higher rule would take.',
    zh: '前面层级较低的规则先行截取了本规则（层级较高）的部分情形。',
  },
  LADDER_GAP: {
    en: 'Some classified problems reach no rule of the ladder.',
    zh: '部分已分类的问题在该层级中没有适用的规则。',
  },
  LADDER_INVALID: {
    en: 'The escalation ladder has errors; the report lists them.',
    zh: '协调层级存在错误，详见检查报告。',
  },
  LADDER_GAPS_UNCHECKED: {
    en: 'The ladder has too many condition boundaries to check it for gaps.',
    zh: '该层级的条件边界过多，未检查空缺。',
  },
  LADDER_RULES_UNCOMPARED: {
    en: 'The ladder has too many rules, or too long lists, to compare every rule with the earlier ones.',
    zh: '该层级的规则过多或列表过长，未将每条规则与前面的规则逐一比较。',
  },
  LADDER_UNREACHABLE_CHOICE: {
    en: "A holder of a rule's holder choice is never chosen: an alternative whose conditions never hold when it would be tried, or the rule's own target when an alternative always holds.",
    zh: '规则的协调主体择定中有主体永远不会被选中：某备选在被尝试时其条件不可能成立，或某备选总是成立使规则本身的协调主体无从选中。',
  },
  POLICY_CONTRADICTION: {
    en: 'A condition of a policy for enterprises can never hold, so the policy (or one of its alternatives) never applies.',
    zh: '惠企政策的某项条件永远不能成立，该政策（或其某一备选条件）永不适用。',
  },
  POLICY_UNDECLARED_KEY: {
    en: 'A policy names a figure or a tag that its policy set does not declare.',
    zh: '惠企政策引用了政策集未声明的数值指标或标签。',
  },
  POLICY_INDUSTRY_UNUSUAL: {
    en: 'An industry code of a policy does not look like GB/T 4754 (a section letter A–T and up to four digits).',
    zh: '惠企政策中的行业代码不符合 GB/T 4754 的写法（门类字母 A–T 加至多四位数字）。',
  },
  POLICY_SET_INVALID: {
    en: 'The policy set has errors; the report lists them.',
    zh: '惠企政策集存在错误，详见检查报告。',
  },
  VISIT_RECORD_INCOMPLETE: {
    en: 'The visit record leaves required items of its record form unanswered.',
    zh: '走访记实表有必填事项未填写。',
  },
  VISIT_ENTERPRISE_REQUIRED: {
    en: 'A problem found on a visit to a park (or to a household, village or grassroots organisation) needs the enterprise that raised it.',
    zh: '走访园区（或家庭、村（社区）、基层组织）中发现的企业诉求须注明提出问题的企业。',
  },
  HELP_TASK_INVALID_TRANSITION: {
    en: 'The command is not allowed in the current status of the help task sheet.',
    zh: '帮扶任务书当前所处状态不允许执行该操作。',
  },
  EVENT_OUT_OF_ORDER: {
    en: 'The audit events are not one unbroken sequence of one issue.',
    zh: '审计事件序列不连续或不属于同一诉求。',
  },
  EVENT_NOT_REPRODUCED: {
    en: 'An audit event records a command the lifecycle refuses in the issue its earlier events make (a guard or the role law).',
    zh: '审计事件记录的操作在此前事件形成的诉求状态下会被诉求流程拒绝（不满足转换条件或法定角色规则）。',
  },
  EVENT_CHANGES_FORGED: {
    en: 'An audit event records a target state or changes other than those its command produces.',
    zh: '审计事件记录的目标环节或变更与其操作实际应产生的不符。',
  },
  ISSUE_HISTORY_MISMATCH: {
    en: "The issue's fields differ from what its audit history produces.",
    zh: '诉求的字段与其审计历史重建的结果不一致。',
  },
  CHAIN_BROKEN: {
    en: 'An audit event is not as it was written: its digest or seq does not follow from the events before it (an edit, deletion, insertion or reordering).',
    zh: '审计事件与写入时不符：其摘要或序号与此前事件不相衔接（存在改动、删除、插入或调换）。',
  },
  CHAIN_HEAD_MISMATCH: {
    en: 'The audit events do not hold the chain head kept apart from them: events were deleted from the end, or the log was rewritten.',
    zh: '审计事件中没有另行保存的链头：末尾事件被删除，或日志被改写。',
  },
  EVENT_VERSION_UNSUPPORTED: {
    en: 'An audit event has a schema version this version of qinqing cannot read.',
    zh: '审计事件的格式版本为本版 qinqing 无法读取的版本。',
  },
  FORBIDDEN: {
    en: 'The access policy does not let this person do this here (deny by default).',
    zh: '访问权限规则不允许该人员在此范围内执行此操作（默认拒绝）。',
  },
  ACCESS_POLICY_CONFLICT: {
    en: 'An allow rule and a deny rule of the access policy can match the same request.',
    zh: '访问权限规则中有允许规则与禁止规则可能适用于同一请求。',
  },
  CONFLICT: {
    en: 'The issue changed in the store while the command was being handled (optimistic concurrency): reload it and decide again.',
    zh: '处理该操作期间诉求已被他人修改（乐观并发控制）：请重新读取后再操作。',
  },
  STORED_EVENTS_INVALID: {
    en: 'What the store holds for the issue (its events or its snapshot) cannot be read back as a valid issue.',
    zh: '存储中该诉求的数据（事件或快照）无法还原为有效的诉求。',
  },
  STORE_FAILED: {
    en: 'The store adapter failed (it threw or answered something that is not what the store port promises).',
    zh: '存储适配器出错（抛出异常，或返回了不符合存储接口约定的结果）。',
  },
  SITUATION_CONTRADICTION: {
    en: 'A situation of a fault-tolerance list requires and excludes the same fact, so it never applies.',
    zh: '容错免责清单中的情形既要求又排除同一事实，永远不能适用。',
  },
  SITUATION_ALWAYS_CONFLICTS: {
    en: 'Whenever this situation of a fault-tolerance list applies, a situation of the other side applies too, so it never decides a case alone.',
    zh: '容错免责清单中该情形适用时，另一类情形总是同时适用，该情形永远不能单独决定结果。',
  },
  JOINT_SUPERVISION_SAME_BODY: {
    en: 'A joint supervision step names the body that takes it a second time: the second body must be another one.',
    zh: '联合督办须由两个不同单位进行：第二个督办单位与操作人为同一单位。',
  },
  RECTIFICATION_ALREADY_REPORTED: {
    en: 'The department has already reported this rectification (限期整改) done.',
    zh: '该部门已报告完成此项限期整改。',
  },
  CAMPAIGN_PHASE_ORDER: {
    en: 'The phases of a campaign overlap or are out of order.',
    zh: '活动各阶段的时间重叠或顺序颠倒。',
  },
  CAMPAIGN_OUTSIDE_PERIOD: {
    en: 'A phase or a target date of a campaign lies outside its period.',
    zh: '活动的某一阶段或目标期限超出活动期间。',
  },
} as const satisfies Record<string, { readonly en: string; readonly zh: string }>;

/**
 * A stable error code (SCREAMING_SNAKE): one of the keys of {@link errorCodes}.
 *
 * @category Core
 */
export type ErrorCode = keyof typeof errorCodes;

/**
 * A path into the input: object keys and array indexes, as zod reports them.
 *
 * @category Core
 */
export type ErrorPath = readonly (string | number)[];

/**
 * What went wrong, as plain data: a stable `code`, a message in English and in Chinese, and
 * where it applies the path to the offending value and the value itself. Survives JSON.
 *
 * @category Core
 */
export interface DomainError {
  /** The stable code; see {@link errorCodes}. */
  readonly code: ErrorCode;
  /** The message in English. */
  readonly message: string;
  /** The message in Chinese (zh-CN). */
  readonly messageZh: string;
  /** Where in the input the problem is, when it is about one place. */
  readonly path?: ErrorPath;
  /** The offending value, when there is one. */
  readonly value?: unknown;
  /** The individual problems, when several were found at once: the first 20 (`InputLimits.maxIssues`). */
  readonly issues?: readonly DomainError[];
  /** How many more problems were found than `issues` lists, when the list is capped. */
  readonly moreIssues?: number;
}

/**
 * Builds a {@link DomainError}; without messages it takes the generic ones of its code.
 *
 * @param code - The error code.
 * @param details - Specific messages, path, value and nested issues.
 * @returns The error as plain data.
 * @example
 * ```ts
 * domainError('INVALID_DATE', { path: ['received'], value: '2026-02-30' });
 * ```
 * @category Core
 */
export function domainError(
  code: ErrorCode,
  details: {
    readonly en?: string;
    readonly zh?: string;
    readonly path?: ErrorPath;
    readonly value?: unknown;
    readonly issues?: readonly DomainError[];
    readonly moreIssues?: number;
  } = {},
): DomainError {
  const generic = errorCodes[code];
  return {
    code,
    message: details.en ?? generic.en,
    messageZh: details.zh ?? generic.zh,
    ...(details.path === undefined ? {} : { path: details.path }),
    ...('value' in details ? { value: details.value } : {}),
    ...(details.issues === undefined ? {} : { issues: details.issues }),
    ...(details.moreIssues === undefined || details.moreIssues <= 0 ? {} : { moreIssues: details.moreIssues }),
  };
}

/**
 * The exception thrown by the throwing variants ({@link parse}, `parseUscc`, {@link unwrap}, …). It
 * carries the {@link DomainError} as `error` and its `code` for quick checks.
 *
 * @example
 * ```ts
 * try { parseUscc('bad'); } catch (e) { if (e instanceof QinqingError) e.code; }
 * ```
 * @category Core
 */
export class QinqingError extends Error {
  /** The stable code of the error. */
  readonly code: ErrorCode;
  /** The error as plain data. */
  readonly error: DomainError;

  /**
   * Wraps a domain error for throwing.
   *
   * @param error - The error as plain data.
   */
  constructor(error: DomainError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'QinqingError';
    this.code = error.code;
    this.error = error;
  }
}
